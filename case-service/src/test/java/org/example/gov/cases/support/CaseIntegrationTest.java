package org.example.gov.cases.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.example.gov.cases.casefile.web.CatalogStub;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.TestTokens;
import org.example.gov.testsupport.TestApplicants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of case-service integration tests: the whole service on real MariaDB and Kafka, the catalogue stub with the
 * official calendar, a settable clock, tokens for the usual actors. One configuration, so one cached context.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
public abstract class CaseIntegrationTest {

    protected static final CatalogStub CATALOG = startCatalog();

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("platform.clients.item-catalog.url", CATALOG::url);
        registry.add("platform.cases.supervision.scan-interval", () -> "PT1H"); // tests drive the scans themselves
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected MutableClock clock;

    protected ApiClient api;
    protected final String applicant = TestTokens.shared().mint("applicant1", "440300", null, "APPLICANT");
    protected final String otherApplicant = TestTokens.shared().mint("applicant2", "440300", null, "APPLICANT");
    protected final String clerk = TestTokens.shared().mint("clerk1", "440300", "市政务服务数据管理局", "CLERK");
    protected final String approver = TestTokens.shared().mint("approver1", "440300", "市市场监督管理局", "APPROVER");
    protected final String supervisor = TestTokens.shared().mint("supervisor1", "440300", "市政务服务数据管理局", "SUPERVISOR");
    /** Staff of 广州 (440100): same short department names as 深圳's, other departments. */
    protected final String guangzhouClerk = TestTokens.shared().mint("clerk-gz", "440100", "市政务服务数据管理局", "CLERK");
    protected final String guangzhouApprover = TestTokens.shared().mint("approver-gz", "440100", "市市场监督管理局", "APPROVER");
    protected final String provincialSupervisor = TestTokens.shared().mint("supervisor-gd", "440000", "省政务服务数据管理局",
            "SUPERVISOR");

    @BeforeEach
    void setUpClient() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Submits online as applicant1 and returns the case id. */
    protected String submitOnline(String itemId) {
        return api.post("/api/cases", applicant, TestApplicants.online(itemId)).expect(201).text("id");
    }

    /** Submits, receives and accepts (by 深圳's clerk); returns the case id. */
    protected String accepted(String itemId) {
        return accepted(itemId, clerk);
    }

    /** Submits, receives and accepts by the given clerk (of the item's region); returns the case id. */
    protected String accepted(String itemId, String byClerk) {
        String id = submitOnline(itemId);
        api.post("/api/cases/" + id + "/reception", byClerk, null).expect(200);
        api.post("/api/cases/" + id + "/acceptance", byClerk, null).expect(200);
        return id;
    }

    protected long countCases() {
        return jdbc.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single();
    }

    private static CatalogStub startCatalog() {
        try {
            return new CatalogStub();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
