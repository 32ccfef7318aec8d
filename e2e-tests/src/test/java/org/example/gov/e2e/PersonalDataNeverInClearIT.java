package org.example.gov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.example.gov.launcher.Platform;
import org.example.gov.testsupport.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: an ID number or a phone number never reaches a log in clear. The requests below carry a (fake, valid) ID
 * number and a mobile number where services do log: in ids the catalogue is asked for, in paths, in a rating
 * comment, in a window applicant's own fields (stored, published as events, consumed), and in the request id that
 * every log line of the request carries. Then every service's and the gateway's log is read whole, and every
 * table of every service's schema row by row: none of them may hold the number, the phone or the full name in clear.
 */
class PersonalDataNeverInClearIT {

    static final String ID_NUMBER = "440304199001011233";
    static final String PHONE = "13812345678";
    /** A full name no demo data uses, so finding it anywhere means it was stored in clear. */
    static final String NAME = "司马无痕";
    /** What the log masking must leave no trace of: an 18-character ID number or a mainland mobile number in clear. */
    static final Pattern UNMASKED = Pattern.compile("(?<![0-9A-Za-z])([0-9]{17}[0-9Xx]|1[3-9][0-9]{9})(?![0-9A-Za-z])");

    @Test
    void noLogOfAnyServiceHoldsAnIdOrPhoneNumberInClear() {
        Platform platform = RunningPlatform.get();
        ApiClient gateway = RunningPlatform.gateway();
        String applicant = gateway.devToken("applicant1");
        String clerk = gateway.devToken("clerk1");
        String item = RunningPlatform.publishItem("XK-PD-" + System.nanoTime(), 20, 5);

        gateway.send("POST", "/api/cases", applicant, "{\"itemId\":\"" + ID_NUMBER + "\"}", "X-Request-Id", ID_NUMBER);
        gateway.send("POST", "/api/cases", applicant, "{\"itemId\":\"" + PHONE + "\"}", "X-Request-Id", PHONE);
        gateway.get("/api/catalog/items/" + ID_NUMBER, null);
        gateway.get("/api/cases/progress/" + ID_NUMBER + "?queryCode=" + PHONE.substring(0, 6), null);
        gateway.post("/api/evaluations/ratings", applicant, """
                {"caseId":"%s","stage":"RECEIPT","level":1,"comment":"电话%s 身份证%s"}""".formatted(ID_NUMBER, PHONE, ID_NUMBER));
        // an account id that is an ID number is refused (it would sit in clear in every table and event that joins on it)
        gateway.send("POST", "/api/cases", clerk, """
                {"itemId":"%s","channel":"WINDOW","applicant":{"id":"%s","name":"%s","idNumber":"%s","phone":"%s"}}"""
                .formatted(item, ID_NUMBER, NAME, ID_NUMBER, PHONE), "X-Request-Id", ID_NUMBER).expect(400);
        String window = gateway.send("POST", "/api/cases", clerk, """
                {"itemId":"%s","channel":"WINDOW","applicant":{"id":"citizen-pd-1","name":"%s","idNumber":"%s","phone":"%s"}}"""
                .formatted(item, NAME, ID_NUMBER, PHONE), "X-Request-Id", ID_NUMBER).expect(201).text("id");
        // the full read and the search by number carry both values through every layer (and into the audit trail)
        gateway.get("/api/cases/" + window + "/applicant", clerk).expect(200);
        gateway.post("/api/cases/applicant-search", clerk, "{\"idNumber\":\"" + ID_NUMBER + "\"}").expect(200);
        gateway.post("/api/cases/applicant-search", clerk, "{\"phone\":\"" + PHONE + "\"}").expect(200);
        gateway.post("/api/cases/applicant-search", clerk, "{\"idNumber\":\"" + ID_NUMBER.substring(0, 17) + "0\"}").expect(400);
        // the window case's events travel to evaluation-service: an invitation for the applicant
        await().atMost(Duration.ofSeconds(30)).until(() ->
                RunningPlatform.count("evaluation", "SELECT COUNT(*) FROM invitation WHERE case_id = ?", window) > 0);

        List<String> leaks = new ArrayList<>();
        for (String service : List.of(Platform.CATALOG, Platform.CASES, Platform.EVALUATION, Platform.TRADING,
                Platform.HOTLINE, Platform.GATEWAY)) {
            String log = read(platform, service);
            assertThat(log).as(service + "'s log").isNotBlank();
            Matcher m = UNMASKED.matcher(log);
            while (m.find() && leaks.size() < 20) {
                int from = Math.max(0, m.start() - 80);
                leaks.add(service + ": …" + log.substring(from, Math.min(log.length(), m.end() + 40)).replace('\n', ' ') + "…");
            }
        }
        assertThat(leaks).as("ID or phone numbers in clear in the logs").isEmpty();

        // and no table of any service holds them, or the full name, in clear (the raw rows, as a DBA reads them)
        List<String> cells = new ArrayList<>();
        for (String schema : List.of("catalog", "cases", "evaluation", "hotline", "trading", "gateway")) {
            cells.addAll(RunningPlatform.cellsHolding(schema, List.of(ID_NUMBER, ID_NUMBER.toLowerCase(), PHONE, NAME)));
        }
        assertThat(cells).as("personal data in clear in a table").isEmpty();
    }

    private static String read(Platform platform, String service) {
        try {
            return Files.readString(platform.logOf(service), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
