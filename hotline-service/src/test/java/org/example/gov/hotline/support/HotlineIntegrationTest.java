package org.example.gov.hotline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.CatalogCalendarStandIn;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of hotline-service integration tests: the whole service on real MariaDB and Kafka, the catalogue's calendar
 * stand-in (the official years), a settable clock, tokens for the usual actors. One configuration, so one cached
 * context.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
public abstract class HotlineIntegrationTest {

    protected static final CatalogCalendarStandIn CATALOG = CatalogCalendarStandIn.start();
    protected static final String HOUSING = "市住房和建设局";

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("platform.clients.item-catalog.url", CATALOG::url);
        registry.add("platform.hotline.supervision.scan-interval", () -> "PT1H"); // tests drive the scans themselves
        registry.add("platform.hotline.supervision.initial-delay", () -> "PT1H");
        registry.add("platform.hotline.hotspots.scan-interval", () -> "PT1H"); // and the hotspot scan
        registry.add("platform.hotline.hotspots.initial-delay", () -> "PT1H");
        // lists asked again after a change see it (Open311ListCacheTest covers the cache on its own)
        registry.add("platform.hotline.open311.list-cache-ttl", () -> "0s");
        // and a work list's "1,000+" (TicketWorkListIntegrationTest covers keeping it)
        registry.add("platform.hotline.work-list.capped-count-ttl", () -> "0s");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected MutableClock clock;

    protected ApiClient api;
    protected final String agent = TestTokens.shared().mint("agent1", "440300", "市12345热线中心", "HOTLINE_AGENT");
    protected final String handler = TestTokens.shared().mint("handler1", "440300", HOUSING, "HOTLINE_HANDLER");
    protected final String environmentHandler = TestTokens.shared().mint("handler-env", "440300", "市生态环境局",
            "HOTLINE_HANDLER");
    protected final String marketHandler = TestTokens.shared().mint("handler-market", "440300", "市市场监督管理局",
            "HOTLINE_HANDLER");
    protected final String supervisor = TestTokens.shared().mint("supervisor1", "440300", "市政务服务数据管理局", "SUPERVISOR");
    protected final String applicant = TestTokens.shared().mint("applicant1", "440300", null, "APPLICANT");
    protected final String otherApplicant = TestTokens.shared().mint("applicant2", "440300", null, "APPLICANT");
    /** 广州 (440100): same short department name, another department. */
    protected final String guangzhouAgent = TestTokens.shared().mint("agent-gz", "440100", "市12345热线中心", "HOTLINE_AGENT");
    protected final String guangzhouHandler = TestTokens.shared().mint("handler-gz", "440100", HOUSING, "HOTLINE_HANDLER");
    protected final String clerk = TestTokens.shared().mint("clerk1", "440300", "市政务服务数据管理局", "CLERK");

    @BeforeEach
    void setUpClient() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    /**
     * Every test starts without tickets: intake merges a caller's repeat call into their open ticket of the same
     * category (重复件), so tickets left open by another test with the same caller would take this test's intake.
     */
    @BeforeEach
    void forgetTickets() {
        jdbc.sql("DELETE FROM ticket_history").update();
        jdbc.sql("DELETE FROM ticket_assist").update();
        jdbc.sql("DELETE FROM ticket").update();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected void today(String day, String time) {
        clock.set(LocalDate.parse(day), LocalTime.parse(time));
    }

    /** A complaint about a leaking flat in 福田 (category 010102, routed to 市住房和建设局 by the seeded list). */
    protected static String complaint(String name, String phone, boolean confidential) {
        return """
                {"channel":"PHONE","type":"COMPLAINT","categoryCode":"010102",
                 "location":{"region":"440304","address":"福田区莲花街道某小区 3 栋 1201","latitude":22.547,"longitude":114.059},
                 "description":"楼上住户卫生间漏水，物业不处理","caller":{"name":"%s","phone":"%s"},"confidential":%s,
                 "attachments":[{"name":"漏水照片.jpg","type":"image/jpeg","size":204800,
                                 "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]}"""
                .formatted(name, phone, confidential);
    }

    /** Records a complaint as agent1 and dispatches it per the responsibility list; returns the ticket id. */
    protected String dispatchedComplaint(boolean confidential) {
        return dispatchedComplaint(confidential, "13912345678");
    }

    /** The same from another caller's phone (the same caller's second call would be merged into the first: 重复件). */
    protected String dispatchedComplaint(boolean confidential, String phone) {
        String id = api.post("/api/hotline/tickets", agent, complaint("欧阳娜娜", phone, confidential)).expect(201)
                .text("id");
        api.post("/api/hotline/tickets/" + id + "/dispatch", agent, "{}").expect(200);
        return id;
    }

    /** A Problem Details answer with this status and, unless null, this code. */
    protected static void assertProblem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        if (code != null) {
            assertThat(response.text("code")).as(response.raw()).isEqualTo(code);
        }
    }

    protected long countTickets() {
        return jdbc.sql("SELECT COUNT(*) FROM ticket").query(Long.class).single();
    }
}
