package org.example.gov.trading.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.example.gov.testsupport.Contracts;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The inspection events as a plan publishes them match their schemas and name no inspector (the examples and the
 * AsyncAPI listing: {@code EventContractExamplesTest}).
 */
class InspectionEventContractTest {


    @Test
    void aPlansEventsMatchTheirSchemasAndNameNoInspector() {
        InspectionPlan plan = InspectionPlan.draw(new InspectionPlan.Spec("抽查", "440300", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), 2, null, 2), InspectionDrawTest.projects(4),
                InspectionDrawTest.plainInspectors(3), InspectionDrawTest.seed(new Random(9)), p -> Set.of(),
                "supervisor1", Instant.parse("2026-04-01T02:00:00Z"));
        JsonMapper json = JsonMapper.builder().findAndAddModules().build();
        Assignment a = plan.assignments().getFirst();
        for (InspectionEvent e : List.of(plan.drawn(), plan.publishResult(a.projectId(), a.inspectors().getFirst(),
                InspectionOutcome.NO_PROBLEM_FOUND, "未发现问题", Instant.parse("2026-04-10T02:00:00Z")))) {
            String data = json.writeValueAsString(e);
            Contracts.assertValid(e.type(), data);
            assertThat(data).doesNotContain("inspector-").doesNotContain("supervisor1");
        }
    }

    @Test
    void aDrawOfOneInspectorPerProjectBreaksTheContract() {
        String example = Contracts.example("gov.trading.inspection-drawn.v1")
                .replace("\"inspectorsPerProject\":2", "\"inspectorsPerProject\":1");
        assertThat(example).contains("\"inspectorsPerProject\":1");
        assertThatThrownBy(() -> Contracts.assertValid("gov.trading.inspection-drawn.v1", example))
                .isInstanceOf(AssertionError.class);
    }

}
