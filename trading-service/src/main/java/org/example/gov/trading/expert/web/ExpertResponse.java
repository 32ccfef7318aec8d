package org.example.gov.trading.expert.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.example.gov.trading.expert.Expert;
import org.example.gov.trading.expert.ExpertProfile;

/** An expert of the pool, personal data masked (张*, 440***********123X, 138****5678). */
public record ExpertResponse(String id, String name, String idNumber, String phone, Set<String> specialties,
        String region, String level, String employer, Set<String> shareholdings, Set<String> relativesOf,
        DepartmentResponse staffOf, List<PenaltyResponse> penalties, Instant registeredAt) {

    public record DepartmentResponse(String region, String name) {
    }

    public record PenaltyResponse(LocalDate from, LocalDate until, String reason, String basis) {
    }

    static ExpertResponse of(Expert e) {
        ExpertProfile p = e.profile();
        return new ExpertResponse(e.id().toString(), e.name().masked(), e.idNumber().masked(),
                e.phone() == null ? null : e.phone().masked(), new TreeSet<>(p.specialties()), p.region(),
                p.level().name(), p.employer(), new TreeSet<>(p.shareholdings()), new TreeSet<>(p.relativesOf()),
                p.staffOf() == null ? null : new DepartmentResponse(p.staffOf().region().value(), p.staffOf().name()),
                e.penalties().stream().map(x -> new PenaltyResponse(x.from(), x.until(), x.reason(), x.basis())).toList(),
                e.registeredAt());
    }
}
