package org.example.gov.trading.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.trading.client.SealedBid;
import org.example.gov.trading.expert.Committee;
import org.example.gov.trading.expert.CommitteeService;
import org.example.gov.trading.expert.Seat;
import org.example.gov.trading.opening.OpenedBid;
import org.example.gov.trading.scoring.Criterion;
import org.example.gov.trading.scoring.EvaluationReport;
import org.example.gov.trading.scoring.EvaluationService;
import org.example.gov.trading.scoring.ExpertAccountRepository;
import org.example.gov.trading.scoring.MethodKind;
import org.example.gov.trading.scoring.RankedBid;
import org.example.gov.trading.scoring.Subject;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotSpec;
import org.example.gov.trading.tender.Project;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's tenders past their evaluation, each played from its announcement on a {@link SteppingClock} through the
 * services of {@link PastSteps} as the demo users: the tenderee sets a comprehensive-scoring method before the bids,
 * bidder1..3 bid and decrypt at the deadline, trader1 draws the committee from the demo experts, expert1..expert5
 * score as the experts seated, the tenderee completes the evaluation, publishes the candidates (3 days, construction),
 * awards the first candidate after the publicity and, for the older tender, records the contract signed 8 working days
 * after the award notice (lot CONTRACTED; OCDS {@code award} and {@code contract} releases).
 * <ul>
 * <li>深圳市福田区某片区市政道路新建工程, announced 75 days ago: bidder3 (lowest price) first, contract signed.</li>
 * <li>深圳市宝安区某学校体育馆新建工程, announced 50 days ago: bidder1 (best technical offer) first, awarded, its
 * contract due within 30 days of the notice (still open today).</li>
 * </ul>
 * Needs the demo experts ({@link DemoExpertSeeder}) linked to their logins, the bidders' keys ({@link DemoBidders}) and
 * the calendar of the first announcement's year; without them nothing is seeded and the log says why.
 */
