package org.example.gov.trading.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.example.gov.testsupport.CatalogCalendarStandIn;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.Project;
import org.example.gov.trading.tender.ProjectId;
import org.example.gov.trading.tender.ProjectRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The local run's trading demo goes through the real tender rules: one project per stage before the deadline, the
 * downloads sealed like any other; nothing seeded without the property. The clock: Monday 2 March 2026, 10:00 Beijing.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
class DemoTenderSeederIntegrationTest {

    static final CatalogCalendarStandIn CATALOG = CatalogCalendarStandIn.start();

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("platform.clients.item-catalog.url", CATALOG::url);
    }

    @Autowired
    DemoTenderSeeder seeder;

    @Autowired
    ProjectRepository projects;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void seedsOneProjectPerStageThroughTheTenderRules() {
        assertThat(context.getBeansOfType(DemoTenderSeeding.class)).isEmpty(); // off unless demo-seed=true
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));

        Map<String, ProjectId> seeded = seeder.seed().projects();

        List<Project> all = seeded.values().stream().map(id -> projects.find(id).orElseThrow()).toList();
        assertThat(all).extracting(Project::status).containsExactlyInAnyOrder(LotStatus.DRAFT, LotStatus.TENDERING,
                LotStatus.TENDERING, LotStatus.TENDERING, LotStatus.CANCELLED);
        assertThat(all).filteredOn(Project::suspended).hasSize(1);
        Project procurement = all.stream().filter(p -> p.agent() != null).findFirst().orElseThrow();
        assertThat(procurement.amendments()).hasSize(1);
        assertThat(procurement.objections()).singleElement().matches(o -> o.answeredAt() != null);
        Project open = all.stream().filter(p -> p.lots().size() == 2 && p.agent() == null).findFirst().orElseThrow();
        assertThat(open.lots()).allMatch(l -> l.bidDeadline() != null);

        // the demo's downloads are sealed like a real bidder's: no bidder in any row
        List<String> rows = jdbc.sql("SELECT CONCAT(entry_tag, ' ', sealed) FROM document_download")
                .query(String.class).list();
        assertThat(rows).isNotEmpty().noneMatch(r -> r.contains("bidder1") || r.contains("bidder2"));
    }
}
