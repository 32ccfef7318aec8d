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
 * The local run's trading demo goes through the real rules: a project in each stage from draft to contract, the
 * downloads and bids sealed like any other, the bids openable with the keys kept for the demo bidders, the committees
 * drawn from the demo experts and their scores ranking the bids; nothing seeded without the property. The clock:
 * Monday 2 March 2026, 10:00 Beijing.
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
    DemoExpertSeeder experts;

    @Autowired
    org.example.gov.trading.scoring.EvaluationService evaluations;

    @Autowired
    org.example.gov.trading.award.AwardService awards;

    @Autowired
    org.example.gov.trading.award.ContractService contracts;

    @Autowired
    org.example.gov.trading.expert.CommitteeRepository committees;

    @Autowired
    org.example.gov.trading.scoring.ExpertAccountRepository accounts;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

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
        experts.seedIfAbsent(); // as the local run does first

        Map<String, ProjectId> seeded = seeder.seed().projects();

        List<Project> all = seeded.values().stream().map(id -> projects.find(id).orElseThrow()).toList();
        assertThat(all).extracting(Project::status).containsExactlyInAnyOrder(LotStatus.DRAFT, LotStatus.TENDERING,
                LotStatus.TENDERING, LotStatus.TENDERING, LotStatus.CANCELLED,
                // played a month ago, past their deadline today: two bids, three in the window, three decrypted
                LotStatus.FAILED, LotStatus.OPENING, LotStatus.EVALUATION,
                // played 50 and 75 days ago, through the evaluation: awarded; awarded with the contract signed
                LotStatus.AWARDED, LotStatus.CONTRACTED);
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

        evaluatedAwardedAndContracted(seeded, staff);
    }

    /**
     * The two tenders played through their evaluation: the demo experts seated and scoring, the reports' candidates in a
     * sensible order (the road tender: bidder3's lowest price first; the gymnasium: bidder1's best technical offer
     * first), the first candidate awarded, the older tender's contract signed on time and released as OCDS.
     */
    void evaluatedAwardedAndContracted(Map<String, ProjectId> seeded, Actor staff) {
        Actor tenderee = new Actor("tenderee1", "tenderee1", Set.of("TENDEREE"), "440300", null);
        LotId road = projects.find(seeded.get("深圳市福田区某片区市政道路新建工程")).orElseThrow().lots().getFirst().id();
        LotId gym = projects.find(seeded.get("深圳市宝安区某学校体育馆新建工程")).orElseThrow().lots().getFirst().id();
        for (LotId lot : List.of(road, gym)) {
            var committee = committees.find(lot).orElseThrow();
            assertThat(committee.activeSeats()).hasSize(5).allSatisfy(seat -> assertThat(
                    accounts.subjectOf(seat.expert())).hasValueSatisfying(s -> assertThat(s).matches("expert[1-5]")));
            // from distinct offices: no collusion warning here
            assertThat(collusion.warnings(lot, staff).warnings()).isEmpty();
        }

        var roadReport = evaluations.report(road, tenderee).report();
        assertThat(roadReport.candidates()).extracting(r -> r.bidder()).containsExactly("bidder3", "bidder1", "bidder2");
        // price 60 (benchmark 34,950,000) + the experts' means: 60 + 16.5 + 8.5 + 7.5
        assertThat(roadReport.candidates().getFirst().total()).isEqualByComparingTo("92.50");
        var gymReport = evaluations.report(gym, tenderee).report();
        assertThat(gymReport.candidates()).extracting(r -> r.bidder()).containsExactly("bidder1", "bidder2", "bidder3");

        assertThat(awards.view(gym, tenderee).awardDecision().bidder()).isEqualTo("bidder1");
        var awaiting = contracts.view(gym, staff);
        assertThat(awaiting.status().name()).isEqualTo("AWAITING_SIGNATURE");
        assertThat(awaiting.dueOn()).isAfter(LocalDate.of(2026, 3, 2)); // still open today: no overdue warning yet

        var publicity = awards.view(road, tenderee);
        assertThat(publicity.awardDecision().bidder()).isEqualTo("bidder3");
        assertThat(publicity.awardDecision().awardedAt()).isAfterOrEqualTo(publicity.endsAt());
        var signed = contracts.view(road, staff);
        assertThat(signed.status().name()).isEqualTo("SIGNED");
        assertThat(signed.signature().amount()).isEqualByComparingTo("34950000.00");
        assertThat(signed.signature().late()).isFalse();

        var api = new org.example.gov.testsupport.ApiClient("http://127.0.0.1:" + port);
        var ocds = api.get("/api/trading/ocds/records/ocds-gd0000-" + seeded.get("深圳市福田区某片区市政道路新建工程"), null)
                .expect(200);
        org.example.gov.trading.ocds.OcdsSchemas.assertValid(org.example.gov.trading.ocds.OcdsSchemas.RECORD_PACKAGE,
                ocds.raw());
        List<String> tags = new java.util.ArrayList<>();
        ocds.body().path("records").get(0).path("releases").forEach(r -> r.path("tag").forEach(t -> tags.add(t.asString())));
        assertThat(tags).startsWith("tender").contains("award", "contract").endsWith("contract");
    }
}
