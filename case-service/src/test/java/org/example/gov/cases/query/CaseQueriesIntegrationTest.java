package org.example.gov.cases.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.example.gov.cases.support.CaseIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestApplicants;
import org.junit.jupiter.api.Test;

class CaseQueriesIntegrationTest extends CaseIntegrationTest {

    @Test
    void theProgressQueryNeedsTheRightCodeNoLoginAndShowsNoPersonalData() {
        ApiClient.Response created = api.post("/api/cases", applicant, TestApplicants.online(UUID.randomUUID())).expect(201);
        String number = created.text("caseNumber");
        String code = created.text("queryCode");
        api.post("/api/cases/" + created.text("id") + "/reception", clerk, "{\"location\":\"市民中心 A区 12号窗口\"}").expect(200);

        ApiClient.Response progress = api.get("/api/cases/progress/" + number + "?queryCode=" + code, null).expect(200);
        assertThat(progress.text("status")).isEqualTo("RECEIVED");
        assertThat(progress.body().path("steps").findValuesAsString("action")).containsExactly("submit", "receive");
        assertThat(progress.raw()).doesNotContain("applicant1").doesNotContain("clerk1").doesNotContain("张三");

        String wrong = code.equals("000000") ? "000001" : "000000";
        ApiClient.Response denied = api.get("/api/cases/progress/" + number + "?queryCode=" + wrong, null).expect(404);
        ApiClient.Response unknown = api.get("/api/cases/progress/20250101-AAAAAAAA?queryCode=" + code, null).expect(404);
        assertThat(denied.text("code")).isEqualTo(unknown.text("code")).isEqualTo("CASE_NOT_FOUND");
        assertThat(api.get("/api/cases/progress/" + number + "?queryCode=abc", null).expect(400).text("code"))
                .isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void staffListCasesByStatusAndDueDateWhileApplicantsSeeOnlyTheirOwn() {
        clock.set(LocalDate.of(2025, 9, 26), LocalTime.of(10, 0));
        String id = accepted(UUID.randomUUID().toString());
        String mine = submitOnline(UUID.randomUUID().toString());

        ApiClient.Response due = api.get("/api/cases?status=ACCEPTED&dueBefore=2025-10-10&size=200", clerk).expect(200);
        assertThat(due.body().path("content").findValuesAsString("id")).contains(id).doesNotContain(mine);
        ApiClient.Response others = api.get("/api/cases?size=200", otherApplicant).expect(200);
        assertThat(others.body().path("content").findValuesAsString("id")).doesNotContain(id, mine);
        assertThat(api.get("/api/cases?status=NOPE", clerk).expect(400).text("code")).isNotBlank();
    }

    @Test
    void refusalsOfPublicItemsArePublishedWithReasonsAndStatisticsCountOnTimeEarlyAndOverdue() {
        clock.set(LocalDate.of(2025, 9, 26), LocalTime.of(10, 0));
        String onTime = accepted(UUID.randomUUID().toString());
        String late = accepted(UUID.randomUUID().toString());
        String open = accepted(UUID.randomUUID().toString());
        clock.set(LocalDate.of(2025, 9, 29), LocalTime.of(10, 0)); // early: due 10-10
        api.post("/api/cases/" + onTime + "/decision", approver, "{\"outcome\":\"REFUSED\",\"reasons\":\"经营场所不符合要求\"}")
                .expect(200);
        clock.set(LocalDate.of(2025, 10, 13), LocalTime.of(10, 0)); // late
        api.post("/api/cases/" + late + "/decision", approver, "{\"outcome\":\"APPROVED\"}").expect(200);

        ApiClient.Response results = api.get("/api/cases/results?size=200", null).expect(200);
        assertThat(results.raw()).contains("经营场所不符合要求").doesNotContain("applicant1").doesNotContain("张三");

        ApiClient.Response stats = api.get("/api/cases/statistics?from=2025-09-26&to=2025-09-26&groupBy=REGION", supervisor)
                .expect(200);
        assertThat(stats.body().path("groups").get(0).path("group").asString()).isEqualTo("440300");
        assertThat(stats.body().path("groups").get(0).path("completed").asLong()).isGreaterThanOrEqualTo(2);
        long[] before = {stats.body().path("groups").get(0).path("onTime").asLong(), stats.body().path("groups").get(0).path("overdue").asLong()};
        assertThat(before[0]).isGreaterThanOrEqualTo(1);
        assertThat(before[1]).as("one decided late, one open past its due date").isGreaterThanOrEqualTo(2);
        assertThat(stats.body().path("groups").get(0).path("onTimeRate").isNumber()).isTrue();
        assertThat(api.get("/api/cases/statistics?from=2025-10-01&to=2025-09-01", supervisor).expect(422).text("code"))
                .isEqualTo("STATISTICS_PERIOD_INVALID");
        assertThat(api.get("/api/cases/statistics?from=2025-09-01&to=2025-09-30", clerk).status()).isEqualTo(403);
        assertThat(open).isNotBlank();
    }

    @Test
    void pageNumbersAreBoundedSoNoListAsksTheDatabaseToSkipMillionsOfRows() {
        assertThat(api.get("/api/cases?page=10001", clerk).expect(400).text("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get("/api/cases/results?page=10001", null).expect(400).text("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get("/api/cases/warnings?page=10001", supervisor).expect(400).text("code"))
                .isEqualTo("VALIDATION_FAILED");
        api.get("/api/cases/results?page=10000", null).expect(200);
    }
}
