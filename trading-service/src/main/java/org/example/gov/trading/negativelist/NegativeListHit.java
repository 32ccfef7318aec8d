package org.example.gov.trading.negativelist;

/**
 * A clause of a document that one rule flags: where (offset in the text without whitespace) and the excerpt around it,
 * with the rule's category, legal basis and advice, so the drafter sees why without looking anything up.
 */
public record NegativeListHit(String ruleId, String category, String legalBasis, String advice, String excerpt,
        int offset) {
}
