package org.example.gov.hotline.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.hotline.support.TicketRows;
import org.example.gov.hotline.support.TicketRows.Row;
import org.example.gov.testsupport.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The monthly figures on a hand-made month (November 2025, Shenzhen), each number worked out by hand in the comments.
 */
class MonthlyStatisticsIntegrationTest extends HotlineIntegrationTest {

    private static final String ENVIRONMENT = "市生态环境局";

    private static Instant cst(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ShanghaiDate.ZONE).toInstant();
    }

    @BeforeEach
    void month() {
        Row base = Row.of("010102", "440304", cst("2025-11-03T10:00"));
        TicketRows.insert(jdbc, List.of(
                // T1, T2: consults answered directly
                base.type("CONSULT", "PHONE").directlyAnswered(cst("2025-11-03T10:05")),
                base.type("CONSULT", "WEB").directlyAnswered(cst("2025-11-03T10:06")),
                // T3: closed before its deadline, satisfied
                base.dispatched("440300", HOUSING, cst("2025-11-03T11:00"), cst("2025-11-20T23:59:59"))
                        .handled("CLOSED", cst("2025-11-18T09:00"), 1, List.of("SATISFIED"), 0, 0),
                // T4 (福田's neighbour 罗湖): closed late, the caller never reached
                Row.of("010102", "440303", cst("2025-11-04T10:00"))
                        .dispatched("440300", HOUSING, cst("2025-11-04T11:00"), cst("2025-11-20T23:59:59"))
                        .handled("CLOSED", cst("2025-11-25T09:00"), 1,
                                List.of("UNREACHABLE", "UNREACHABLE", "UNREACHABLE"), 0, 0),
                // T5: help for the environment bureau, returned once, unsatisfied and reopened, now past its deadline
                base.type("HELP", "APP").dispatched("440300", ENVIRONMENT, cst("2025-11-05T09:00"),
                        cst("2025-11-28T23:59:59")).handled("HANDLING", null, 1, List.of("UNSATISFIED"), 1, 1),
                // T6: a report returned twice, not due yet
                base.type("REPORT", "PHONE").dispatched("440300", HOUSING, cst("2025-11-06T09:00"),
                        cst("2025-12-20T23:59:59")).handled("HANDLING", null, 0, List.of(), 2, 0),
                // T7: a suggestion replied, not called back yet, not due yet
                base.type("SUGGESTION", "WECHAT").dispatched("440300", HOUSING, cst("2025-11-07T09:00"),
                        cst("2025-12-20T23:59:59")).handled("REPLIED", null, 1, List.of(), 0, 0),
                // T8: unsatisfied, redone, then satisfied; closed on time
                base.dispatched("440300", HOUSING, cst("2025-11-03T11:00"), cst("2025-11-20T23:59:59"))
                        .handled("CLOSED", cst("2025-11-19T09:00"), 2, List.of("UNSATISFIED", "SATISFIED"), 0, 1),
                // T9: 23:30 on 31 October in Beijing: October's
                Row.of("010102", "440304", cst("2025-10-31T23:30")).type("CONSULT", "PHONE"),
                // T10: 00:30 on 1 November in Beijing (still 31 October in UTC): November's
                Row.of("010102", "440304", cst("2025-11-01T00:30")).type("CONSULT", "PHONE"),
                // T11: Guangzhou's, led by Guangzhou's housing bureau of the same name
                Row.of("010102", "440104", cst("2025-11-03T10:00"))
                        .dispatched("440100", HOUSING, cst("2025-11-03T11:00"), cst("2025-11-20T23:59:59"))
                        .handled("CLOSED", cst("2025-11-10T09:00"), 1, List.of("UNSATISFIED"), 1, 0)));
        today("2025-12-10", "09:00");
    }

    private JsonNode figures(String query, String token) {
        return api.get("/api/hotline/statistics/monthly?" + query, token).expect(200).body();
    }

    private static void rate(JsonNode rate, long count, long of, String value) {
        assertThat(rate.path("count").asLong()).as(rate.toString()).isEqualTo(count);
        assertThat(rate.path("of").asLong()).as(rate.toString()).isEqualTo(of);
        if (value == null) {
            assertThat(rate.path("rate").isNull()).as(rate.toString()).isTrue();
        } else {
            assertThat(rate.path("rate").decimalValue()).as(rate.toString()).isEqualByComparingTo(value);
        }
    }

    @Test
    void theCitysMonthCountedByHand() {
        JsonNode f = figures("month=2025-11&region=440300", supervisor);

        // T1–T8 and T10: nine tickets (T9 is October's, T11 Guangzhou's)
        assertThat(f.path("volume").path("total").asLong()).isEqualTo(9);
        assertThat(f.path("volume").path("byType").toString())
                .isEqualTo("{\"COMPLAINT\":3,\"CONSULT\":3,\"HELP\":1,\"REPORT\":1,\"SUGGESTION\":1}");
        assertThat(f.path("volume").path("byChannel").toString())
                .isEqualTo("{\"APP\":1,\"PHONE\":6,\"WEB\":1,\"WECHAT\":1}");
        rate(f.path("directAnswer"), 2, 9, "0.2222");
        // assessed: T3, T4, T8 closed, T5 open past due (T6, T7 not due yet); on time: T3, T8
        rate(f.path("onTimeCompletion"), 2, 4, "0.5000");
        // dispatched T3–T8; returned T5, T6
        rate(f.path("returns"), 2, 6, "0.3333");
        // replied T3, T4, T5, T7, T8; called back all but T7
        rate(f.path("callBack"), 4, 5, "0.8000");
        // last call-backs: T3 satisfied, T4 unreachable (excluded), T5 unsatisfied, T8 satisfied → 2 of 3, not 2 of 4
        JsonNode s = f.path("satisfaction");
        assertThat(s.path("satisfied").asLong()).isEqualTo(2);
        assertThat(s.path("rated").asLong()).isEqualTo(3);
        assertThat(s.path("unreachable").asLong()).isEqualTo(1);
        assertThat(s.path("rate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(f.path("redoCount").asLong()).isEqualTo(2);

        // the centre reads the same; one district only has its own
        assertThat(figures("month=2025-11&region=440300", agent).path("volume").path("total").asLong()).isEqualTo(9);
        assertThat(figures("month=2025-11&region=440304", supervisor).path("volume").path("total").asLong()).isEqualTo(8);
        assertThat(figures("month=2025-10&region=440300", supervisor).path("volume").path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aDepartmentSeesTheTicketsItLeads() {
        JsonNode own = figures("month=2025-11&region=440300", handler);

        // T3, T4, T6, T7, T8 (T5 is the environment bureau's, T11 Guangzhou's bureau of the same name)
        assertThat(own.path("department").asString()).isEqualTo(HOUSING);
        assertThat(own.path("volume").path("total").asLong()).isEqualTo(5);
        rate(own.path("directAnswer"), 0, 5, "0.0000");
        rate(own.path("onTimeCompletion"), 2, 3, "0.6667");
        rate(own.path("returns"), 1, 5, "0.2000");
        rate(own.path("callBack"), 3, 4, "0.7500");
        assertThat(own.path("satisfaction").path("rate").decimalValue()).isEqualByComparingTo("1");
        assertThat(own.path("redoCount").asLong()).isEqualTo(1);

        // the supervisor asking for that department reads the same figures
        assertThat(figures("month=2025-11&region=440300&department=" + HOUSING, supervisor).toString())
                .isEqualTo(own.toString());
        // an empty month: no rate rather than 0 %
        rate(figures("month=2025-09&region=440300", handler).path("onTimeCompletion"), 0, 0, null);
    }

    @Test
    void figuresAreScoped() {
        assertProblem(api.get("/api/hotline/statistics/monthly?month=2025-11&region=440300", guangzhouAgent), 403,
                "STATISTICS_OUT_OF_SCOPE");
        assertProblem(api.get("/api/hotline/statistics/monthly?month=2025-11&region=440000", supervisor), 403,
                "STATISTICS_OUT_OF_SCOPE");
        assertProblem(api.get("/api/hotline/statistics/monthly?month=2025-11&region=440300&department=市生态环境局",
                handler), 403, "STATISTICS_OUT_OF_SCOPE");
        assertProblem(api.get("/api/hotline/statistics/monthly?month=2025-11&region=440100", handler), 403,
                "STATISTICS_OUT_OF_SCOPE");
        assertProblem(api.get("/api/hotline/statistics/monthly?month=2025-11&region=440300", clerk), 403, null);
        assertProblem(api.get("/api/hotline/statistics/monthly?month=2025-13&region=440300", supervisor), 400, null);
        ApiClient.Response noRegion = api.get("/api/hotline/statistics/monthly?month=2025-11", supervisor);
        assertProblem(noRegion, 400, null);
    }
}
