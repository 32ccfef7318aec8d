package org.example.gov.trading.expert;

import java.util.Set;

import org.example.gov.platform.scope.Department;

/**
 * What the pool records of an expert besides their person: specialty codes (评标专业, e.g. the province's classification
 * codes), home region (GB/T 2260), title level, employer and the ties that exclude them from a lot (see
 * {@link Candidate}).
 */
public record ExpertProfile(Set<String> specialties, String region, ExpertLevel level, String employer,
        Set<String> shareholdings, Set<String> relativesOf, Department staffOf) {

    public ExpertProfile {
        specialties = specialties == null ? Set.of() : Set.copyOf(specialties);
        shareholdings = shareholdings == null ? Set.of() : Set.copyOf(shareholdings);
        relativesOf = relativesOf == null ? Set.of() : Set.copyOf(relativesOf);
    }
}
