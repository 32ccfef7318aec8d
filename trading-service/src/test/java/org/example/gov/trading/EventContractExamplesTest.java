package org.example.gov.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.example.gov.testsupport.Contracts;
import org.junit.jupiter.api.Test;

/**
 * The schemas of the tender events accept their own examples (what consumer tests will feed), the AsyncAPI document
 * lists each of them on the trading topic, and no example names a bidder or counts anything secret.
 */
class EventContractExamplesTest {

    static final List<String> TYPES = List.of("gov.trading.tender-announced.v1", "gov.trading.tender-amended.v1",
            "gov.trading.tender-suspended.v1", "gov.trading.tender-resumed.v1", "gov.trading.tender-cancelled.v1",
            "gov.trading.objection-filed.v1", "gov.trading.objection-answered.v1", "gov.trading.negative-list-hit.v1",
            // bid security: these two happen before the deadline and are as secret as the tender events
            "gov.trading.guarantee-issued.v1", "gov.trading.guarantee-verified.v1");

    /** Published after the deadline, naming the bidder: the publicity and the award, and bid security to the guarantor / for the refund. */
    static final List<String> AFTER_DEADLINE = List.of("gov.trading.candidates-published.v1",
            "gov.trading.candidate-objection-filed.v1", "gov.trading.candidate-objection-answered.v1",
            "gov.trading.awarded.v1", "gov.trading.contract-signed.v1", "gov.trading.contract-refused.v1",
            "gov.trading.contract-deadline-warning.v1", "gov.trading.publicity-overdue.v1", "gov.trading.complaint-filed.v1",
            "gov.trading.complaint-accepted.v1", "gov.trading.complaint-decided.v1",
            "gov.trading.procedure-suspension.v1", "gov.trading.guarantee-released.v1",
            "gov.trading.guarantee-claimed.v1", "gov.trading.deposit-refunded.v1");

    /** Published by the opening, after the deadline: they may count bids and the record names the bidders. */
    static final List<String> OPENING_TYPES = List.of("gov.trading.bid-deadline-passed.v1", "gov.trading.lot-failed.v1",
            "gov.trading.opening-started.v1", "gov.trading.opening-record-published.v1");

    /** Integrity: credit records and the agent's evaluation (credit/), random inspections (inspection/). */
    static final List<String> INTEGRITY_TYPES = List.of("gov.trading.credit-recorded.v1",
            "gov.trading.credit-corrected.v1", "gov.trading.credit-revoked.v1", "gov.trading.agent-evaluated.v1",
            "gov.trading.inspection-drawn.v1", "gov.trading.inspection-result-published.v1");

    @Test
    void everyExampleMatchesItsSchema() {
        TYPES.forEach(type -> Contracts.assertValid(type, Contracts.example(type)));
        OPENING_TYPES.forEach(type -> Contracts.assertValid(type, Contracts.example(type)));
        AFTER_DEADLINE.forEach(type -> Contracts.assertValid(type, Contracts.example(type)));
        INTEGRITY_TYPES.forEach(type -> Contracts.assertValid(type, Contracts.example(type)));
    }

    @Test
    void anOpeningRecordWithAResultOutsideDecryptedRevokedWithdrawnBreaksTheContract() {
        String example = Contracts.example("gov.trading.opening-record-published.v1");
        assertThat(example).contains("\"result\":\"REVOKED\"");
        String pending = example.replace("\"result\":\"REVOKED\"", "\"result\":\"PENDING\"");
        assertThatThrownBy(() -> Contracts.assertValid("gov.trading.opening-record-published.v1", pending))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aGuaranteeIssuedEventCarryingNoGuarantorBreaksTheContractAndAClaimNeedsItsGround() {
        String issued = Contracts.example("gov.trading.guarantee-issued.v1").replaceFirst("\"guarantor\":\"[^\"]*\",?", "");
        assertThatThrownBy(() -> Contracts.assertValid("gov.trading.guarantee-issued.v1", issued))
                .isInstanceOf(AssertionError.class);
        String claimed = Contracts.example("gov.trading.guarantee-claimed.v1").replace("WITHDREW_AFTER_DEADLINE", "LATE");
        assertThatThrownBy(() -> Contracts.assertValid("gov.trading.guarantee-claimed.v1", claimed))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void anAnnouncementWithoutLotsBreaksTheContract() {
        String example = Contracts.example("gov.trading.tender-announced.v1").replaceFirst("\"lots\":\\[.*\\],", "\"lots\":[],");
        assertThat(example).contains("\"lots\":[]");
        assertThatThrownBy(() -> Contracts.assertValid("gov.trading.tender-announced.v1", example))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void noExampleNamesABidderOrCountsDownloadsOrBids() {
        TYPES.forEach(type -> assertThat(Contracts.example(type).toLowerCase())
                .doesNotContain("bidder").doesNotContain("download").doesNotContain("count"));
    }

    @Test
    void theAsyncApiDocumentListsThem() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/asyncapi.yaml")) {
            assertThat(in).isNotNull();
            String asyncapi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(asyncapi).contains("address: gov.trading.events");
            java.util.stream.Stream.of(TYPES, OPENING_TYPES, AFTER_DEADLINE, INTEGRITY_TYPES).flatMap(List::stream)
                    .forEach(type -> assertThat(asyncapi).contains("name: " + type,
                    "payload: { $ref: 'events/trading/" + type + ".json' }"));
        }
    }
}
