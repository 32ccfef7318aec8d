package org.example.gov.trading.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.example.gov.trading.bid.BidService;
import org.example.gov.trading.client.SealedBid;
import org.example.gov.trading.client.Sm3;
import org.example.gov.trading.deposit.DepositService;
import org.example.gov.trading.guarantee.Guarantee;
import org.example.gov.trading.guarantee.GuaranteeService;
import org.example.gov.trading.opening.OpeningService;
import org.example.gov.trading.tender.AnnouncementSpec;
import org.example.gov.trading.tender.LotId;
import org.example.gov.trading.tender.LotSecurity;
import org.example.gov.trading.tender.LotSpec;
import org.example.gov.trading.tender.Money;
import org.example.gov.trading.tender.ProcurementMethod;
import org.example.gov.trading.tender.Project;
import org.example.gov.trading.tender.ProjectId;
import org.example.gov.trading.tender.ProjectSpec;
import org.example.gov.trading.tender.TenderService;
import org.example.gov.trading.tender.Track;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trading demo of the local run, through the real {@link TenderService} (its rules, events and audit) as the demo
 * users of the gateway's local profile: 深圳市建筑工务署 (tenderee1) and its agent (tenderagent1) tender, the three demo
 * bidders obtain documents and object, the trading centre (trader1) suspends. One project in each stage a tender
 * reaches before its bid deadline: a draft; a two-lot construction tender open for bids; a procurement with a
 * material amendment and a 质疑 answered; a suspended tender; a cancelled one. Then the stages after a bid deadline
 * (played a month ago, {@link #afterTheDeadline}) and after the evaluation ({@link DemoAwardSeeder}).
 * <p>
 * The three demo bidders bid on the open construction tender's first lot, each sealed with the reference bidder client
 * under a key pair of its own ({@link DemoBidders}), as a bidder's machine does, so that a demo user can decrypt online
 * at the opening with {@code BidderCli decrypt-online}. Without the keys' directory no bid is seeded: a bid whose
 * private key is lost could never be opened.
 * <p>
 * Schedules start today and follow the law's minimum periods on the shared calendar; a deadline falls in a year whose
 * official calendar is not loaded yet (a run in late December before next year's schedule is loaded) is not guessed:
 * that project stays a draft and the log says why.
 */
@Component
class DemoTenderSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoTenderSeeder.class);
    static final String REGION = "440300";

    static final Actor TENDEREE = new Actor("tenderee1", "深圳市建筑工务署", Set.of(Role.TENDEREE.name()), REGION, null);
    static final Actor AGENT = new Actor("tenderagent1", "深圳市示例招标代理有限公司", Set.of(Role.TENDER_AGENT.name()), REGION,
            null);
    static final Actor STAFF = new Actor("trader1", "陈交易", Set.of(Role.TRADING_STAFF.name()), REGION, "市公共资源交易中心");
    static final Actor GUARANTOR = new Actor("guarantor1", "示例银行深圳分行", Set.of(Role.GUARANTOR.name()), REGION, null);
    static final List<Actor> BIDDERS = List.of(
            new Actor("bidder1", "某建设集团", Set.of(Role.BIDDER.name()), REGION, null),
            new Actor("bidder2", "示例工程有限公司", Set.of(Role.BIDDER.name()), REGION, null),
            new Actor("bidder3", "示例路桥股份有限公司", Set.of(Role.BIDDER.name()), "440100", null));
    /** What bidder1..3 offer on the tenders before the evaluation. */
    private static final List<String> TOTALS = List.of("39870000.00", "40215000.00", "38990000.00");

    private final TenderService tenders;
    private final BidService bids;
    private final PastSteps past;
    private final OpeningService openings;
    private final GuaranteeService guarantees;
    private final DepositService deposits;
    private final CalendarReplica calendars;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DemoBidders bidders;
    private final DemoAwardSeeder awards;
    private final TransactionTemplate transactions;

    DemoTenderSeeder(TenderService tenders, BidService bids, PastSteps past, OpeningService openings,
            GuaranteeService guarantees, DepositService deposits, CalendarReplica calendars, JdbcClient jdbc, Clock clock,
            DemoBidders bidders, DemoAwardSeeder awards, TransactionTemplate transactions) {
        this.tenders = tenders;
        this.bids = bids;
        this.past = past;
        this.openings = openings;
        this.guarantees = guarantees;
        this.deposits = deposits;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.clock = clock;
        this.bidders = bidders;
        this.awards = awards;
        this.transactions = transactions;
    }

    /** Seeds once: an empty schema only (a restart of the local run keeps what is there). */
    void seedIfEmpty() {
        long existing = jdbc.sql("SELECT COUNT(*) FROM tender_project").query(Long.class).single();
        if (existing > 0) {
            log.info("Demo data: trading already has {} projects; nothing seeded", existing);
            return;
        }
        Seeded seeded = seed();
        log.info("Demo data: trading seeded {} projects: {}", seeded.projects().size(), seeded.projects());
    }

    /** The demo projects seeded, by title. */
    record Seeded(Map<String, ProjectId> projects) {
    }

    Seeded seed() {
        WorkingDayCalendar calendar = calendars.calendar(REGION);
        LocalDate today = ShanghaiDate.today(clock);

        Project draft = tenders.create(construction("深圳市福田区某学校改扩建工程施工总承包", "440304",
                lot("施工总承包", "86500000.00", "800000.00")), null, TENDEREE);

        Project open = tenders.create(construction("深圳市南山区某道路综合整治工程", "440305",
                lot("一标段（道路及排水）", "42300000.00", "400000.00"),
                lot("二标段（绿化及照明）", "9800000.00", "150000.00")), null, TENDEREE);
        if (announce(open, Track.CONSTRUCTION, calendar, today)) {
            LotId first = open.lots().getFirst().id();
            for (Actor bidder : BIDDERS) {
                tenders.download(first, "127.0.0.1", bidder);
            }
            tenders.download(open.lots().get(1).id(), "127.0.0.1", BIDDERS.getFirst());
            if (bidders.keysKept()) {
                bidders.seal(bids, first, BIDDERS, TOTALS);
            }
            bidSecurity(first);
        }

        Project procurement = tenders.create(new ProjectSpec("深圳市政务服务中心办公设备采购项目",
                Track.GOVERNMENT_PROCUREMENT, ProcurementMethod.OPEN_TENDER, TENDEREE.id(), AGENT.id(), REGION,
                List.of(lot("第1包 计算机及外设", "1800000.00", "36000.00"), lot("第2包 自助服务终端", "2600000.00", "50000.00"))),
                null, AGENT);
        if (announce(procurement, Track.GOVERNMENT_PROCUREMENT, calendar, today)) {
            tenders.download(procurement.lots().getFirst().id(), "127.0.0.1", BIDDERS.get(1));
            tenders.amend(procurement.id(), "第1包技术参数表第3项内存容量由16GB调整为32GB", true, null, AGENT);
            var challenge = tenders.fileObjection(procurement.id(), "第2包要求投标人在本市设立售后服务机构，属于以不合理条件限制供应商",
                    BIDDERS.get(1));
            tenders.answerObjection(procurement.id(), challenge.id(), "已删除该条款，改为承诺在合同签订后设立服务网点，见更正公告", null,
                    AGENT);
        }

        Project suspended = tenders.create(construction("深圳市某公园照明提升改造工程", REGION,
                lot("施工", "5600000.00", "100000.00")), null, TENDEREE);
        if (announce(suspended, Track.CONSTRUCTION, calendar, today)) {
            tenders.suspend(suspended.id(), "收到投诉，行政监督部门调查期间暂停招标投标活动", null, STAFF);
        }

        Project cancelled = tenders.create(construction("深圳市某街道办事处办公楼维修工程", REGION,
                lot("维修", "3200000.00", "60000.00")), null, TENDEREE);
        if (announce(cancelled, Track.CONSTRUCTION, calendar, today)) {
            tenders.cancel(cancelled.id(), "项目资金计划调整，终止招标（招标投标法实施条例 第31条）", null, TENDEREE);
        }
        List<Project> seeded = new java.util.ArrayList<>(List.of(draft, open, procurement, suspended, cancelled));
        seeded.addAll(afterTheDeadline(calendar));
        seeded.addAll(awards.seed(calendar));
        var projects = new LinkedHashMap<String, ProjectId>();
        for (Project p : seeded) {
            projects.put(p.title(), p.id());
        }
        return new Seeded(projects);
    }

    /**
     * Announces on the shortest schedule the track allows from today, plus a margin: documents for seven working days,
     * bids due at 09:30 on the first working day at least 24 days away (≥ 20 days, 招标投标法 第24条 / 87号令 第20条).
     */
    private boolean announce(Project p, Track track, WorkingDayCalendar calendar, LocalDate today) {
        LocalDate deadlineDay = today.plusDays(24);
        if (!calendar.isLoaded(deadlineDay.getYear())) {
            log.info("Demo data: {} stays a draft: the {} calendar is not loaded, so no bid deadline can be set",
                    p.title(), deadlineDay.getYear());
            return false;
        }
        while (!calendar.isWorkingDay(deadlineDay)) {
            deadlineDay = deadlineDay.plusDays(1);
        }
        LocalDate documentsUntil = calendar.plusWorkingDays(today, 7).exact();
        Instant deadline = deadlineDay.atTime(LocalTime.of(9, 30)).atZone(ShanghaiDate.ZONE).toInstant();
        tenders.announce(p.id(), new AnnouncementSpec(documentsUntil, today, documentsUntil, deadline), null,
                p.agent() != null ? AGENT : TENDEREE);
        return true;
    }

    /**
     * The open tender's bid security: bidder1 has presented guarantor1's electronic guarantee (VERIFIED), bidder3's
     * guarantee is issued but not presented yet, bidder2 paid its deposit by transfer (recorded by the trading centre).
     */
    private void bidSecurity(LotId lot) {
        LotSecurity security = tenders.security(lot);
        Money required = security.deposit();
        LocalDate validUntil = ShanghaiDate.of(security.bidDeadline()).plusDays(120);
        for (Actor bidder : List.of(BIDDERS.get(0), BIDDERS.get(2))) {
            byte[] document = ("电子投标保函（演示） " + GUARANTOR.name() + " 为 " + bidder.name() + " 出具")
                    .getBytes(StandardCharsets.UTF_8);
            String number = "DEMO-" + bidder.id() + "-" + lot.value().toString().substring(0, 8);
            guarantees.issue(new Guarantee.Issue(number, lot, bidder.id(), required, validUntil, Sm3.hex(document)),
                    GUARANTOR);
            if (bidder == BIDDERS.get(0)) {
                guarantees.present(lot, GUARANTOR.id(), number, document, bidder);
            }
        }
        deposits.record(lot, BIDDERS.get(1).id(), required, "6222 0200 0000 1234", ShanghaiDate.today(clock), STAFF);
    }

    /**
     * The stages after a bid deadline, from tenders played a month ago through {@link PastSteps}: a lot with two bids
     * (流标 at the deadline), a lot with three whose decryption window is open now (the demo bidders decrypt it
     * themselves with the reference client), and a lot with three whose bidders all decrypted (record published, under
     * evaluation). The deadline job is run once here; the scheduler would do the same within a second.
     */
    private List<Project> afterTheDeadline(WorkingDayCalendar calendar) {
        Clock monthAgo = Clock.offset(clock, Duration.ofDays(-30));
        LocalDate then = ShanghaiDate.today(monthAgo);
        if (!bidders.keysKept() || !calendar.isLoaded(then.getYear())) {
            log.info("Demo data: no tender past its deadline ({})", !bidders.keysKept()
                    ? "platform.trading.demo-bidder-keys is not set: nowhere to keep the bidders' keys"
                    : "the " + then.getYear() + " calendar is not loaded");
            return List.of();
        }
        TenderService thenTenders = past.tenders(monthAgo);
        BidService thenBids = past.bids(thenTenders, monthAgo);
        // in one transaction: the deadline job (today's clock, every second) would otherwise fail a tender announced
        // with its deadline already past before its bids are in
        Played played = transactions.execute(tx -> {
            Project failed = thenTenders.create(construction("深圳市某社区党群服务中心装修工程", REGION,
                    lot("装修施工", "2800000.00", "50000.00")), null, TENDEREE);
            Project opening = thenTenders.create(construction("深圳市某中学运动场改造工程", "440306",
                    lot("施工", "12600000.00", "200000.00")), null, TENDEREE);
            Project evaluated = thenTenders.create(construction("深圳市某河道综合治理工程", "440307",
                    lot("一标段", "48800000.00", "500000.00")), null, TENDEREE);
            for (Project p : List.of(failed, opening, evaluated)) {
                announceThen(thenTenders, p, calendar, then);
            }
            bidders.seal(thenBids, failed.lots().getFirst().id(), BIDDERS.subList(0, 2), TOTALS);
            bidders.seal(thenBids, opening.lots().getFirst().id(), BIDDERS, TOTALS);
            return new Played(List.of(failed, opening, evaluated),
                    bidders.seal(thenBids, evaluated.lots().getFirst().id(), BIDDERS, TOTALS));
        });
        LotId evaluatedLot = played.projects().getLast().lots().getFirst().id();

        openings.passDeadlines();
        for (Actor bidder : BIDDERS) {
            // bidder1 and bidder2 decrypt from one office's address: the demo's collusion warning (integrity/)
            String address = bidder.id().equals("bidder3") ? "198.51.100.73" : "203.0.113.58";
            bidders.decrypt(openings, evaluatedLot, played.toDecrypt().get(bidder.id()), bidder, address);
        }
        return played.projects();
    }

    /** The tenders played a month ago, the one to evaluate last, and its envelopes by bidder. */
    private record Played(List<Project> projects, Map<String, SealedBid> toDecrypt) {
    }

    /** Announced on the day {@code then}: documents for ten days, bids due three weeks later at 09:30 (a working day). */
    static void announceThen(TenderService service, Project p, WorkingDayCalendar calendar, LocalDate then) {
        LocalDate deadlineDay = then.plusDays(21);
        while (!calendar.isWorkingDay(deadlineDay)) {
            deadlineDay = deadlineDay.plusDays(1);
        }
        LocalDate documentsUntil = calendar.plusWorkingDays(then, 7).exact();
        service.announce(p.id(), new AnnouncementSpec(documentsUntil, then, documentsUntil,
                deadlineDay.atTime(LocalTime.of(9, 30)).atZone(ShanghaiDate.ZONE).toInstant()), null, TENDEREE);
    }

    static ProjectSpec construction(String title, String region, LotSpec... lots) {
        return new ProjectSpec(title, Track.CONSTRUCTION, ProcurementMethod.OPEN_TENDER, TENDEREE.id(), null, region,
                List.of(lots));
    }

    static LotSpec lot(String name, String amount, String deposit) {
        return new LotSpec(name, Money.yuan(amount), Money.yuan(deposit), 90, null);
    }
}
