package org.example.gov.cases.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.example.gov.testsupport.ApiClient;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed callbacks (key id, timestamp, nonce) on every change of a partner's case, retried with back-off, in order,
 * with a delivery log.
 */
class PartnerCallbackIntegrationTest extends PartnerIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate DAY = LocalDate.of(2025, 9, 26);

    @Test
    void callbacksAreSignedRetriedWithBackoffAndNeverOvertakeAnEarlierChangeOfTheCase() throws Exception {
        String reference = "GX-" + UUID.randomUUID();
        PARTNER_ENDPOINT.failNext(2, reference);
        clock.set(DAY, LocalTime.of(9, 30));
        String id = forward(partnerGx, UUID.randomUUID().toString(), forwardBody(UUID.randomUUID().toString(), reference))
                .expect(201).text("id"); // SUBMIT and RECEIVE
        api.post("/api/cases/" + id + "/acceptance", clerk, null).expect(200); // ACCEPT

        // attempt 1 fails; SUBMIT is due again in 10 s, and the later changes must wait for it
        await().atMost(Duration.ofSeconds(10)).until(() -> forCase(id).size() == 1);
        Thread.sleep(1000); // five dispatcher runs
        assertThat(forCase(id)).hasSize(1);
        clock.set(DAY, LocalTime.of(9, 30, 9));
        Thread.sleep(600);
        assertThat(forCase(id)).as("not before its back-off of 10 s").hasSize(1);

        clock.set(DAY, LocalTime.of(9, 30, 10)); // attempt 2 fails: next in 20 s
        await().atMost(Duration.ofSeconds(10)).until(() -> forCase(id).size() == 2);
        Thread.sleep(600);
        assertThat(forCase(id)).hasSize(2);

        clock.set(DAY, LocalTime.of(9, 30, 30)); // attempt 3 is acknowledged, then the rest follow in order
        await().atMost(Duration.ofSeconds(10)).until(() -> forCase(id).size() == 5);

        List<PartnerEndpointStub.Received> received = forCase(id);
        assertThat(received).extracting(r -> action(r)).containsExactly("SUBMIT", "SUBMIT", "SUBMIT", "RECEIVE", "ACCEPT");
        assertThat(received).extracting(PartnerEndpointStub.Received::answered).containsExactly(500, 500, 200, 200, 200);
        assertThat(received.subList(0, 3)).extracting(PartnerEndpointStub.Received::callbackId)
                .containsOnly(received.getFirst().callbackId());
        assertThat(received).extracting(PartnerEndpointStub.Received::nonce).as("a new nonce for every attempt")
                .doesNotHaveDuplicates();
        for (PartnerEndpointStub.Received r : received) {
            assertThat(r.keyId()).isEqualTo(GX_CALLBACK_KEY_ID);
            assertThat(r.nonce()).matches("[A-Za-z0-9_-]{16,64}");
            // the partner's side of the README recipe: hex(HMAC-SHA256(secret, timestamp.nonce.body))
            assertThat(r.signature()).isEqualTo(hmac(GX_SECRET, r.timestamp() + "." + r.nonce() + "." + r.body()));
            assertThat(r.signature()).as("the nonce is signed").isNotEqualTo(hmac(GX_SECRET, r.timestamp() + "." + r.body()));
            assertThat(JSON.readTree(r.body()).path("callbackId").asString()).isEqualTo(r.callbackId());
        }
        assertThat(received.get(2).timestamp()).isEqualTo(Long.toString(clock.instant().getEpochSecond()));
        JsonNode accepted = JSON.readTree(received.get(4).body());
        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("dueDate").asString()).isEqualTo("2025-10-10");
        assertThat(accepted.path("actorRole").asString()).isEqualTo("CLERK");
        assertThat(accepted.has("actorId")).as("staff identities stay inside").isFalse();

        ApiClient.Response log = api.get("/api/partner/callbacks?size=100", partnerGx).expect(200);
        List<JsonNode> submitAttempts = log.body().path("content").valueStream()
                .filter(a -> a.path("callbackId").asString().equals(received.getFirst().callbackId())).toList();
        assertThat(submitAttempts).extracting(a -> a.path("attempt").asInt()).containsExactly(3, 2, 1);
        assertThat(submitAttempts).extracting(a -> a.path("httpStatus").asInt()).containsExactly(200, 500, 500);
        assertThat(submitAttempts).extracting(a -> a.path("acknowledged").asBoolean()).containsExactly(true, false, false);
        assertThat(submitAttempts).allSatisfy(a -> assertThat(a.path("durationMs").isNumber()).isTrue());
        assertThat(log.body().path("content").valueStream().filter(a -> a.path("caseId").asString().equals(id)))
                .hasSize(5);
        assertThat(api.get("/api/partner/callbacks", partnerZj).expect(200).raw()).doesNotContain(id);
    }

    @Test
    void callbacksOfAPartnerWithoutCallbackUrlAreRecordedAndWait() throws Exception {
        String id = forwardNew(partnerZj);
        Thread.sleep(600);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_callback WHERE case_id = :id AND delivered_at IS NULL")
                .param("id", id).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_callback_attempt WHERE case_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(PARTNER_ENDPOINT.received()).noneMatch(r -> r.body().contains(id));
    }

    private static List<PartnerEndpointStub.Received> forCase(String caseId) {
        return PARTNER_ENDPOINT.received().stream().filter(r -> r.body().contains("\"caseId\":\"" + caseId + "\"")).toList();
    }

    private static String action(PartnerEndpointStub.Received r) {
        return JSON.readTree(r.body()).path("action").asString();
    }

    private static String hmac(String secret, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }
}
