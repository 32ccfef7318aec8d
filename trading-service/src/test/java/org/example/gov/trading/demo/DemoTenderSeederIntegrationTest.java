package org.example.gov.trading.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.example.gov.platform.security.Actor;
import org.example.gov.testsupport.CatalogCalendarStandIn;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.trading.bid.BidService;
import org.example.gov.trading.bid.UnsealedBid;
import org.example.gov.trading.client.BidOpening;
import org.example.gov.trading.client.BidUnlocker;
import org.example.gov.trading.client.BidderKeys;
import org.example.gov.trading.client.SealedBid;
import org.example.gov.trading.deposit.DepositService;
import org.example.gov.trading.guarantee.GuaranteeService;
import org.example.gov.trading.opening.OpeningService;
import org.example.gov.trading.tender.LotId;
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
 * The local run's trading demo goes through the real rules: a project in each stage from draft to evaluation, the
 * downloads and bids sealed like any other, the bids openable with the keys kept for the demo bidders; nothing seeded
 * without the property. The clock: Monday 2 March 2026, 10:00 Beijing.
 */
@PlatformIntegrationTest
@Import(MutableClock.Config.class)
class DemoTenderSeederIntegrationTest {

    static final CatalogCalendarStandIn CATALOG = CatalogCalendarStandIn.start();

    static final Path KEYS = createTempDirectory();

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry registry) {
        registry.add("platform.clients.item-catalog.url", CATALOG::url);
        registry.add("platform.trading.demo-bidder-keys", KEYS::toString);
    }

    static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("demo-bidders");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    BidService bids;

    @Autowired
    OpeningService openings;

    @Autowired
    GuaranteeService guarantees;

    @Autowired
    DepositService deposits;

    static Actor actor(String bidder) {
        return new Actor(bidder, bidder, Set.of("BIDDER"), "440300", null);
    }

    @Autowired
    DemoTenderSeeder seeder;

    @Autowired
    org.example.gov.trading.integrity.CollusionService collusion;

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
    void seedsOneProjectPerStageThroughTheTenderRules() throws Exception {
        assertThat(context.getBeansOfType(DemoTenderSeeding.class)).isEmpty(); // off unless demo-seed=true
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));

        Map<String, ProjectId> seeded = seeder.seed().projects();

        List<Project> all = seeded.values().stream().map(id -> projects.find(id).orElseThrow()).toList();
        assertThat(all).extracting(Project::status).containsExactlyInAnyOrder(LotStatus.DRAFT, LotStatus.TENDERING,
                LotStatus.TENDERING, LotStatus.TENDERING, LotStatus.CANCELLED,
                // played a month ago, past their deadline today: two bids, three in the window, three decrypted
                LotStatus.FAILED, LotStatus.OPENING, LotStatus.EVALUATION);
        Project evaluated = all.stream().filter(p -> p.status() == LotStatus.EVALUATION).findFirst().orElseThrow();
        assertThat(openings.openedBidders(evaluated.lots().getFirst().id()))
                .containsExactlyInAnyOrder("bidder1", "bidder2", "bidder3");
        // its collusion warning: bidder1 and bidder2 decrypted from one address
        Actor staff = new Actor("trader1", "trader1", Set.of("TRADING_STAFF"), "440300", "公共资源交易中心");
        assertThat(collusion.warnings(evaluated.lots().getFirst().id(), staff).warnings()).singleElement()
                .satisfies(w -> {
                    assertThat(w.kind()).isEqualTo(org.example.gov.trading.integrity.SignalKind.SHARED_DECRYPTION_ADDRESS);
                    assertThat(w.bidders()).containsExactlyInAnyOrder("bidder1", "bidder2");
                });
        assertThat(all).filteredOn(Project::suspended).hasSize(1);
        Project procurement = all.stream().filter(p -> p.agent() != null).findFirst().orElseThrow();
        assertThat(procurement.amendments()).hasSize(1);
        assertThat(procurement.objections()).singleElement().matches(o -> o.answeredAt() != null);
        Project open = all.stream().filter(p -> p.lots().size() == 2 && p.agent() == null).findFirst().orElseThrow();
        assertThat(open.status()).isEqualTo(LotStatus.TENDERING);
        assertThat(open.lots()).allMatch(l -> l.bidDeadline() != null);

        // the three demo bidders' sealed bids, each openable with the key pair kept for the opening
        LotId first = open.lots().getFirst().id();
        for (String bidder : List.of("bidder1", "bidder2", "bidder3")) {
            Actor actor = actor(bidder);
            UnsealedBid mine = bids.mine(first, actor);
            SealedBid sealed = mine.envelope();
            byte[] key = BidUnlocker.unwrapKey(sealed,
                    BidderKeys.readPrivateKey(KEYS.resolve(bidder).resolve(BidderKeys.PRIVATE_KEY_FILE)));
            assertThat(BidOpening.decrypt(sealed, key, first.toString()).bidder()).isEqualTo(bidder);
        }

        // its bid security: bidder1's guarantee verified, bidder3's issued, bidder2's deposit paid
        assertThat(guarantees.mine(first, actor("bidder1"))).singleElement()
                .matches(g -> g.status().name().equals("VERIFIED"), "verified");
        assertThat(guarantees.mine(first, actor("bidder3"))).singleElement()
                .matches(g -> g.status().name().equals("ISSUED"), "issued");
        assertThat(deposits.mine(first, actor("bidder2"))).hasSize(1);

        // the demo's downloads are sealed like a real bidder's: no bidder in any row
        List<String> rows = jdbc.sql("SELECT CONCAT(entry_tag, ' ', sealed) FROM document_download")
                .query(String.class).list();
        assertThat(rows).isNotEmpty().noneMatch(r -> r.contains("bidder1") || r.contains("bidder2"));
    }
}
