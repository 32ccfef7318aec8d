package org.example.gov.hotline.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.hotline.ticket.TicketEvents;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 督办: an unsigned ticket past its window is reminded once, an overdue one flagged once, both published. */
class SupervisionIntegrationTest extends HotlineIntegrationTest {

    @Autowired
    SupervisionService supervision;

    @Test
    void anUnsignedTicketIsRemindedOnceAndAnOverdueOneFlaggedOnce() {
        today("2025-09-26", "10:00");
        String id = dispatchedComplaint(false); // sign within 24 hours; due 2025-10-23

        today("2025-09-27", "09:59");
        supervision.scan();
        assertThat(api.get("/api/hotline/tickets/" + id, agent).expect(200).body().path("supervised").asBoolean()).isFalse();

        today("2025-09-27", "10:01");
        supervision.scan();
        supervision.scan();
        ApiClient.Response reminded = api.get("/api/hotline/tickets/" + id, agent).expect(200);
        assertThat(reminded.body().path("supervised").asBoolean()).isTrue();
        assertThat(reminded.body().path("signRemindedAt").asString()).isNotBlank();
        assertThat(reminded.body().path("history").findValuesAsString("action")).containsOnlyOnce("REMIND_TO_SIGN");

        today("2025-10-24", "00:01");
        supervision.scan();
        supervision.scan();
        ApiClient.Response overdue = api.get("/api/hotline/tickets/" + id, agent).expect(200);
        assertThat(overdue.body().path("overdue").asBoolean()).isTrue();
        assertThat(overdue.body().path("history").findValuesAsString("action")).containsOnlyOnce("MARK_OVERDUE");

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        List<EventProbe.Event> events = EventProbe.await(kafka, TicketEvents.TOPIC,
                e -> id.equals(e.key()) && e.type().equals("gov.hotline.ticket-overdue.v1"), Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        List<EventProbe.Event> all = EventProbe.await(kafka, TicketEvents.TOPIC, e -> id.equals(e.key()), Duration.ofSeconds(5));
        assertThat(all).extracting(EventProbe.Event::type).containsExactly("gov.hotline.ticket-created.v1",
                "gov.hotline.ticket-dispatched.v1", "gov.hotline.sign-reminded.v1", "gov.hotline.ticket-overdue.v1");
        all.forEach(e -> Contracts.assertValid(e.type(), e.data()));
    }

    @Test
    void theApproachingWarningIsRaisedExactlyOnceAndNeverForATicketAlreadyOverdue() {
        today("2025-09-26", "10:00");
        String id = dispatchedComplaint(false); // due Thu 2025-10-23: warned from Wed 10-22 (1 working day before)
        api.post("/api/hotline/tickets/" + id + "/signature", handler, null).expect(200);

        today("2025-10-21", "23:00");
        supervision.scan();
        assertThat(api.get("/api/hotline/tickets/" + id, agent).expect(200).body().path("approachWarned").asBoolean())
                .isFalse();

        today("2025-10-22", "08:00");
        supervision.scan();
        supervision.scan();
        today("2025-10-23", "09:00");
        supervision.scan();
        ApiClient.Response warned = api.get("/api/hotline/tickets/" + id, agent).expect(200);
        assertThat(warned.body().path("approachWarned").asBoolean()).isTrue();
        assertThat(warned.body().path("history").findValuesAsString("action")).containsOnlyOnce("WARN_APPROACHING");

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        List<EventProbe.Event> events = EventProbe.await(kafka, TicketEvents.TOPIC,
                e -> id.equals(e.key()) && e.type().equals("gov.hotline.deadline-approaching.v1"), Duration.ofSeconds(20));
        assertThat(events).singleElement().satisfies(e -> Contracts.assertValid(e.type(), e.data()));

        // a ticket first scanned after its deadline is flagged overdue, not warned of approaching
        today("2025-09-26", "10:00");
        String late = dispatchedComplaint(false, "13700001111");
        today("2025-10-24", "00:01");
        supervision.scan();
        supervision.scan();
        ApiClient.Response overdue = api.get("/api/hotline/tickets/" + late, agent).expect(200);
        assertThat(overdue.body().path("history").findValuesAsString("action")).contains("MARK_OVERDUE")
                .doesNotContain("WARN_APPROACHING");
    }
}
