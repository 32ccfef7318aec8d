package org.example.gov.catalog.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A region's closed days are changed only by an operator whose scope covers the region (issue 11). */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
class ClosedDayScopeIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String provincialOperator;
    String guangzhouOperator;
    String shenzhenOperator;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        provincialOperator = TestTokens.shared().mint("operator1", "440000", "省政务服务数据管理局", "OPERATOR");
        guangzhouOperator = TestTokens.shared().mint("gz-operator", "440100", "市政务服务数据管理局", "OPERATOR");
        shenzhenOperator = TestTokens.shared().mint("sz-operator", "440300", "市政务服务数据管理局", "OPERATOR");
    }

    @Test
    void anOperatorOfAnotherCityCannotCloseOrReopenAShenzhenHallDay() {
        String shenzhen = "/api/calendar/regions/440300/closed-days/2025-10-10";
        String nanshan = "/api/calendar/regions/440305/closed-days/2025-10-10";
        try {
            ApiClient.Response refused = api.put(shenzhen, guangzhouOperator, "{\"reason\":\"系统升级\"}").expect(403);
            assertThat(refused.text("code")).isEqualTo("CALENDAR_REGION_OUT_OF_SCOPE");
            assertThat(refused.text("detail")).contains("440300").contains("运维范围");
            assertThat(closedDays("440300")).isZero();

            // a 深圳 operator closes a 深圳 district's hall; the 广州 operator may not reopen it, the provincial one may
            api.put(nanshan, shenzhenOperator, "{\"reason\":\"系统升级\"}").expect(200);
            assertThat(api.send("DELETE", nanshan, guangzhouOperator, null).expect(403).text("code"))
                    .isEqualTo("CALENDAR_REGION_OUT_OF_SCOPE");
            assertThat(closedDays("440305")).isEqualTo(1);
            api.send("DELETE", nanshan, provincialOperator, null).expect(204);
            assertThat(closedDays("440305")).isZero();
        } finally {
            api.send("DELETE", shenzhen, provincialOperator, null);
            api.send("DELETE", nanshan, provincialOperator, null);
        }
    }

    @Test
    void onlyAProvincialOperatorLoadsAYearsSchedule() {
        String schedule = "{\"year\":2031,\"days\":[{\"name\":\"元旦\",\"date\":\"2031-01-01\",\"isOffDay\":true}]}";
        ApiClient.Response refused = api.put("/api/calendar/years/2031", shenzhenOperator, schedule).expect(403);
        assertThat(refused.text("code")).isEqualTo("CALENDAR_YEAR_PROVINCE_ONLY");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_year WHERE year_number = 2031").query(Long.class).single()).isZero();
    }

    private long closedDays(String region) {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_closed_day WHERE region = :region").param("region", region)
                .query(Long.class).single();
    }
}
