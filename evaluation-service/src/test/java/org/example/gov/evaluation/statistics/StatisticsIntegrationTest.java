package org.example.gov.evaluation.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.example.gov.evaluation.invitation.InvitationService;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Statistics computed in the database over ratings made through the API: participation with an expired invitation,
 * good and bad rates without an upheld appeal, call-backs, level 3 per region, the public view. Two regions of their
 * own keep other tests' ratings out; in {@value #STRICT} 基本满意 does not count as good.
 */
@StatisticsTestContext
class StatisticsIntegrationTest {

    static final String REGION = "449901";
    static final String STRICT = "449902";
    static final String CITY = "449900";
    static final String DEPARTMENT = "市市场监督管理局";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InvitationService invitations;

    @Test
    void figuresCountExpiredInvitationsAsUnratedAndLeaveUpheldAppealsOutOfTheBadRate() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String applicant = TestTokens.shared().mint("applicant1", REGION, null, "APPLICANT");
        String clerk = TestTokens.shared().mint("clerk1", REGION, DEPARTMENT, "CLERK");
        String supervisor = TestTokens.shared().mint("sup1", CITY, null, "SUPERVISOR"); // both counties are below

        String good = closedCase(REGION);
        String fair = closedCase(REGION);
        String bad = closedCase(REGION);
        String appealed = closedCase(REGION);
        String unrated = closedCase(REGION);
        String strictFair = closedCase(STRICT);
        String strictGood = closedCase(STRICT);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT COUNT(*) FROM invitation WHERE region IN ('"
                + REGION + "','" + STRICT + "')").query(Long.class).single() == 7);

        rate(api, applicant, good, 5, "WEB");
        rate(api, applicant, fair, 3, "APP");
        rate(api, applicant, bad, 1, "APP");
        rate(api, applicant, appealed, 2, "SMS");
        rate(api, applicant, strictFair, 3, "WEB");
        rate(api, applicant, strictGood, 5, "WEB");
        jdbc.sql("UPDATE invitation SET expires_at = TIMESTAMPADD(DAY, -1, UTC_TIMESTAMP(6)) WHERE case_id = :c")
                .param("c", unrated).update();
        assertThat(invitations.expireDue(Instant.now())).isGreaterThanOrEqualTo(1);
        assertThat(invitations.expireDue(Instant.now())).isZero(); // once

        JsonNode before = department(api.get(statistics(REGION, "DEPARTMENT"), supervisor).expect(200).body());
        assertThat(before.path("services").asLong()).isEqualTo(5);
        assertThat(before.path("ratedServices").asLong()).isEqualTo(4);
        assertThat(before.path("expiredUnrated").asLong()).isEqualTo(1);
        assertThat(before.path("participationRate").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(before.path("badRate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(before.path("goodRate").decimalValue()).isEqualByComparingTo("0.5"); // 5 and 3 of 4
        assertThat(before.path("tickets").asLong()).isEqualTo(2);
        assertThat(before.path("realNameCallBackRate").decimalValue()).isEqualByComparingTo("0");

        String badTicket = ticketOf(bad);
        String appealedTicket = ticketOf(appealed);
        api.post("/api/evaluations/tickets/" + badTicket + "/call-back", clerk, "{\"result\":\"CONFIRMED\"}").expect(200);
        api.post("/api/evaluations/tickets/" + appealedTicket + "/appeal", clerk,
                "{\"reason\":\"误评\",\"evidence\":[\"通话录音\"]}").expect(200);
        api.post("/api/evaluations/tickets/" + appealedTicket + "/appeal-decision", supervisor, "{\"uphold\":true}")
                .expect(200);

        JsonNode after = department(api.get(statistics(REGION, "DEPARTMENT"), supervisor).expect(200).body());
        assertThat(after.path("ratings").asLong()).isEqualTo(4);
        assertThat(after.path("excludedByAppeal").asLong()).isEqualTo(1);
        assertThat(after.path("bad").asLong()).isEqualTo(1);
        assertThat(after.path("badRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(after.path("goodRate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(after.path("participationRate").decimalValue()).isEqualByComparingTo("0.8"); // still participated
        assertThat(after.path("tickets").asLong()).isEqualTo(1);
        assertThat(after.path("realNameCallBackRate").decimalValue()).isEqualByComparingTo("1");

        JsonNode channels = api.get(statistics(REGION, "CHANNEL"), supervisor).expect(200).body().path("groups");
        assertThat(group(channels, "APP").path("ratings").asLong()).isEqualTo(2);
        assertThat(group(channels, "WEB").path("ratings").asLong()).isEqualTo(1);
        JsonNode staff = api.get(statistics(REGION, "STAFF"), supervisor).expect(200).body().path("groups");
        assertThat(group(staff, "clerk1").path("ratings").asLong()).isEqualTo(4); // who closed the cases
        JsonNode months = api.get(statistics(REGION, "MONTH"), supervisor).expect(200).body().path("groups");
        assertThat(group(months, YearMonth.now(StatisticsPeriod.ZONE).toString()).path("ratings").asLong()).isEqualTo(4);

        JsonNode strict = department(api.get(statistics(STRICT, "DEPARTMENT"), supervisor).expect(200).body());
        assertThat(strict.path("goodRate").decimalValue()).isEqualByComparingTo("0.5"); // 基本满意 is not good there

        // a supervisor counts their region and below only; the province's counts both counties
        String strictSupervisor = TestTokens.shared().mint("sup-strict", STRICT, null, "SUPERVISOR");
        String shenzhenSupervisor = TestTokens.shared().mint("sup-sz", "440300", null, "SUPERVISOR");
        String provincialSupervisor = TestTokens.shared().mint("sup-gd", "440000", null, "SUPERVISOR");
        for (String outOfReach : List.of(strictSupervisor, shenzhenSupervisor)) {
            assertThat(api.get(statistics(REGION, "DEPARTMENT"), outOfReach).expect(200).body().path("total")
                    .path("services").asLong()).isZero();
        }
        assertThat(api.get("/api/evaluations/statistics?by=DEPARTMENT", strictSupervisor).expect(200).body()
                .path("total").path("services").asLong()).isEqualTo(2); // its own county, whatever else happened
        assertThat(department(api.get(statistics(REGION, "DEPARTMENT"), provincialSupervisor).expect(200).body())
                .path("services").asLong()).isEqualTo(5);
        assertThat(department(api.get(statistics(STRICT, "DEPARTMENT"), provincialSupervisor).expect(200).body())
                .path("services").asLong()).isEqualTo(2);

        // published without login: departments and halls only, no personal data
        ApiClient.Response published = api.get("/api/evaluations/public/statistics?by=DEPARTMENT&region=" + REGION, null)
                .expect(200);
        assertThat(department(published.body()).path("badRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(published.raw()).doesNotContain("applicant1").doesNotContain("clerk1");
        assertThat(api.get("/api/evaluations/public/statistics?by=STAFF", null).expect(422).text("code"))
                .isEqualTo("DIMENSION_NOT_PUBLIC");
        api.get("/api/evaluations/public/statistics?by=HALL&month=2025-10", null).expect(200);
        api.get(statistics(REGION, "DEPARTMENT"), clerk).expect(403);
        api.get(statistics(REGION, "DEPARTMENT"), null).expect(401);
        api.get("/api/evaluations/statistics?from=2025-10-02&to=2025-10-01", supervisor).expect(422);
        api.get("/api/evaluations/statistics?by=NOPE", supervisor).expect(400);
    }

    private static String statistics(String region, String by) {
        return "/api/evaluations/statistics?by=" + by + "&region=" + region;
    }

    private static JsonNode department(JsonNode report) {
        return group(report.path("groups"), DEPARTMENT);
    }

    private static JsonNode group(JsonNode groups, String key) {
        for (JsonNode g : groups) {
            if (key.equals(g.path("key").asString())) {
                return g;
            }
        }
        throw new AssertionError("no group " + key + " in " + groups);
    }

    private String ticketOf(String caseId) {
        return jdbc.sql("SELECT id FROM rectification_ticket WHERE case_id = :c").param("c", caseId).query(String.class)
                .single();
    }

    private static void rate(ApiClient api, String applicant, String caseId, int level, String channel) {
        api.post("/api/evaluations/ratings", applicant, "{\"caseId\":\"" + caseId + "\",\"stage\":\"COMPLETION\",\"level\":"
                + level + ",\"channel\":\"" + channel + "\"}").expect(201);
    }

    private static String closedCase(String region) {
        String caseId = UUID.randomUUID().toString();
        EventProbe.publish(SharedInfrastructure.kafka().bootstrapServers(), "gov.case.events", caseId,
                UUID.randomUUID().toString(), "gov.case.closed.v1", Contracts.example("gov.case.closed.v1")
                        .replace("8f14e45f-ceea-4e7a-9a6f-0d1b2c3d4e5f", caseId)
                        .replace("\"region\":\"440300\"", "\"region\":\"" + region + "\""));
        return caseId;
    }
}
