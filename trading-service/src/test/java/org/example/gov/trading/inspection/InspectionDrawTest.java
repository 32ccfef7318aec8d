package org.example.gov.trading.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.example.gov.trading.expert.DrawRandom;
import org.junit.jupiter.api.Test;

/** The 双随机 draw: uniform over projects, never a related inspector, loud when a list is short, replayable. */
class InspectionDrawTest {

    static final Instant T0 = Instant.parse("2026-04-01T02:00:00Z");
    static final Function<InspectedProject, Set<String>> NO_WINNERS = p -> Set.of();

    static List<InspectedProject> projects(int n) {
        List<InspectedProject> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new InspectedProject(String.format("00000000-0000-4000-8000-%012d", i), "项目" + i, "440304",
                    "tenderee-" + i, "agent-" + (i % 3), List.of()));
        }
        return list;
    }

    static Inspector inspector(String account, String organisation, Set<String> ties) {
        return new Inspector(UUID.randomUUID(), account, "深圳市住房和建设局", "440300", organisation, ties, true,
                "supervisor1", T0);
    }

    static List<Inspector> plainInspectors(int n) {
        List<Inspector> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(inspector("inspector-" + i, null, Set.of()));
        }
        return list;
    }

    static byte[] seed(Random r) {
        byte[] seed = new byte[DrawRandom.SEED_BYTES];
        r.nextBytes(seed);
        return seed;
    }

    @Test
    void aRelatedInspectorIsNeverAssignedOverManyDraws() {
        List<InspectedProject> projects = projects(10);
        List<Inspector> inspectors = new ArrayList<>(plainInspectors(4));
        // tied to agent-0 (projects 0, 3, 6, 9); the department acting as tenderee-5; the winner of project 7
        inspectors.add(inspector("tied", null, Set.of("agent-0")));
        inspectors.add(inspector("own-department", "tenderee-5", Set.of()));
        inspectors.add(inspector("related-to-winner", null, Set.of("bidder-x")));
        inspectors.add(inspector("tenderee-2", null, Set.of()));
        Function<InspectedProject, Set<String>> winners = p -> p.projectId().endsWith("7") ? Set.of("bidder-x")
                : Set.of("bidder-y");
        Random random = new Random(42);
        Map<String, Integer> assignedTimes = new HashMap<>();
        for (int n = 0; n < 3000; n++) {
            InspectionDrawRecord d = InspectionDraw.draw(projects, inspectors, 4, 3, seed(random), winners);
            for (InspectionDrawRecord.Pick p : d.picks()) {
                int index = Integer.parseInt(p.projectId().substring(p.projectId().length() - 2));
                if (index % 3 == 0) {
                    assertThat(p.inspectors()).doesNotContain("tied");
                }
                if (index == 5) {
                    assertThat(p.inspectors()).doesNotContain("own-department");
                }
                if (index == 7) {
                    assertThat(p.inspectors()).doesNotContain("related-to-winner");
                }
                if (index == 2) {
                    assertThat(p.inspectors()).doesNotContain("tenderee-2");
                }
                assertThat(p.inspectors()).doesNotHaveDuplicates().hasSize(3);
                p.inspectors().forEach(a -> assignedTimes.merge(a, 1, Integer::sum));
            }
        }
        // the related inspectors are still drawn for the projects they are free for
        assertThat(assignedTimes).containsKeys("tied", "own-department", "related-to-winner", "tenderee-2");
    }

    @Test
    void theRecusalsAreRecordedWithTheirReasons() {
        List<InspectedProject> one = projects(1);
        List<Inspector> inspectors = new ArrayList<>(plainInspectors(2));
        inspectors.add(inspector("tenderee-0", null, Set.of()));
        inspectors.add(inspector("own", "agent-0", Set.of()));
        inspectors.add(inspector("tied", null, Set.of("bidder-w")));
        InspectionDrawRecord d = InspectionDraw.draw(one, inspectors, 1, 2, seed(new Random(1)),
                p -> Set.of("bidder-w"));
        assertThat(d.picks().getFirst().recusals()).containsExactlyInAnyOrder(
                new Recusal("tenderee-0", RecusalReason.ACCOUNT_IS_PARTY),
                new Recusal("own", RecusalReason.OWN_ORGANISATION_IS_PARTY),
                new Recusal("tied", RecusalReason.DECLARED_TIE_TO_PARTY));
        assertThat(d.picks().getFirst().inspectors()).containsExactlyInAnyOrder("inspector-0", "inspector-1");
    }

    @Test
    void aListOneShortFailsLoudlyNamingTheProject() {
        List<InspectedProject> one = projects(1);
        List<Inspector> inspectors = new ArrayList<>(plainInspectors(2));
        inspectors.add(inspector("tied", null, Set.of("tenderee-0")));
        inspectors.add(inspector("gone", null, Set.of()).removed());
        assertThatThrownBy(() -> InspectionDraw.draw(one, inspectors, 1, 3, seed(new Random(2)), NO_WINNERS))
                .isInstanceOfSatisfying(InspectorListTooSmallException.class, e -> {
                    assertThat(e.code()).isEqualTo("INSPECTOR_LIST_TOO_SMALL");
                    assertThat(e.properties()).containsEntry("projectId", one.getFirst().projectId())
                            .containsEntry("eligible", 2).containsEntry("needed", 3).containsEntry("listSize", 3);
                });
        // exactly enough draws
        assertThat(InspectionDraw.draw(one, inspectors, 1, 2, seed(new Random(2)), NO_WINNERS).picks().getFirst()
                .inspectors()).containsExactlyInAnyOrder("inspector-0", "inspector-1");
    }

    @Test
    void aSampleLargerThanTheEligibleProjectsFails() {
        assertThatThrownBy(() -> InspectionDraw.draw(projects(3), plainInspectors(5), 4, 2, seed(new Random(3)),
                NO_WINNERS)).hasFieldOrPropertyWithValue("code", "INSPECTION_TOO_FEW_PROJECTS");
    }

    @Test
    void theDrawReplaysFromItsRecordAndATamperedRecordDoesNot() {
        InspectionDrawRecord d = InspectionDraw.draw(projects(20), plainInspectors(9), 5, 2, seed(new Random(4)),
                NO_WINNERS);
        assertThat(InspectionDraw.replay(d)).isEqualTo(d.picks());
        InspectionDrawRecord otherSeed = new InspectionDrawRecord(d.projects(), d.projectsHash(), d.inspectors(),
                d.inspectorsHash(), d.sample(), d.perProject(), "00".repeat(32), d.picks());
        assertThat(InspectionDraw.replay(otherSeed)).isNotEqualTo(d.picks());
        List<String> fewer = d.projects().subList(1, d.projects().size());
        InspectionDrawRecord edited = new InspectionDrawRecord(fewer, d.projectsHash(), d.inspectors(),
                d.inspectorsHash(), d.sample(), d.perProject(), d.seed(), d.picks());
        assertThatThrownBy(() -> InspectionDraw.replay(edited)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyProjectIsEquallyLikelyToBeDrawn() {
        List<InspectedProject> projects = projects(10);
        Random random = new Random(5);
        Map<String, Integer> drawn = new HashMap<>();
        int draws = 20_000;
        for (int n = 0; n < draws; n++) {
            InspectionDraw.draw(projects, plainInspectors(2), 2, 2, seed(random), NO_WINNERS).picks()
                    .forEach(p -> drawn.merge(p.projectId(), 1, Integer::sum));
        }
        // each project expected 4000 times (2 of 10 per draw); a 5% band is > 8 standard deviations
        assertThat(drawn).hasSize(10);
        drawn.values().forEach(count -> assertThat(count).isBetween(3800, 4200));
    }

    @Test
    void thePlanSamplesAPercentageRoundedUpAndAtLeastTwoInspectors() {
        InspectionPlan plan = InspectionPlan.draw(new InspectionPlan.Spec("2026年第一季度双随机抽查", "440300",
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 3, 31), null, 25, 2),
                projects(10), plainInspectors(3), seed(new Random(6)), NO_WINNERS, "supervisor1", T0);
        assertThat(plan.assignments()).hasSize(3);
        assertThat(plan.replayMatches()).isTrue();
        assertThat(new HashSet<>(plan.assignments().getFirst().departments())).containsExactly("深圳市住房和建设局");
        assertThatThrownBy(() -> InspectionPlan.check(new InspectionPlan.Spec("t", "440300",
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 3, 31), 3, null, 1)))
                .hasFieldOrPropertyWithValue("code", "INSPECTORS_PER_PROJECT_INVALID");
        assertThatThrownBy(() -> InspectionPlan.check(new InspectionPlan.Spec("t", "440300",
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 3, 31), 3, 10, 2)))
                .hasFieldOrPropertyWithValue("code", "INSPECTION_SAMPLE_INVALID");
    }

    @Test
    void aResultIsRecordedOnceByAnInspectorDrawnForTheProject() {
        InspectionPlan plan = InspectionPlan.draw(new InspectionPlan.Spec("抽查", "440300",
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 3, 31), 1, null, 2),
                projects(3), plainInspectors(3), seed(new Random(7)), NO_WINNERS, "supervisor1", T0);
        Assignment a = plan.assignments().getFirst();
        String outsider = plainInspectors(3).stream().map(Inspector::account)
                .filter(x -> !a.inspectors().contains(x)).findFirst().orElseThrow();
        assertThatThrownBy(() -> plan.publishResult(a.projectId(), outsider, InspectionOutcome.NO_PROBLEM_FOUND, "ok",
                T0)).hasFieldOrPropertyWithValue("code", "NOT_ASSIGNED_INSPECTOR");
        plan.publishResult(a.projectId(), a.inspectors().getFirst(), InspectionOutcome.RECTIFICATION_ORDERED,
                "评标报告未附专家签字", T0);
        assertThat(plan.assignments().getFirst().result().outcome()).isEqualTo(InspectionOutcome.RECTIFICATION_ORDERED);
        assertThatThrownBy(() -> plan.publishResult(a.projectId(), a.inspectors().get(1),
                InspectionOutcome.NO_PROBLEM_FOUND, "ok", T0))
                .isInstanceOf(org.example.gov.platform.problem.IllegalTransitionException.class);
    }
}
