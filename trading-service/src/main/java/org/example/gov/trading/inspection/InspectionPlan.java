package org.example.gov.trading.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.RegionCode;

/**
 * A random inspection (双随机一公开) of a region's trading projects: drawn once when planned ({@link InspectionDraw}), then
 * each drawn project's result recorded by one of the inspectors drawn for it and published at once (国发〔2015〕58号:
 * 抽查结果及时向社会公开). The rules of the plan:
 * <ul>
 * <li>the sample: a number of projects or a percentage of the eligible ones (rounded up, at least one) — exactly one
 * of them (422 INSPECTION_SAMPLE_INVALID);</li>
 * <li>at least {@value #MIN_INSPECTORS} inspectors per project (行政处罚法 第42条: 执法人员不得少于两人), at most
 * {@value #MAX_INSPECTORS} (422 INSPECTORS_PER_PROJECT_INVALID);</li>
 * <li>one result per project, by an inspector drawn for it (403 NOT_ASSIGNED_INSPECTOR), never changed once
 * published (409).</li>
 * </ul>
 */
public final class InspectionPlan {

    static final int MIN_INSPECTORS = 2;
    static final int MAX_INSPECTORS = 10;
    static final int MAX_SAMPLE = 1000;

    private final UUID id;
    private final String title;
    private final String region;
    private final LocalDate from;
    private final LocalDate until;
    private final int eligible;
    private final InspectionDrawRecord draw;
    private final List<Assignment> assignments;
    private final String drawnBy;
    private final Instant drawnAt;
    private final long rowVersion;

    private InspectionPlan(Snapshot s) {
        this.id = s.id();
        this.title = s.title();
        this.region = s.region();
        this.from = s.from();
        this.until = s.until();
        this.eligible = s.eligible();
        this.draw = s.draw();
        this.assignments = new ArrayList<>(s.assignments());
        this.drawnBy = s.drawnBy();
        this.drawnAt = s.drawnAt();
        this.rowVersion = s.rowVersion();
    }

    /** What a supervisor plans: exactly one of {@code sampleCount} and {@code samplePercent}. */
    public record Spec(String title, String region, LocalDate from, LocalDate until, Integer sampleCount,
            Integer samplePercent, int inspectorsPerProject) {
    }

    /** Checks the plan without the lists (before anything is read). */
    public static void check(Spec spec) {
        if (spec.title() == null || spec.title().isBlank()) {
            throw new BusinessRuleViolationException("INSPECTION_TITLE_REQUIRED", "title", "A plan has a title");
        }
        if (spec.region() == null || RegionCode.parse(spec.region()).isEmpty()) {
            throw new BusinessRuleViolationException("REGION_INVALID", "region",
                    "Region " + spec.region() + " is not a GB/T 2260 code", spec.region());
        }
        if (spec.from() == null || spec.until() == null || spec.until().isBefore(spec.from())) {
            throw new BusinessRuleViolationException("INSPECTION_PERIOD_INVALID", "until",
                    "A plan covers a period from a date to the same or a later date");
        }
        boolean count = spec.sampleCount() != null;
        boolean percent = spec.samplePercent() != null;
        if (count == percent || count && (spec.sampleCount() < 1 || spec.sampleCount() > MAX_SAMPLE)
                || percent && (spec.samplePercent() < 1 || spec.samplePercent() > 100)) {
            throw new BusinessRuleViolationException("INSPECTION_SAMPLE_INVALID", "sampleCount",
                    "A plan samples either a number of projects (1 to {0}) or a percentage (1 to 100), not both",
                    MAX_SAMPLE);
        }
        if (spec.inspectorsPerProject() < MIN_INSPECTORS || spec.inspectorsPerProject() > MAX_INSPECTORS) {
            throw new BusinessRuleViolationException("INSPECTORS_PER_PROJECT_INVALID", "inspectorsPerProject",
                    "A project is inspected by {0} to {1} inspectors", MIN_INSPECTORS, MAX_INSPECTORS);
        }
    }

