package org.example.gov.trading.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What 双随机一公开 publishes on gov.trading.events (contracts/events/trading); key = the inspection id. No inspector
 * account or tie: who inspects is known to the supervisors, the public learns the departments with the results.
 */
public sealed interface InspectionEvent {

    String TOPIC = "gov.trading.events";

    String type();

    String inspectionId();

    /** The plan drawn: which projects of how many eligible, and how many inspectors each. */
    record InspectionDrawn(String inspectionId, String region, LocalDate periodFrom, LocalDate periodUntil,
            List<String> projectIds, int eligible, int inspectorsPerProject, Instant drawnAt) implements InspectionEvent {
        public String type() {
            return "gov.trading.inspection-drawn.v1";
        }
    }

    /** A project's result recorded and published (抽查结果公开). */
    record InspectionResultPublished(String inspectionId, String projectId, String outcome, Instant publishedAt)
            implements InspectionEvent {
        public String type() {
            return "gov.trading.inspection-result-published.v1";
        }
    }
}