@Component
class DemoAwardSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoAwardSeeder.class);

    /** Price 60 points, the technical and commercial offer 40 (works: any price weight ≥ 1 is allowed). */
    static final EvaluationService.MethodSpec METHOD = new EvaluationService.MethodSpec(MethodKind.COMPREHENSIVE_SCORING,
            Subject.WORKS, new BigDecimal("60"), List.of(
                    new Criterion("T1", "施工组织设计", Criterion.Kind.TECHNICAL, new BigDecimal("20")),
                    new Criterion("T2", "项目管理机构", Criterion.Kind.TECHNICAL, new BigDecimal("10")),
                    new Criterion("B1", "企业业绩与信誉", Criterion.Kind.COMMERCIAL, new BigDecimal("10"))),
            null, null);
    /** Seat by seat, how far an expert's T1 points stray from the bid's usual mark: experts do not agree exactly. */
    private static final double[] T1_SPREAD = { 0, -1, 1, -0.5, 0.5 };

    /**
     * A tender to play: announced on {@code announcedDaysAgo}, bidder1..3 offering {@code totals}, each bidder's usual
     * marks for T1, T2, B1 in {@code marks}; {@code signed}: its contract is recorded.
     */
    record Tender(String title, String region, LotSpec lot, int announcedDaysAgo, List<String> totals,
            Map<String, double[]> marks, boolean signed) {
    }

    static final List<Tender> TENDERS = List.of(
            new Tender("深圳市福田区某片区市政道路新建工程", "440304",
                    DemoTenderSeeder.lot("施工总承包", "36500000.00", "400000.00"), 75,
                    List.of("35620000.00", "36080000.00", "34950000.00"),
                    Map.of("bidder1", new double[] { 16.5, 8.5, 8 }, "bidder2", new double[] { 15, 7, 9 },
                            "bidder3", new double[] { 16.5, 8.5, 7.5 }), true),
            new Tender("深圳市宝安区某学校体育馆新建工程", "440306",
                    DemoTenderSeeder.lot("施工", "22800000.00", "300000.00"), 50,
                    List.of("21960000.00", "22340000.00", "21480000.00"),
                    Map.of("bidder1", new double[] { 18, 9, 9 }, "bidder2", new double[] { 15.5, 7.5, 8 },
                            "bidder3", new double[] { 14, 7, 6.5 }), false));

    private final PastSteps past;
    private final DemoBidders bidders;
    private final ExpertAccountRepository accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoAwardSeeder(PastSteps past, DemoBidders bidders, ExpertAccountRepository accounts,
            TransactionTemplate transactions, Clock clock) {
        this.past = past;
        this.bidders = bidders;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The tenders of {@link #TENDERS}; none when something they need is missing, and one whose draw seats an expert
     * without a login (the pool holds more than the demo experts) stays in evaluation — the log says which and why.
     */
    List<Project> seed(WorkingDayCalendar calendar) {
        LocalDate today = ShanghaiDate.today(clock);
        String missing = missing(calendar, today);
        if (missing != null) {
            log.info("Demo data: no tender past its evaluation ({})", missing);
            return List.of();
        }
        List<Project> played = new ArrayList<>();
        for (Tender t : TENDERS) {
            played.add(play(t, calendar, today.minusDays(t.announcedDaysAgo())));
        }
        return played;
    }

    private Project play(Tender t, WorkingDayCalendar calendar, LocalDate announced) {
        SteppingClock then = new SteppingClock(at(announced, LocalTime.of(10, 0)), clock.instant());
        PastSteps.Services s = past.at(then);
        // One transaction from the announcement to the published opening record: the real deadline and window jobs
        // (on today's clock, every second) must not see this tender in between — its deadline and its window are long
        // past today, they would fail it without bids or revoke the bids not yet decrypted.
        Project p = transactions.execute(tx -> tenderAndOpen(t, calendar, announced, then, s));
        LotId lot = p.lots().getFirst().id();
        LocalDate evaluationDay = ShanghaiDate.of(then.instant());
        then.at(evaluationDay, LocalTime.of(10, 0));
        Committee committee = s.committees().draw(lot, new CommitteeService.DrawOrder(DemoExpertSeeder.SPECIALTY,
                DemoTenderSeeder.REGION, 5, 0), DemoTenderSeeder.STAFF);
        Optional<List<Actor>> experts = seatedExperts(committee);
        if (experts.isEmpty()) {
            log.info("Demo data: {} stays in evaluation: an expert without a linked login was drawn", t.title());
            return p;
        }
        then.at(evaluationDay, LocalTime.of(10, 30));
        score(t, lot, experts.get(), s);
        then.at(evaluationDay, LocalTime.of(16, 0));
        EvaluationReport report = s.evaluations().complete(lot, DemoTenderSeeder.TENDEREE);

        then.at(calendar.plusWorkingDays(evaluationDay, 1).exact(), LocalTime.of(9, 0));
        s.awards().publish(lot, DemoTenderSeeder.TENDEREE);
        // the publicity lasts 3 days; the tenderee decides on the second working day after it
        LocalDate awardDay = calendar.plusWorkingDays(ShanghaiDate.of(then.instant()).plusDays(3), 2).exact();
        then.at(awardDay, LocalTime.of(10, 0));
        RankedBid first = report.candidates().getFirst();
        s.awards().award(lot, first.bidId(), null, null, DemoTenderSeeder.TENDEREE);
        if (t.signed()) {
            LocalDate signedOn = calendar.plusWorkingDays(awardDay, 8).exact();
            then.at(signedOn, LocalTime.of(15, 0));
            s.contracts().sign(lot, "SZGW-HT-" + signedOn.getYear() + "-" + lot.value().toString().substring(0, 6),
                    signedOn, first.price(), sha256(t.title() + " 施工合同（演示） " + first.bidder()),
                    DemoTenderSeeder.TENDEREE);
        }
        return p;
    }

    /**
     * Announced with its method, bid on in the second week, past its deadline and decrypted by each bidder from its own
     * office five minutes later: the record is published and the lot is in EVALUATION; the clock is at the decryption.
     */
    private Project tenderAndOpen(Tender t, WorkingDayCalendar calendar, LocalDate announced, SteppingClock then,
            PastSteps.Services s) {
        Project p = s.tenders().create(DemoTenderSeeder.construction(t.title(), t.region(), t.lot()), null,
                DemoTenderSeeder.TENDEREE);
        DemoTenderSeeder.announceThen(s.tenders(), p, calendar, announced);
        LotId lot = p.lots().getFirst().id();
        s.evaluations().defineMethod(lot, METHOD, DemoTenderSeeder.TENDEREE);

        then.at(announced.plusDays(10), LocalTime.of(15, 0));
        Map<String, SealedBid> sealed = bidders.seal(s.bids(), lot, DemoTenderSeeder.BIDDERS, t.totals());
        Instant deadline = s.tenders().security(lot).bidDeadline();
        then.at(deadline.plus(Duration.ofMinutes(1)));
        if (!s.openings().passDeadline(lot)) {
            throw new IllegalStateException("the deadline step of the demo tender " + t.title() + " did not run");
        }
        then.at(deadline.plus(Duration.ofMinutes(5)));
        for (int i = 0; i < DemoTenderSeeder.BIDDERS.size(); i++) {
            Actor bidder = DemoTenderSeeder.BIDDERS.get(i);
            bidders.decrypt(s.openings(), lot, sealed.get(bidder.id()), bidder, "198.51.100." + (10 + i));
        }
        return p;
    }

    /** Every seated expert's points for every opened bid on every criterion: the bid's marks, T1 spread by seat. */
    private static void score(Tender t, LotId lot, List<Actor> experts, PastSteps.Services s) {
        List<OpenedBid> opened = s.openings().openedBids(lot);
        for (int seat = 0; seat < experts.size(); seat++) {
            for (OpenedBid bid : opened) {
                double[] marks = t.marks().get(bid.bidder());
                for (int c = 0; c < METHOD.criteria().size(); c++) {
                    double points = marks[c] + (c == 0 ? T1_SPREAD[seat % T1_SPREAD.length] : 0);
                    s.evaluations().score(lot, new EvaluationService.ScoreSpec(bid.bidId(),
                            METHOD.criteria().get(c).code(), BigDecimal.valueOf(points)), experts.get(seat));
                }
            }
        }
    }

    /** What the tenders need and is missing, or null. */
    private String missing(WorkingDayCalendar calendar, LocalDate today) {
        int earliest = TENDERS.stream().mapToInt(Tender::announcedDaysAgo).max().orElseThrow();
        if (!bidders.keysKept()) {
            return "platform.trading.demo-bidder-keys is not set: nowhere to keep the bidders' keys";
        }
        if (!calendar.isLoaded(today.minusDays(earliest).getYear())) {
            return "the " + today.minusDays(earliest).getYear() + " calendar is not loaded";
        }
        if (IntStream.rangeClosed(1, DemoExpertSeeder.NAMES.size())
                .anyMatch(n -> accounts.expertOf("expert" + n).isEmpty())) {
            return "the demo experts expert1..expert5 are not linked to their logins";
        }
        return null;
    }

    /** The seated experts as the logins linked to them, in seat order; empty if one has no login. */
    private Optional<List<Actor>> seatedExperts(Committee committee) {
        List<Actor> seated = new ArrayList<>();
        for (Seat seat : committee.activeSeats()) {
            Optional<String> subject = accounts.subjectOf(seat.expert());
            if (subject.isEmpty()) {
                return Optional.empty();
            }
            seated.add(new Actor(subject.get(), subject.get(), Set.of(Role.EXPERT.name()), DemoTenderSeeder.REGION,
                    null));
        }
        return Optional.of(seated);
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(ShanghaiDate.ZONE).toInstant();
    }

    private static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
