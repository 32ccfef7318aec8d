package org.example.gov.trading.inspection.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.trading.inspection.InspectionPlan;

/**
 * A random inspection as the public reads it (一公开): the plan, how many projects were eligible, the drawn projects
 * with the departments inspecting them and the published results. No inspector account, no recusal, no tie, no seed.
 */
public record PublicInspectionResponse(String id, String title, String region, LocalDate from, LocalDate until,
        int eligible, Instant drawnAt, List<Project> projects) {

    /** {@code departments}: one per inspector, distinct; {@code outcome}, {@code finding} null until published. */
    public record Project(String projectId, String title, List<String> departments, String outcome, String finding,
            Instant publishedAt) {
    }

    static PublicInspectionResponse of(InspectionPlan p) {
        return new PublicInspectionResponse(p.id().toString(), p.title(), p.region(), p.from(), p.until(),
                p.eligible(), p.drawnAt(), p.assignments().stream().map(a -> new Project(a.projectId(), a.title(),
                        a.departments().stream().distinct().toList(),
                        a.result() == null ? null : a.result().outcome().name(),
                        a.result() == null ? null : a.result().finding(),
                        a.result() == null ? null : a.result().publishedAt())).toList());
    }
}