    /** Plans and draws: the projects from {@code eligible}, their inspectors from {@code inspectors}. */
    public static InspectionPlan draw(Spec spec, List<InspectedProject> eligible, List<Inspector> inspectors,
            byte[] seed, Function<InspectedProject, Set<String>> winnersOf, String by, Instant now) {
        check(spec);
        int sample = spec.sampleCount() != null ? spec.sampleCount()
                : Math.max(1, (eligible.size() * spec.samplePercent() + 99) / 100);
        InspectionDrawRecord record = InspectionDraw.draw(eligible, inspectors, sample, spec.inspectorsPerProject(),
                seed, winnersOf);
        Map<String, String> titles = eligible.stream()
                .collect(Collectors.toMap(InspectedProject::projectId, InspectedProject::title, (a, b) -> a));
        Map<String, String> departments = inspectors.stream()
                .collect(Collectors.toMap(Inspector::account, Inspector::department, (a, b) -> a));
        List<Assignment> assignments = record.picks().stream().map(p -> new Assignment(p.projectId(),
                titles.get(p.projectId()), p.inspectors(), p.inspectors().stream().map(departments::get).toList(),
                p.recusals(), null)).toList();
        return new InspectionPlan(new Snapshot(UUID.randomUUID(), spec.title().strip(), spec.region(), spec.from(),
                spec.until(), eligible.size(), record, assignments, by, now, -1));
    }

    public static InspectionPlan restore(Snapshot s) {
        return new InspectionPlan(s);
    }

    public InspectionEvent drawn() {
        return new InspectionEvent.InspectionDrawn(id.toString(), region, from, until,
                assignments.stream().map(Assignment::projectId).toList(), eligible, draw.perProject(), drawnAt);
    }

    /** An inspector drawn for the project records its result, published at once; once only. */
    public InspectionEvent publishResult(String projectId, String account, InspectionOutcome outcome, String finding,
            Instant now) {
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            if (!a.projectId().equals(projectId)) {
                continue;
            }
            if (!a.inspectors().contains(account)) {
                throw new ForbiddenException("NOT_ASSIGNED_INSPECTOR", "projectId",
                        "Only an inspector drawn for project {0} records its result", projectId);
            }
            if (a.result() != null) {
                throw new IllegalTransitionException("PUBLISHED", "result", List.of());
            }
            if (outcome == null || finding == null || finding.isBlank()) {
                throw new BusinessRuleViolationException("INSPECTION_FINDING_REQUIRED", "finding",
                        "A result states the outcome and what was found");
            }
            assignments.set(i, a.withResult(new InspectionResult(outcome, finding.strip(), account, now)));
            return new InspectionEvent.InspectionResultPublished(id.toString(), projectId, outcome.name(), now);
        }
        throw new NotFoundException("INSPECTED_PROJECT_NOT_FOUND", "Project {0} was not drawn in inspection {1}",
                projectId, id);
    }

    /** Whether replaying the draw from its record gives the recorded picks. */
    public boolean replayMatches() {
        return InspectionDraw.replay(draw).equals(draw.picks());
    }

    public boolean assigned(String account) {
        return assignments.stream().anyMatch(a -> a.inspectors().contains(account));
    }

    public Snapshot snapshot() {
        return new Snapshot(id, title, region, from, until, eligible, draw, List.copyOf(assignments), drawnBy, drawnAt,
                rowVersion);
    }

    public UUID id() { return id; }
    public String title() { return title; }
    public String region() { return region; }
    public LocalDate from() { return from; }
    public LocalDate until() { return until; }
    public int eligible() { return eligible; }
    public InspectionDrawRecord drawRecord() { return draw; }
    public List<Assignment> assignments() { return List.copyOf(assignments); }
    public String drawnBy() { return drawnBy; }
    public Instant drawnAt() { return drawnAt; }
    public long rowVersion() { return rowVersion; }

    /** Everything stored (rowVersion -1: not stored yet). */
    public record Snapshot(UUID id, String title, String region, LocalDate from, LocalDate until, int eligible,
            InspectionDrawRecord draw, List<Assignment> assignments, String drawnBy, Instant drawnAt,
            long rowVersion) {
    }
}
