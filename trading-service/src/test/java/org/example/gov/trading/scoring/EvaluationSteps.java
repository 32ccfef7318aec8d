package org.example.gov.trading.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.example.gov.platform.personal.FakeIdentities;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.MutableClock;
import org.example.gov.testsupport.TestTokens;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.TenderService;

/**
 * A lot taken to and through its evaluation over REST, for the tests of what follows it (the publicity, the award,
 * the contract, complaints): announced with a method (deadline 23 March 2026, region 440304, tenderee1 with
 * tenderagent1), three opened bids ({@link OpenedBidsStandIn}), a committee of five drawn from seven experts with
 * logins, every seat's scores, the report. Tests using it import {@link OpenedBidsStandIn} and a MutableClock.
 */
public final class EvaluationSteps {

    public static final String METHOD = """
            {"kind":"COMPREHENSIVE_SCORING","subject":"GOODS","priceWeight":%s,"criteria":[
              {"code":"T1","name":"技术方案","kind":"TECHNICAL","maxPoints":40},
              {"code":"T2","name":"售后服务","kind":"TECHNICAL","maxPoints":%s},
              {"code":"B1","name":"业绩与信誉","kind":"COMMERCIAL","maxPoints":10}]}""";
    static final String[] CRITERIA = { "T1", "T2", "B1" };

    public final String tenderee = TestTokens.shared().mint("tenderee1", "440300", null, "TENDEREE");
    public final String agent = TestTokens.shared().mint("tenderagent1", "440300", null, "TENDER_AGENT");
    public final String staff = TestTokens.shared().mint("trader1", "440300", "公共资源交易中心", "TRADING_STAFF");

    private final ApiClient api;
    private final TenderService tenders;
    private final MutableClock clock;
    private final FakeIdentities identities = new FakeIdentities(System.nanoTime());

    public EvaluationSteps(ApiClient api, TenderService tenders, MutableClock clock) {
        this.api = api;
        this.tenders = tenders;
        this.clock = clock;
    }

    /** A lot evaluated to its report: candidates bidder1 (1,000,000.00), bidder3 (980,000.00), bidder2 (950,000.00). */
    public record Evaluated(String projectId, LotId lot, Map<String, String> bidOf) {
    }

    /** A lot of the track in EVALUATION with the method and the opened bids of bidder1..3; the clock back on 2 March. */
    public Evaluated evaluatingLot(String track) {
        return evaluatingLot(track, lot -> { });
    }

    /** {@link #evaluatingLot(String)}, running {@code whileTendering} (deposits, guarantees) before the deadline. */
    public Evaluated evaluatingLot(String track, Consumer<LotId> whileTendering) {
        String projectId = api.post("/api/trading/projects", tenderee, """
                {"title":"办公设备采购","track":"%s","method":"OPEN_TENDER","agent":"tenderagent1",
                 "region":"440304","lots":[{"name":"设备包","amount":"1200000.00","deposit":"20000.00","bidValidityDays":90}]}"""
                .formatted(track)).expect(201).text("id");
        ApiClient.Response announced = api.post("/api/trading/projects/" + projectId + "/announcement", agent, """
                {"announcementUntil":"2026-03-09","documentsFrom":"2026-03-02","documentsUntil":"2026-03-09",
                 "bidDeadline":"2026-03-23T01:30:00Z"}""").expect(200);
        LotId lot = LotId.of(announced.body().path("lots").get(0).path("id").asString());
        api.put("/api/trading/lots/" + lot + "/evaluation/method", agent, METHOD.formatted(30, 20)).expect(200);
        Map<String, String> bidOf = new LinkedHashMap<>();
        List<BidUnderEvaluation> bids = new ArrayList<>();
        Map<String, String> prices = Map.of("bidder1", "1000000.00", "bidder2", "950000.00", "bidder3", "980000.00");
        for (String bidder : List.of("bidder1", "bidder2", "bidder3")) {
            bidOf.put(bidder, UUID.randomUUID().toString());
            bids.add(new BidUnderEvaluation(bidOf.get(bidder), bidder, new BigDecimal(prices.get(bidder)), false));
        }
        OpenedBidsStandIn.BIDS.put(lot, bids);
        whileTendering.accept(lot);
        clock.set(LocalDate.of(2026, 3, 23), LocalTime.of(10, 0));
        tenders.deadlinePassed(lot, 3, Instant.parse("2026-03-23T02:00:00Z"));
        tenders.openingConcluded(lot);
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        return new Evaluated(projectId, lot, bidOf);
    }

