package org.example.gov.trading.negativelist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scanner: every configured rule over a document's text. Whitespace is removed first (a clause split over lines or
 * spaced out is still one clause); each match is one hit with up to {@value #CONTEXT} characters either side. The
 * scanner only warns: whether a hit blocks the announcement is {@link TenderDocument}'s rule.
 */
public final class NegativeList {

    static final int CONTEXT = 20;

    private final List<NegativeListRule> rules;
    private final List<Pattern> patterns;

    public NegativeList(List<NegativeListRule> rules) {
        this.rules = List.copyOf(rules);
        this.patterns = this.rules.stream().map(NegativeListRule::compiled).toList();
    }

    public List<NegativeListHit> scan(String text) {
        String compact = text.replaceAll("[\\s\\u3000]+", ""); // full-width spaces too
        List<NegativeListHit> hits = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            NegativeListRule rule = rules.get(i);
            Matcher m = patterns.get(i).matcher(compact);
            while (m.find()) {
                String excerpt = compact.substring(Math.max(0, m.start() - CONTEXT), Math.min(compact.length(), m.end() + CONTEXT));
                hits.add(new NegativeListHit(rule.id(), rule.category(), rule.legalBasis(), rule.advice(), excerpt, m.start()));
            }
        }
        hits.sort(java.util.Comparator.comparingInt(NegativeListHit::offset));
        return hits;
    }

    public List<NegativeListRule> rules() {
        return rules;
    }
}
