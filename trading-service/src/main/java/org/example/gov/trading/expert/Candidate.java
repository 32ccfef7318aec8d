package org.example.gov.trading.expert;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.example.gov.platform.scope.Department;

/**
 * An expert as a draw sees them: the ties that exclude them and nothing personal (a draw over 10,000 experts decrypts no
 * name). {@link #conflict} holds the never-drawn rules of DOMAIN.md §7.
 *
 * @param employer organisation id of the employer
 * @param shareholdings organisation ids the expert holds shares in
 * @param relativesOf organisation ids whose principal is a declared close relative of the expert
 * @param staffOf the department the expert is staff of, or null
 */
public record Candidate(ExpertId id, String employer, Set<String> shareholdings, Set<String> relativesOf,
        Department staffOf, List<Penalty> penalties) {

    public Candidate {
        shareholdings = Set.copyOf(shareholdings);
        relativesOf = Set.copyOf(relativesOf);
        penalties = List.copyOf(penalties);
    }

    /** The same expert with more penalties (a credit record barring them, as the draw sees it). */
    public Candidate withPenalties(List<Penalty> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Penalty> all = new java.util.ArrayList<>(penalties);
        all.addAll(more);
        return new Candidate(id, employer, shareholdings, relativesOf, staffOf, all);
    }

    /** Why this expert may not sit for a lot with these parties on this date, or empty when they may. */
    public Optional<ExclusionReason> conflict(LotParties parties, LocalDate drawDate) {
        if (parties.isParty(employer)) {
            return Optional.of(ExclusionReason.EMPLOYED_BY_PARTY);
        }
        if (shareholdings.stream().anyMatch(parties::isParty)) {
            return Optional.of(ExclusionReason.SHAREHOLDER_OF_PARTY);
        }
        if (relativesOf.stream().anyMatch(parties::isParty)) {
            return Optional.of(ExclusionReason.RELATIVE_OF_PARTY_PRINCIPAL);
        }
        if (staffOf != null && parties.supervisingDepartments().contains(staffOf)) {
            return Optional.of(ExclusionReason.SUPERVISING_DEPARTMENT_STAFF);
        }
        if (penalties.stream().anyMatch(p -> p.inForceOn(drawDate))) {
            return Optional.of(ExclusionReason.PENALISED);
        }
        return Optional.empty();
    }
}
