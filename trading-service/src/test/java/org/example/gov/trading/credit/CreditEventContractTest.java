package org.example.gov.trading.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.testsupport.Contracts;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.Track;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The credit events as the aggregates publish them match their schemas and carry no misconduct text or comment (the
 * examples and the AsyncAPI listing: {@code EventContractExamplesTest}).
 */
class CreditEventContractTest {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");


    @Test
    void theEventsOfARecordsLifeMatchTheirSchemasAndNameNoMisconduct() {
        CreditRecord r = CreditRecord.record(CreditRecordTest.facts(SubjectKind.BIDDER, "bidder-7",
                Track.CONSTRUCTION, true, LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28)), "trader1", T0);
        List<CreditEvent> events = List.of(r.recorded(),
                r.correct(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 30), "复议变更", "supervisor1", T0),
                r.revoke("撤销", "supervisor1", T0));
        for (CreditEvent e : events) {
            String json = JSON.writeValueAsString(e);
            Contracts.assertValid(e.type(), json);
            assertThat(json).doesNotContain("虚假材料").doesNotContain("复议变更").doesNotContain("trader1");
        }
        AgentEvaluation a = AgentEvaluation.rate("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "tenderagent1", "tenderee1",
                "440304", List.of(LotStatus.AWARDED), new AgentEvaluation.Scores(5, 5, 4, 3), "服务周到", T0);
        String json = JSON.writeValueAsString(a.evaluated());
        Contracts.assertValid(a.evaluated().type(), json);
        assertThat(json).doesNotContain("服务周到");
    }

    @Test
    void aRecordOfAnUnknownSubjectKindBreaksTheContract() {
        String example = Contracts.example("gov.trading.credit-recorded.v1").replace("\"BIDDER\"", "\"CITIZEN\"");
        assertThat(example).contains("CITIZEN");
        assertThatThrownBy(() -> Contracts.assertValid("gov.trading.credit-recorded.v1", example))
                .isInstanceOf(AssertionError.class);
    }

}
