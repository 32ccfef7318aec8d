package org.example.gov.trading.negativelist;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One clause the law forbids in tender documents (负面清单), as configured (platform.trading.negative-list.rules): a
 * regular expression over the document text with its whitespace removed (so "指 定 品 牌" is still found), the category
 * shown to the drafter, the legal basis quoted in every warning, and what to write instead.
 */
public record NegativeListRule(String id, String category, String pattern, String legalBasis, String advice) {

    public NegativeListRule {
        if (id == null || id.isBlank() || pattern == null || pattern.isBlank() || legalBasis == null || legalBasis.isBlank()) {
            throw new IllegalArgumentException("a negative-list rule needs an id, a pattern and its legal basis: " + id);
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("negative-list rule " + id + ": the pattern does not compile: " + e.getMessage());
        }
    }

    Pattern compiled() {
        return Pattern.compile(pattern);
    }
}
