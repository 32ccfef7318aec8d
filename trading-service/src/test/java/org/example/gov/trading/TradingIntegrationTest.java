package org.example.gov.trading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.CatalogCalendarStandIn;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.trading.scoring.EvaluationSteps;
import org.example.gov.trading.scoring.OpenedBidsStandIn;
import org.example.gov.trading.tender.TenderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the tests of a lot's later stages share (evaluation, publicity, award, contract, complaints): the service on real
 * MariaDB and Kafka with the catalogue's calendar stood in, a clock the test moves (2 March 2026, 10:00 Beijing at the
 * start of each test), the opened bids given by {@link OpenedBidsStandIn}, a REST client and {@link EvaluationSteps}.
 */
@PlatformIntegrationTest
@Import({ MutableClock.Config.class, OpenedBidsStandIn.class })
public abstract class TradingIntegrationTest {

    protected static final CatalogCalendarStandIn CATALOG = CatalogCalendarStandIn.start();

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("platform.clients.item-catalog.url", CATALOG::url);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected TenderService tenders;

    protected ApiClient api;
    protected EvaluationSteps steps;

    @BeforeEach
    void startOnTheSecondOfMarch() {
        api = new ApiClient("http://127.0.0.1:" + port);
        steps = new EvaluationSteps(api, tenders, clock);
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A problem document with its status and code. */
    protected static void assertProblem(ApiClient.Response r, int status, String code) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.text("code")).as(r.raw()).isEqualTo(code);
    }
}
