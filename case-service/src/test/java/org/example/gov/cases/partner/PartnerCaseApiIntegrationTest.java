package org.example.gov.cases.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.example.gov.testsupport.ApiClient;
import org.junit.jupiter.api.Test;

/** 跨省通办: a partner city forwards cases idempotently and sees only its own. */
class PartnerCaseApiIntegrationTest extends PartnerIntegrationTest {

    @Test
    void aForwardedCaseIsReceivedAtOnceAndItsClockStartsWhenTheCompetentPlaceAccepts() {
        clock.set(LocalDate.of(2025, 9, 26), LocalTime.of(9, 30));
        String reference = "GX-" + UUID.randomUUID();
        ApiClient.Response created = forward(partnerGx, UUID.randomUUID().toString(),
                forwardBody(UUID.randomUUID().toString(), reference)).expect(201);
        String id = created.text("id");
        assertThat(created.header("Location")).isEqualTo("/api/partner/cases/" + id);
        assertThat(created.text("status")).isEqualTo("RECEIVED");
        assertThat(created.text("partnerReference")).isEqualTo(reference);
        assertThat(created.body().path("dueDate").isNull()).isTrue();
        assertThat(created.body().path("history").findValuesAsString("action")).containsExactly("SUBMIT", "RECEIVE");
        assertThat(created.body().path("history").findValuesAsString("role")).containsOnly("PARTNER");
        assertThat(created.body().path("history").get(0).path("location").asString())
                .isEqualTo("南宁市政务服务平台 青秀区政务服务中心 3号窗口");
        assertThat(created.raw()).doesNotContain("queryCode").doesNotContain("actorId");

        api.post("/api/cases/" + id + "/acceptance", clerk, "{\"location\":\"市民中心 A区 12号窗口\"}").expect(200);
        ApiClient.Response accepted = api.get("/api/partner/cases/" + id, partnerGx).expect(200);
        assertThat(accepted.text("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.text("dueDate")).isEqualTo("2025-10-10");
        assertThat(accepted.body().path("history").get(2).path("role").asString()).isEqualTo("CLERK");
        assertThat(accepted.body().path("history").get(2).path("location").asString()).isEqualTo("市民中心 A区 12号窗口");
        assertThat(jdbc.sql("SELECT channel FROM case_file WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("PARTNER");
    }

    @Test
    void retryingAForwardFiveTimesCreatesOneCaseAndAnswersItWithTheSameBody() {
        String key = UUID.randomUUID().toString();
        String reference = "GX-" + UUID.randomUUID();
        String body = forwardBody(UUID.randomUUID().toString(), reference);
        ApiClient.Response first = forward(partnerGx, key, body).expect(201);
        for (int retry = 0; retry < 4; retry++) {
            ApiClient.Response again = forward(partnerGx, key, body).expect(200);
            assertThat(again.raw()).isEqualTo(first.raw());
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        }
        assertThat(casesWithReference(reference)).isEqualTo(1);
        String caseId = first.text("id");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT kind, action, subject_id FROM audit_pending
                                      UNION ALL SELECT kind, action, subject_id FROM audit_log) a
                WHERE kind = 'PARTNER_CALL' AND action = 'partner.forward' AND subject_id = :id""")
                .param("id", caseId).query(Long.class).single()).as("the forward is audited once, not per retry").isEqualTo(1);
    }

    @Test
    void fiveConcurrentForwardsWithOneKeyCreateOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        String reference = "GX-" + UUID.randomUUID();
        String body = forwardBody(UUID.randomUUID().toString(), reference);
        CyclicBarrier start = new CyclicBarrier(5);
        List<ApiClient.Response> responses = new ArrayList<>();
        try (ExecutorService partners = Executors.newFixedThreadPool(5)) {
            List<Future<ApiClient.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(partners.submit(() -> {
                    start.await();
                    return forward(partnerGx, key, body);
                }));
            }
            for (Future<ApiClient.Response> call : calls) {
                responses.add(call.get());
            }
        }
        assertThat(responses).extracting(ApiClient.Response::status).containsOnly(200, 201)
                .filteredOn(status -> status == 201).hasSize(1);
        assertThat(responses).extracting(r -> r.text("id")).containsOnly(responses.getFirst().text("id"));
        assertThat(casesWithReference(reference)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String reference = "GX-" + UUID.randomUUID();
        String itemId = UUID.randomUUID().toString();
        String id = forward(partnerGx, key, forwardBody(itemId, reference)).expect(201).text("id");

        ApiClient.Response reused = forward(partnerGx, key, forwardBody(itemId, reference, "李四")).expect(422);
        assertThat(reused.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(reused.raw()).contains(id);
        assertThat(casesWithReference(reference)).isEqualTo(1);
        // the key belongs to the partner: another partner may use the same one for its own case
        forward(partnerZj, key, forwardBody(itemId, reference)).expect(201);
    }

    @Test
    void aForwardWithoutAUsableIdempotencyKeyIs400() {
        String reference = "GX-" + UUID.randomUUID();
        String body = forwardBody(UUID.randomUUID().toString(), reference);
        ApiClient.Response missing = api.post("/api/partner/cases", partnerGx, body).expect(400);
        assertThat(missing.text("code")).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(missing.header("Content-Type")).contains("application/problem+json");
        assertThat(forward(partnerGx, "k".repeat(101), body).expect(400).text("code")).isEqualTo("IDEMPOTENCY_KEY_INVALID");
        forward(partnerGx, UUID.randomUUID().toString(), "{\"itemId\":\"x\"}").expect(400);
        assertThat(casesWithReference(reference)).isZero();
    }

    @Test
    void aPartnerSeesOnlyItsOwnCases() {
        String gxCase = forwardNew(partnerGx);
        String zjCase = forwardNew(partnerZj);

        assertThat(api.get("/api/partner/cases/" + gxCase, partnerZj).expect(404).text("code")).isEqualTo("CASE_NOT_FOUND");
        api.get("/api/partner/cases/" + zjCase, partnerGx).expect(404);
        api.get("/api/partner/cases/not-a-case-id", partnerGx).expect(404);

        ApiClient.Response zjList = api.get("/api/partner/cases?page=0&size=100", partnerZj).expect(200);
        List<String> zjIds = ids(zjList);
        assertThat(zjIds).contains(zjCase).doesNotContain(gxCase);
        assertThat(zjList.body().path("totalElements").asLong()).isEqualTo(countFor("partner-zj"));
        List<String> gxIds = ids(api.get("/api/partner/cases?size=100", partnerGx).expect(200));
        assertThat(gxIds).contains(gxCase).doesNotContain(zjCase);
        assertThat(gxIds).hasSize((int) Math.min(100, countFor("partner-gx")));
    }

    @Test
    void frontEndTokensAndUnknownPartnersAre403() {
        String body = forwardBody(UUID.randomUUID().toString(), "GX-" + UUID.randomUUID());
        String gxCase = forwardNew(partnerGx);
        for (String token : new String[] {applicant, clerk, supervisor}) {
            assertThat(forward(token, UUID.randomUUID().toString(), body).expect(403).text("code")).isEqualTo("FORBIDDEN");
            api.post("/api/partner/cases", token, "{").expect(403); // the role is checked before the body is read
            api.get("/api/partner/cases", token).expect(403);
            api.get("/api/partner/cases/" + gxCase, token).expect(403);
            api.get("/api/partner/callbacks", token).expect(403);
        }
        String unknown = org.example.gov.testsupport.TestTokens.shared().mint("partner-xx", "530100", null, "PARTNER");
        assertThat(forward(unknown, UUID.randomUUID().toString(), body).expect(403).text("code"))
                .isEqualTo("PARTNER_UNKNOWN");
        api.get("/api/partner/cases", unknown).expect(403);
        api.get("/api/partner/cases", null).expect(401);
    }

    private static List<String> ids(ApiClient.Response page) {
        List<String> ids = new ArrayList<>();
        page.body().path("content").forEach(c -> ids.add(c.path("id").asString()));
        return ids;
    }

    private long casesWithReference(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM case_file WHERE partner_reference = :ref").param("ref", reference)
                .query(Long.class).single();
    }

    private long countFor(String partnerId) {
        return jdbc.sql("SELECT COUNT(*) FROM case_file WHERE partner_id = :p").param("p", partnerId)
                .query(Long.class).single();
    }
}