    /**
     * {@link #evaluatingLot} scored by its committee (bidder1 best, then bidder3, then bidder2) and completed on
     * 24 March 2026: the lot is in CANDIDATE_PUBLICITY with three candidates; the clock stays on 24 March.
     */
    public Evaluated withCandidates(String track, Consumer<LotId> whileTendering) {
        Evaluated e = evaluatingLot(track, whileTendering);
        Drawn committee = drawCommittee(e.lot());
        String base = "/api/trading/lots/" + e.lot() + "/evaluation";
        Map<String, int[][]> points = Map.of(
                "bidder1", new int[][] { { 38 }, { 19 }, { 10 } },
                "bidder3", new int[][] { { 34 }, { 16 }, { 8 } },
                "bidder2", new int[][] { { 30 }, { 14 }, { 7 } });
        for (String expert : committee.seats()) {
            scoreAs(committee.tokenOf().get(expert), 0, base, e.bidOf(), points);
        }
        clock.set(LocalDate.of(2026, 3, 24), LocalTime.of(10, 0));
        api.post(base + "/completion", agent, null).expect(200);
        assertThat(tenders.facts(e.lot()).status()).isEqualTo(LotStatus.CANDIDATE_PUBLICITY);
        return e;
    }

    /** Every criterion of every bid in {@code points} (bid key → [criterion][seat]) scored by one seated expert. */
    public void scoreAs(String token, int seat, String base, Map<String, String> bidIds, Map<String, int[][]> points) {
        points.forEach((bid, byCriterion) -> {
            for (int c = 0; c < CRITERIA.length; c++) {
                api.post(base + "/scores", token, "{\"bidId\":\"" + bidIds.get(bid) + "\",\"criterion\":\""
                        + CRITERIA[c] + "\",\"points\":" + byCriterion[c][seat] + "}").expect(201);
            }
        });
    }

    /** A pool of seven experts with linked logins, five of them drawn onto the lot's committee. */
    public record Drawn(Map<String, String> tokenOf, List<String> seats) {
    }

    public Drawn drawCommittee(LotId lot) {
        String specialty = "S" + System.nanoTime() % 100_000;
        Map<String, String> tokenOf = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            String expert = api.post("/api/trading/experts", staff, """
                    {"name":"欧阳娜娜","idNumber":"%s","phone":"%s","profile":{"specialties":["%s"],"region":"440304",
                     "level":"SENIOR","employer":"firm-%d"}}""".formatted(identities.idCardNumber().value(),
                    identities.mobileNumber().value(), specialty, i)).expect(201).text("id");
            String subject = "expert-" + UUID.randomUUID();
            api.put("/api/trading/experts/" + expert + "/account", staff, "{\"subject\":\"" + subject + "\"}")
                    .expect(204);
            tokenOf.put(expert, TestTokens.shared().mint(subject, "440300", null, "EXPERT"));
        }
        ApiClient.Response drawn = api.post("/api/trading/lots/" + lot + "/committee", staff,
                "{\"specialty\":\"" + specialty + "\",\"members\":5,\"tendereeRepresentatives\":0}").expect(201);
        List<String> seats = new ArrayList<>();
        drawn.body().path("seats").forEach(s -> seats.add(s.path("expertId").asString()));
        assertThat(seats).hasSize(5);
        return new Drawn(tokenOf, seats);
    }
}
