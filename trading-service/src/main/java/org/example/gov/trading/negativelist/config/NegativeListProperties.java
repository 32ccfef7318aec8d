package org.example.gov.trading.negativelist.config;

import java.util.List;

import org.example.gov.trading.negativelist.NegativeListRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * platform.trading.negative-list.rules: the clauses forbidden in tender documents, each with its legal basis
 * (negative-list.yml holds the platform's list; an operator replaces or extends it in its own configuration).
 */
@ConfigurationProperties("platform.trading.negative-list")
public record NegativeListProperties(List<NegativeListRule> rules) {

    public NegativeListProperties {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
