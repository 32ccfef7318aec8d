package org.example.gov.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.testsupport.BulkCopies;
import org.example.gov.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The work list's paging: newest first, the total exact below the count cap, pages beyond the cap refused (a list of
 * a million tickets is narrowed by its filters, not paged through).
 */
class TicketWorkListIntegrationTest extends HotlineIntegrationTest {

    @Test
    void newestFirstWithAnExactTotalAndNoPageBeyondTheCap() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            today("2025-11-1" + i, "10:00");
            ids.add(api.post("/api/hotline/tickets", agent, complaint("欧阳娜娜", "1391234567" + i, false)).expect(201)
                    .text("id"));
        }
        clock.reset();

        JsonNode page = api.get("/api/hotline/tickets?size=2", supervisor).expect(200).body();
        assertThat(page.path("totalElements").asLong()).isEqualTo(3);
        assertThat(page.path("totalExact").asBoolean()).isTrue();
        assertThat(page.path("content").findValuesAsString("id")).containsExactly(ids.get(2), ids.get(1));
        assertThat(api.get("/api/hotline/tickets?size=2&page=1", supervisor).expect(200).body().path("content")
                .findValuesAsString("id")).containsExactly(ids.get(0));
        assertThat(api.get("/api/hotline/tickets?status=CLOSED", supervisor).expect(200).body().path("totalElements")
                .asLong()).isZero();

        int lastPage = TicketQueryRepository.COUNT_CAP / 20 - 1;
        api.get("/api/hotline/tickets?size=20&page=" + lastPage, supervisor).expect(200);
        assertProblem(api.get("/api/hotline/tickets?size=20&page=" + (lastPage + 1), supervisor), 400, "PAGE_TOO_DEEP");
    }

    @Autowired
    DataSource dataSource;

    /** A branch that alone reaches the cap settles the count: "1,000+", not exact (TicketQueryRepository#count). */
    @Test
    void aListBeyondTheCapIsCountedToTheCapAndSaysSo() throws Exception {
        api.post("/api/hotline/tickets", agent, complaint("欧阳娜娜", "13912345670", false)).expect(201);
        try (Connection db = dataSource.getConnection()) {
            BulkCopies.fill(db, "ticket", "ticket_number", "WL", TicketQueryRepository.COUNT_CAP + 5, 30, stored -> { });
        }

        JsonNode page = api.get("/api/hotline/tickets?size=20", supervisor).expect(200).body();
        assertThat(page.path("totalElements").asLong()).isEqualTo(TicketQueryRepository.COUNT_CAP);
        assertThat(page.path("totalExact").asBoolean()).isFalse();
        assertThat(page.path("content").size()).isEqualTo(20);
    }

    /**
     * A count that reached the cap is kept 5 s per scope and filters ("1,000+" stays true from page to page); an exact
     * count is never kept, and another scope or filter is counted on its own. The repository is built here with the
     * platform's TTL, which the shared test context turns off.
     */
    @Test
    void aCappedCountIsKeptAFewSecondsAndAnExactOneNever() throws Exception {
        MutableClock time = new MutableClock();
        time.set(LocalDate.parse("2025-11-10"), LocalTime.parse("10:00:00"));
        TicketQueryRepository lists = new TicketQueryRepository(jdbc, time, Duration.ofSeconds(5));
        Actor supervisor1 = new Actor("supervisor1", "督办员", Set.of("SUPERVISOR"), "440300", "市12345热线中心");
        TicketFilter supervisors = new TicketFilter(ScopePolicy.of(supervisor1, TicketService.READERS), null, null,
                null, null);
        TicketFilter complaints = new TicketFilter(supervisors.scope(), null, null, TicketType.COMPLAINT, null);
        api.post("/api/hotline/tickets", agent, complaint("欧阳娜娜", "13912345670", false)).expect(201);

        assertThat(lists.list(supervisors, time.instant(), 0, 20).totalElements()).as("exact, not kept").isEqualTo(1);
        api.post("/api/hotline/tickets", agent, complaint("欧阳娜娜", "13912345671", false)).expect(201);
        assertThat(lists.list(supervisors, time.instant(), 0, 20).totalElements()).isEqualTo(2);

        try (Connection db = dataSource.getConnection()) {
            BulkCopies.fill(db, "ticket", "ticket_number", "WL", TicketQueryRepository.COUNT_CAP + 5, 30, stored -> { });
        }
        assertThat(lists.list(supervisors, time.instant(), 0, 20).totalElements()).isEqualTo(TicketQueryRepository.COUNT_CAP);
        jdbc.sql("DELETE FROM ticket WHERE ticket_number LIKE 'WL%'").update();

        time.set(LocalDate.parse("2025-11-10"), LocalTime.parse("10:00:04"));
        Page<TicketSummary> kept = lists.list(supervisors, time.instant(), 0, 20);
        assertThat(kept.totalElements()).as("kept").isEqualTo(TicketQueryRepository.COUNT_CAP);
        assertThat(kept.totalExact()).isFalse();
        assertThat(kept.content()).as("the page itself is read anew").hasSize(2);
        assertThat(lists.list(complaints, time.instant(), 0, 20).totalElements()).as("another filter").isEqualTo(2);

        time.set(LocalDate.parse("2025-11-10"), LocalTime.parse("10:00:06"));
        Page<TicketSummary> recounted = lists.list(supervisors, time.instant(), 0, 20);
        assertThat(recounted.totalElements()).isEqualTo(2);
        assertThat(recounted.totalExact()).isTrue();
    }

    /**
     * Overdue tickets in due order whatever their running status: the list reads each status in due order and merges
     * them (one index per status gives that order, V10), so a HANDLING ticket falls between two DISPATCHED ones.
     */
    @Test
    void theOverdueListIsInDueOrderAcrossRunningStatuses() {
        today("2025-09-01", "10:00");
        String first = dispatchedComplaint(false, "13912340001");
        today("2025-09-02", "10:00");
        String second = dispatchedComplaint(false, "13912340002");
        api.post("/api/hotline/tickets/" + second + "/signature", handler, null).expect(200);
        today("2025-09-03", "10:00");
        String third = dispatchedComplaint(false, "13912340003");
        clock.reset();

        JsonNode page = api.get("/api/hotline/tickets?overdue=true&size=20", supervisor).expect(200).body();
        assertThat(page.path("content").findValuesAsString("id")).containsExactly(first, second, third);
        assertThat(page.path("content").findValuesAsString("status")).containsExactly("DISPATCHED", "HANDLING",
                "DISPATCHED");
        assertThat(page.path("totalElements").asLong()).isEqualTo(3);
        assertThat(api.get("/api/hotline/tickets?overdue=true&status=HANDLING&size=20", supervisor).expect(200).body()
                .path("content").findValuesAsString("id")).containsExactly(second);
        assertThat(api.get("/api/hotline/tickets?overdue=true&status=CLOSED&size=20", supervisor).expect(200).body()
                .path("totalElements").asLong()).isZero();
    }

    /**
     * A department's list finds its tickets by their lead, read one stage at a time newest first (TicketStatus.LED):
     * across stages in one order, and never the tickets recorded since and not dispatched yet.
     */
    @Test
    void aDepartmentSeesItsLedTicketsNewestFirstAcrossStagesAndNoneUndispatched() {
        today("2025-09-01", "10:00");
        String first = dispatchedComplaint(false, "13912340011");
        today("2025-09-02", "10:00");
        String second = dispatchedComplaint(false, "13912340012");
        api.post("/api/hotline/tickets/" + second + "/signature", handler, null).expect(200);
        today("2025-09-03", "10:00");
        String undispatched = api.post("/api/hotline/tickets", agent, complaint("欧阳娜娜", "13912340013", false))
                .expect(201).text("id");
        clock.reset();

        JsonNode page = api.get("/api/hotline/tickets?size=20", handler).expect(200).body();
        assertThat(page.path("content").findValuesAsString("id")).containsExactly(second, first)
                .doesNotContain(undispatched);
        assertThat(page.path("totalElements").asLong()).isEqualTo(2);
        assertThat(api.get("/api/hotline/tickets?size=20&status=HANDLING", handler).expect(200).body().path("content")
                .findValuesAsString("id")).containsExactly(second);
        assertThat(api.get("/api/hotline/tickets?size=20&status=RECEIVED", handler).expect(200).body()
                .path("totalElements").asLong()).isZero();
        assertThat(api.get("/api/hotline/tickets?size=20", supervisor).expect(200).body().path("content")
                .findValuesAsString("id")).containsExactly(undispatched, second, first);
    }
}
