package org.example.gov.hotline.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.hotline.ticket.TicketEvents;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 重复件 (c): another caller's ticket of the same category within 250 m (or at the same address) within 7 days is
 * suggested to the centre — never merged — and an agent confirms (naming the master) or dismisses it.
 */
class NearbyDuplicateIntegrationTest extends HotlineIntegrationTest {

    /** 0.0020° of latitude north of the first ticket: 222 m; 0.0027°: 300 m. */
    private static final double LAT = 22.547;
    private static final double LON = 114.059;

    @BeforeEach
    void forgetSuggestions() {
        jdbc.sql("DELETE FROM duplicate_suggestion_history").update();
        jdbc.sql("DELETE FROM duplicate_candidate").update();
        jdbc.sql("DELETE FROM duplicate_suggestion").update();
    }

    private String ticket(String phone, String address, Double latitude, Double longitude) {
        String location = latitude == null ? "{\"region\":\"440304\",\"address\":\"%s\"}".formatted(address)
                : "{\"region\":\"440304\",\"address\":\"%s\",\"latitude\":%s,\"longitude\":%s}".formatted(address,
                        latitude, longitude);
        return api.post("/api/hotline/tickets", agent, """
                {"channel":"PHONE","type":"COMPLAINT","categoryCode":"010102","location":%s,
                 "description":"路面塌陷，无人处理","caller":{"name":"市民","phone":"%s"}}""".formatted(location, phone))
                .expect(201).text("id");
    }

    private List<ApiClient.Response> suggestionsOf(String ticketId) {
        ApiClient.Response page = api.get("/api/hotline/duplicate-suggestions?status=SUGGESTED", agent).expect(200);
        return page.body().path("content").valueStream().filter(s -> s.path("ticketId").asString().equals(ticketId))
                .map(s -> api.get("/api/hotline/duplicate-suggestions/" + s.path("id").asString(), agent).expect(200))
                .toList();
    }

    @Test
    void anotherCallerWithin250MetresIsSuggestedAndTheTicketProceeds() {
        today("2025-11-03", "09:00");
        String first = ticket("13900000001", "福田区莲花街道景田路口", LAT, LON);
        today("2025-11-05", "10:00");
        String second = ticket("13900000002", "福田区莲花街道景田北路", LAT + 0.0020, LON);

        List<ApiClient.Response> found = suggestionsOf(second);
        assertThat(found).hasSize(1);
        ApiClient.Response s = found.getFirst();
        assertThat(s.body().path("status").asString()).isEqualTo("SUGGESTED");
        assertThat(s.body().path("candidates").findValuesAsString("ticketId")).containsExactly(first);
        assertThat(s.body().path("candidates").get(0).path("distanceMetres").asInt()).isEqualTo(222);
        assertThat(s.body().path("allowedActions").valueStream().map(n -> n.asString()).toList())
                .containsExactly("confirm", "dismiss");
        // only a suggestion: the new ticket is a ticket of its own, dispatched as usual
        assertThat(countTickets()).isEqualTo(2);
        api.post("/api/hotline/tickets/" + second + "/dispatch", agent, "{}").expect(200);
        // a department does not see the centre's suggestions
        assertProblem(api.get("/api/hotline/duplicate-suggestions", handler), 403, null);
    }

    @Test
    void anotherCallerAt300MetresIsNotSuggested() {
        today("2025-11-03", "09:00");
        ticket("13900000001", "福田区莲花街道景田路口", LAT, LON);
        String far = ticket("13900000002", "福田区莲花街道景田北路", LAT + 0.0027, LON);

        assertThat(suggestionsOf(far)).isEmpty();
    }

