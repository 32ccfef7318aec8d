package org.example.gov.trading.inspection.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.trading.inspection.InspectionPlan;
import org.example.gov.trading.inspection.InspectionResult;

/**
 * A random inspection as its supervisors, staff and inspectors read it: the plan, the draw record (the hashed lists,
 * the seed), per drawn project the inspectors (accounts), the recusals and the result, and whether replaying the draw
 * from its record gives the same picks.
 */
public record InspectionResponse(String id, String title, String region, LocalDate from, LocalDate until,
        int eligible, int inspectorsPerProject, Instant drawnAt, String drawnBy, Draw draw, List<Project> projects,
        boolean replayMatches) {

    public record Draw(List<String> projects, String projectsHash, List<String> inspectors, String inspectorsHash,
            int sample, String seed) {
    }

    public record Recused(String account, String reason) {
    }

    public record Result(String outcome, String finding, String by, Instant publishedAt) {
    }

    public record Project(String projectId, String title, List<String> inspectors, List<String> departments,
            List<Recused> recused, Result result) {
    }

    static InspectionResponse of(InspectionPlan p) {
        var d = p.drawRecord();
        return new InspectionResponse(p.id().toString(), p.title(), p.region(), p.from(), p.until(), p.eligible(),
                d.perProject(), p.drawnAt(), p.drawnBy(), new Draw(d.projects(), d.projectsHash(), d.inspectors(),
                        d.inspectorsHash(), d.sample(), d.seed()),
                p.assignments().stream().map(a -> new Project(a.projectId(), a.title(), a.inspectors(),
                        a.departments(), a.recusals().stream().map(r -> new Recused(r.account(), r.reason().name()))
                                .toList(), result(a.result()))).toList(), p.replayMatches());
    }

    private static Result result(InspectionResult r) {
        return r == null ? null : new Result(r.outcome().name(), r.finding(), r.by(), r.publishedAt());
    }
}
