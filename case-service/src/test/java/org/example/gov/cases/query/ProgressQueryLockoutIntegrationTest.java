package org.example.gov.cases.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.example.gov.cases.support.CaseIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (5): the 6-digit query code of the public progress query is no longer guessable: 20 wrong codes lock the
 * case number for 30 minutes, the right code included, and an unknown number locks the same way.
 */
class ProgressQueryLockoutIntegrationTest extends CaseIntegrationTest {

    @Test
    void twentyWrongCodesLockTheCaseNumberButNoOtherAndTheLockEnds() {
        clock.set(Instant.now().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate(), LocalTime.of(10, 0));
        ApiClient.Response target = api.get("/api/cases/" + submitOnline("item-lock"), applicant).expect(200);
        ApiClient.Response other = api.get("/api/cases/" + submitOnline("item-lock"), applicant).expect(200);
        String number = target.text("caseNumber");
        String code = target.text("queryCode");

        for (int i = 0; i < 20; i++) {
            api.get(progress(number, wrong(code, i)), null).expect(404);
        }

        ApiClient.Response locked = api.get(progress(number, code), null);
        assertThat(locked.status()).as("the right code is refused too while locked").isEqualTo(429);
        assertThat(locked.text("code")).isEqualTo("PROGRESS_QUERY_LOCKED");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 1800L);
        assertThat(locked.raw()).doesNotContain(code);
        api.get(progress(other.text("caseNumber"), other.text("queryCode")), null).expect(200);

        clock.set(Instant.now().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate(), LocalTime.of(10, 31));
        api.get(progress(number, code), null).expect(200);
    }

    @Test
    void nineteenWrongCodesThenTheRightOneStartTheCountAgain() {
        ApiClient.Response target = api.get("/api/cases/" + submitOnline("item-lock"), applicant).expect(200);
        String number = target.text("caseNumber");
        String code = target.text("queryCode");

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 19; i++) {
                api.get(progress(number, wrong(code, i)), null).expect(404);
            }
            api.get(progress(number, code), null).expect(200);
        }
    }

    @Test
    void aNumberNoCaseHasLocksTheSameWaySoTheLockRevealsNothing() {
        String unknown = "20991231-ZZZZZZZZ";
        for (int i = 0; i < 20; i++) {
            api.get(progress(unknown, "000000"), null).expect(404);
        }
        assertThat(api.get(progress(unknown, "000000"), null).status()).isEqualTo(429);
    }

    private static String progress(String number, String code) {
        return "/api/cases/progress/" + number + "?queryCode=" + code;
    }

    /** A 6-digit code that is not {@code code}. */
    private static String wrong(String code, int i) {
        return String.format("%06d", (Integer.parseInt(code) + 1 + i) % 1_000_000);
    }
}