    @Test
    void aCornerOfTheBoundingBoxIsNotWithin250Metres() {
        // 0.0019° north (211 m) and 0.0021° east (216 m): inside the index's box (±0.00225°, ±0.00243°) but 302 m away
        today("2025-11-03", "09:00");
        ticket("13900000001", "福田区莲花街道景田路口", LAT, LON);
        String corner = ticket("13900000002", "福田区莲花街道景田北路", LAT + 0.0019, LON + 0.0021);
        // 227 m from the first, 76 m from the corner one: both suggested, the nearest first
        String between = ticket("13900000003", "福田区莲花街道景田东路", LAT + 0.0015, LON + 0.0015);

        assertThat(suggestionsOf(corner)).isEmpty();
        List<ApiClient.Response> found = suggestionsOf(between);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().body().path("candidates").valueStream()
                .map(c -> c.path("ticketId").asString().equals(corner) + ":" + c.path("distanceMetres").asInt()))
                .containsExactly("true:76", "false:227");
    }

    @Test
    void aTicketOlderThanTheWindowIsNotSuggested() {
        today("2025-11-03", "09:00");
        ticket("13900000001", "福田区莲花街道景田路口", LAT, LON);
        today("2025-11-10", "09:01"); // 7 days and a minute later
        String late = ticket("13900000002", "福田区莲花街道景田路口", LAT + 0.0001, LON);

        assertThat(suggestionsOf(late)).isEmpty();
    }

    @Test
    void theSameAddressIsSuggestedWithoutCoordinates() {
        today("2025-11-03", "09:00");
        String first = ticket("13900000001", "福田区莲花街道 某小区 3栋", null, null);
        String second = ticket("13900000002", "福田区莲花街道某小区3栋", null, null);

        List<ApiClient.Response> found = suggestionsOf(second);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().body().path("candidates").get(0).path("ticketId").asString()).isEqualTo(first);
        assertThat(found.getFirst().body().path("candidates").get(0).path("sameAddress").asBoolean()).isTrue();
    }

    @Test
    void confirmingNamesTheMasterOnceAndIsPublished() {
        today("2025-11-03", "09:00");
        String first = ticket("13900000001", "福田区莲花街道景田路口", LAT, LON);
        String second = ticket("13900000002", "福田区莲花街道景田北路", LAT + 0.0010, LON);
        String id = suggestionsOf(second).getFirst().text("id");
        String path = "/api/hotline/duplicate-suggestions/" + id;

        assertProblem(api.post(path + "/confirmation", agent, "{}"), 400, null);
        assertProblem(api.post(path + "/confirmation", agent, "{\"duplicateOf\":\"" + second + "\"}"), 422,
                "DUPLICATE_OF_NOT_A_CANDIDATE");
        assertProblem(api.post(path + "/confirmation", supervisor, "{\"duplicateOf\":\"" + first + "\"}"), 403, null);
        assertProblem(api.post(path + "/confirmation", guangzhouAgent, "{\"duplicateOf\":\"" + first + "\"}"), 404,
                "DUPLICATE_SUGGESTION_NOT_FOUND");

        ApiClient.Response confirmed = api.post(path + "/confirmation", agent,
                "{\"duplicateOf\":\"" + first + "\",\"note\":\"同一塌陷点\"}").expect(200);
        assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");
        assertThat(confirmed.text("duplicateOf")).isEqualTo(first);
        assertThat(confirmed.body().path("history").findValuesAsString("action")).containsExactly("suggest", "confirm");

        // the same matter as the master: its department handles both, this one is not dispatched on its own
        assertProblem(api.post("/api/hotline/tickets/" + second + "/dispatch", agent, "{}"), 409, "CONFIRMED_DUPLICATE");
        api.post("/api/hotline/tickets/" + first + "/dispatch", agent, "{}").expect(200);

        ApiClient.Response again = api.post(path + "/dismissal", agent, "{}");
        assertProblem(again, 409, null);
        assertThat(again.body().path("allowed").isArray()).isTrue();
        assertThat(again.body().path("allowed").size()).isZero();

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        List<EventProbe.Event> events = EventProbe.await(kafka, TicketEvents.TOPIC,
                e -> second.equals(e.key()) && e.type().startsWith("gov.hotline.duplicate-"), Duration.ofSeconds(20));
        assertThat(events).extracting(EventProbe.Event::type)
                .containsExactly("gov.hotline.duplicate-suggested.v1", "gov.hotline.duplicate-confirmed.v1");
        events.forEach(e -> Contracts.assertValid(e.type(), e.data()));
    }

    @Test
    void dismissingClosesTheSuggestion() {
        today("2025-11-03", "09:00");
        ticket("13900000001", "福田区莲花街道景田路口", LAT, LON);
        String second = ticket("13900000002", "福田区莲花街道景田北路", LAT + 0.0010, LON);
        String id = suggestionsOf(second).getFirst().text("id");

        ApiClient.Response dismissed = api.post("/api/hotline/duplicate-suggestions/" + id + "/dismissal", agent,
                "{\"note\":\"不同路段\"}").expect(200);
        assertThat(dismissed.text("status")).isEqualTo("DISMISSED");
        assertThat(dismissed.body().path("duplicateOf").isNull()).isTrue();
        assertProblem(api.post("/api/hotline/duplicate-suggestions/" + id + "/confirmation", agent,
                "{\"duplicateOf\":\"" + second + "\"}"), 409, null);
    }
}
