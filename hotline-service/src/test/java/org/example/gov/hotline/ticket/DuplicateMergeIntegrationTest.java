package org.example.gov.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.Test;

/** 重复件 while open: the same caller's repeat call about the same matter is merged into the master ticket. */
class DuplicateMergeIntegrationTest extends HotlineIntegrationTest {

    @Test
    void aMergedDuplicateIsNotDispatchedItsMasterIsDispatchedOnceAndTheDepartmentIsTold() {
        String master = dispatchedComplaint(false);
        long before = countTickets();

        // the same caller, the number written differently, the same category: merged, not a new ticket
        ApiClient.Response merged = api.post("/api/hotline/tickets", agent,
                complaint("欧阳娜娜", "+86 139-1234-5678", false).replace("楼上住户卫生间漏水，物业不处理", "还在漏水，怎么还没人来"))
                .expect(200);
        assertThat(merged.text("id")).isEqualTo(master);
        assertThat(merged.header("Content-Location")).isEqualTo("/api/hotline/tickets/" + master);
        assertThat(merged.body().path("reminderCount").asInt()).isEqualTo(1);
        assertThat(merged.text("status")).isEqualTo("DISPATCHED");
        assertThat(merged.body().path("history").findValuesAsString("action")).containsExactly("CREATE", "DISPATCH",
                "MERGE");
        assertThat(countTickets()).as("no new ticket").isEqualTo(before);

        // a third call: counted again; still one dispatch
        api.post("/api/hotline/tickets", agent, complaint("欧阳娜娜", "13912345678", false)).expect(200);
        assertThat(jdbc.sql("SELECT reminder_count FROM ticket WHERE id = :id").param("id", master).query(Integer.class)
                .single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket_history WHERE action = 'DISPATCH'").query(Long.class).single())
                .as("the master was dispatched once, the duplicates never").isEqualTo(1);

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        EventProbe.await(kafka, TicketEvents.TOPIC, e -> master.equals(e.key())
                && "gov.hotline.ticket-merged.v1".equals(e.type()) && e.data().contains("\"reminderCount\":2"),
                Duration.ofSeconds(20));
        List<EventProbe.Event> events = EventProbe.await(kafka, TicketEvents.TOPIC, e -> master.equals(e.key()),
                Duration.ofSeconds(5));
        assertThat(events).extracting(EventProbe.Event::type).containsExactly("gov.hotline.ticket-created.v1",
                "gov.hotline.ticket-dispatched.v1", "gov.hotline.ticket-merged.v1", "gov.hotline.ticket-merged.v1");
        events.forEach(e -> Contracts.assertValid(e.type(), e.data()));
        // the department is told: the merge event names the lead department
        assertThat(events.get(2).data()).contains(HOUSING, "\"reminderCount\":1").doesNotContain("13912345678");
    }

    @Test
    void anotherCategoryAnotherCallerOrAClosedMatterMakeANewTicket() {
        String master = dispatchedComplaint(false);
        String otherCategory = api.post("/api/hotline/tickets", agent,
                complaint("欧阳娜娜", "13912345678", false).replace("010102", "010101")).expect(201).text("id");
        String otherCaller = api.post("/api/hotline/tickets", agent, complaint("张三", "13800138000", false))
                .expect(201).text("id");
        assertThat(List.of(otherCategory, otherCaller)).doesNotContain(master);

        // an emergency handed off is finished: the same caller's next call is a ticket of its own
        api.post("/api/hotline/tickets/" + otherCaller + "/emergency-handoff", agent,
                "{\"service\":\"FIRE_119\",\"mode\":\"TRANSFER\"}").expect(200);
        assertThat(api.post("/api/hotline/tickets", agent, complaint("张三", "13800138000", false)).expect(201)
                .text("id")).isNotEqualTo(otherCaller);
    }

    @Test
    void aCallerOnlineIsMergedOnlyIntoTheirOwnTicket() {
        String recordedByTheCentre = dispatchedComplaint(false);
        String online = complaint("欧阳娜娜", "13912345678", false).replace("\"PHONE\"", "\"WEB\"");
        String own = api.post("/api/hotline/tickets", applicant, online).expect(201).text("id");
        assertThat(own).isNotEqualTo(recordedByTheCentre);
        ApiClient.Response again = api.post("/api/hotline/tickets", applicant, online).expect(200);
        assertThat(again.text("id")).isEqualTo(own);
        assertThat(again.body().path("reminderCount").asInt()).isEqualTo(1);
        assertThat(api.get("/api/hotline/tickets/" + recordedByTheCentre, agent).expect(200).body().path("reminderCount")
                .asInt()).isZero();
    }
}
