package org.example.gov.hotline.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.example.gov.calendar.ShanghaiDate;
import org.junit.jupiter.api.Test;

/** The hand-written parts of the documents against what the JDK writes. */
class Open311DocumentsTest {

    @Test
    void dateTimesAreWhatIsoOffsetDateTimeWritesToTheSecondInChinaTime() {
        Random random = new Random(311);
        List<Instant> instants = new ArrayList<>(List.of(Instant.parse("2025-09-26T02:00:00Z"),
                Instant.parse("2025-12-31T16:00:00Z"), Instant.parse("1988-07-01T00:00:00Z"), // summer time then: +09:00
                Instant.parse("2025-09-26T02:00:00.999Z")));
        for (int i = 0; i < 10_000; i++) {
            instants.add(Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000)));
        }
        for (Instant instant : instants) {
            String jdk = OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ShanghaiDate.ZONE)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            assertThat(Open311Documents.datetime(instant)).as(instant.toString()).isEqualTo(jdk);
        }
        assertThat(Open311Documents.datetime(Instant.parse("2025-09-26T02:00:00Z")))
                .isEqualTo("2025-09-26T10:00:00+08:00");
        assertThat(Open311Documents.datetime(null)).isNull();
    }

    @Test
    void xmlIsUtf8WithTheDeclarationAndTheItemNames() {
        Map<String, Object> request = Open311Documents.fields();
        request.put("service_request_id", "RX1");
        request.put("description", "楼上漏水 & <噪音>");
        request.put("media_url", null);

        String xml = new String(Open311Documents.xml("service_requests", List.of(request)), StandardCharsets.UTF_8);

        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"utf-8\"?><service_requests><request>"
                + "<service_request_id>RX1</service_request_id><description>楼上漏水 &amp; &lt;噪音&gt;</description>"
                + "<media_url/></request></service_requests>");
    }
}
