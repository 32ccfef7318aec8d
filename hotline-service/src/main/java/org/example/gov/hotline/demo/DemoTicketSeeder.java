package org.example.gov.hotline.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.hotline.category.Category;
import org.example.gov.hotline.category.CategoryService;
import org.example.gov.hotline.dispatch.DepartmentRef;
import org.example.gov.hotline.dispatch.Responsibility;
import org.example.gov.hotline.dispatch.ResponsibilityService;
import org.example.gov.hotline.knowledge.Article;
import org.example.gov.hotline.knowledge.ArticleContent;
import org.example.gov.hotline.knowledge.KnowledgeService;
import org.example.gov.hotline.supervision.SupervisionService;
import org.example.gov.hotline.ticket.Act;
import org.example.gov.hotline.ticket.CallBack;
import org.example.gov.hotline.ticket.Caller;
import org.example.gov.hotline.ticket.DirectAnswer;
import org.example.gov.hotline.ticket.EmergencyHandoff;
import org.example.gov.hotline.ticket.HandlingPolicy;
import org.example.gov.hotline.ticket.HistoryEntry;
import org.example.gov.hotline.ticket.Location;
import org.example.gov.hotline.ticket.Ticket;
import org.example.gov.hotline.ticket.TicketEvents;
import org.example.gov.hotline.ticket.TicketNumbers;
import org.example.gov.hotline.ticket.TicketRepository;
import org.example.gov.hotline.ticket.TicketStatus;
import org.example.gov.hotline.ticket.TicketType;
import org.example.gov.hotline.ticket.Urgency;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.events.Outbox;
import org.example.gov.platform.personal.FakeIdentities;
import org.example.gov.platform.personal.PersonName;
import org.example.gov.platform.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the hotline of the local run: the demo categories and responsibility list ({@link DemoReference}), one
 * published knowledge article per common consult for 深圳 and 广州, and {@value #TICKETS} tickets over the past
 * {@value #DAYS} days plus a spike of noise complaints in 南山 today (a hotspot to see). Each ticket is built through
 * the aggregate with past {@link Act}s — received, dispatched, signed, returned, replied, called back, closed at
 * plausible times — and stops at the first step that would lie in the future, so recent tickets are still being
 * handled and some are overdue: every state appears, by the rules. Stored with its history and one outbox event per
 * history entry, like any other ticket. A final supervision scan raises the reminders and overdue flags due now.
 */
@Component
public class DemoTicketSeeder {

    /** A table with this many tickets is not a fresh local run: nothing is seeded (so a restart adds nothing). */
    public static final int THRESHOLD = 50;
    static final int TICKETS = 3000;
    static final int DAYS = 90;
    static final int SPIKE = 30;

    private static final Logger log = LoggerFactory.getLogger(DemoTicketSeeder.class);
    private static final Actor PROVINCE = new Actor("demo-seed", "演示数据", Set.of("SUPERVISOR"), "440000",
            "省政务服务数据管理局");
    private static final String CENTRE = "市12345热线中心";
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "婷", "杰");

    private final CategoryService categories;
    private final ResponsibilityService responsibilities;
    private final KnowledgeService knowledge;
    private final TicketRepository tickets;
    private final SupervisionService supervision;
    private final CalendarReplica calendar;
    private final HandlingPolicy policy;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TicketNumbers numbers = new TicketNumbers();

    DemoTicketSeeder(CategoryService categories, ResponsibilityService responsibilities, KnowledgeService knowledge,
            TicketRepository tickets, SupervisionService supervision, CalendarReplica calendar, HandlingPolicy policy,
            Outbox outbox, TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
        this.categories = categories;
        this.responsibilities = responsibilities;
        this.knowledge = knowledge;
        this.tickets = tickets;
        this.supervision = supervision;
        this.calendar = calendar;
        this.policy = policy;
        this.outbox = outbox;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a run stored, by status; or why nothing was seeded. */
    public record Result(Map<TicketStatus, Integer> byStatus, int articles, int failed, String skipped) {

        public int seeded() {
            return byStatus.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public long storedTickets() {
        return jdbc.sql("SELECT COUNT(*) FROM ticket").query(Long.class).single();
    }

    public synchronized Result seedIfNeeded() {
        long stored = storedTickets();
        if (stored >= THRESHOLD) {
            return new Result(Map.of(), 0, 0, stored + " tickets already stored");
        }
        return seed(TICKETS);
    }

    /** Seeds unconditionally: the reference data, the articles, {@code count} tickets and today's spike. */
    synchronized Result seed(int count) {
        long start = System.nanoTime();
        loadReference();
        Map<String, List<DemoAnswer>> answers = publishArticles();
        Instant now = clock.instant();
        Random random = new Random(ShanghaiDate.of(now).toEpochDay()); // the same shape for the same day
        FakeIdentities identities = new FakeIdentities(random.nextLong());
        List<Category> leaves = categories.tree().stream().filter(Category::isLeaf).toList();
        RegionalCalendars days = calendar.calendars();
        Map<TicketStatus, Integer> byStatus = new EnumMap<>(TicketStatus.class);
        int failed = 0;
        for (int i = 0; i < count + SPIKE; i++) {
            boolean spike = i >= count;
            Story story = spike ? Story.spike(random, now) : Story.random(random, now, leaves);
            Caller caller = new Caller(PersonName.of(SURNAMES.get(random.nextInt(SURNAMES.size()))
                    + GIVEN.get(random.nextInt(GIVEN.size()))), identities.mobileNumber());
            try {
                Ticket t = play(story, caller, answers, days, now, random);
                transactions.executeWithoutResult(tx -> store(t));
                byStatus.merge(t.status(), 1, Integer::sum);
            } catch (RuntimeException e) {
                if (failed++ < 5) {
                    log.warn("Demo ticket {} in {} not seeded: {}", story.categoryCode(), story.district().code(),
                            e.toString());
                }
            }
        }
        int flagged = supervision.scan();
        int articleCount = answers.values().stream().mapToInt(List::size).sum();
        log.info("Demo data: {} tickets ({} refused by the rules), {} articles, {} reminders/overdue flags, in {} ms: {}",
                byStatus.values().stream().mapToInt(Integer::intValue).sum(), failed, articleCount, flagged,
                (System.nanoTime() - start) / 1_000_000, byStatus);
        return new Result(Map.copyOf(byStatus), articleCount, failed, null);
    }

    /** The demo leaves through the category service (as a provincial supervisor would) and one line per leaf and city. */
    private void loadReference() {
        categories.load(DemoReference.EXTRA_CATEGORIES.stream()
                .map(n -> new CategoryService.Change(Category.of(n.code(), n.name()), true)).toList(), PROVINCE);
        for (Category leaf : categories.tree().stream().filter(Category::isLeaf).toList()) {
            DemoReference.Lead lead = leadOf(leaf.code());
            if (lead == null) {
                continue;
            }
            for (String city : List.of("440300", "440100")) {
                jdbc.sql("""
                        INSERT IGNORE INTO responsibility
                            (category_code, region, lead_region, lead_department, assisting_departments)
                        VALUES (:code, :region, :region, :department, '[]')""")
                        .param("code", leaf.code()).param("region", city)
                        .param("department", "440300".equals(city) ? lead.shenzhen() : lead.guangzhou()).update();
            }
        }
    }

    private static DemoReference.Lead leadOf(String code) {
        DemoReference.Lead best = null;
        for (DemoReference.Lead lead : DemoReference.LEADS) {
            if (code.startsWith(lead.prefix()) && (best == null || lead.prefix().length() > best.prefix().length())) {
                best = lead;
            }
        }
        return best;
    }

    /** An article a consult can be answered from: which region it serves. */
    private record DemoAnswer(Article article, String region) {
    }

    /** One article per common consult and city, drafted by one agent of the centre and published by another (四眼). */
    private Map<String, List<DemoAnswer>> publishArticles() {
        Map<String, List<DemoAnswer>> byCategory = new LinkedHashMap<>();
        for (String city : List.of("440300", "440100")) {
            Actor author = new Actor("demo-author-" + city, "知识库编辑", Set.of("HOTLINE_AGENT"), city, CENTRE);
            Actor publisher = new Actor("demo-publisher-" + city, "知识库审核", Set.of("HOTLINE_AGENT"), city, CENTRE);
            for (DemoReference.Answer a : DemoReference.ANSWERS) {
                Article draft = knowledge.create(city, new ArticleContent(a.title(), a.body(), a.categoryCode(),
                        a.keywords(), LocalDate.of(2025, 1, 1), null), author);
                Article published = knowledge.publish(draft.id(), null, publisher);
                byCategory.computeIfAbsent(a.categoryCode(), k -> new ArrayList<>()).add(new DemoAnswer(published, city));
            }
        }
        return byCategory;
    }

    /** Plays the story's steps at their times, up to now. */
    private Ticket play(Story story, Caller caller, Map<String, List<DemoAnswer>> answers, RegionalCalendars days,
            Instant now, Random random) {
        String city = story.district().code().substring(0, 4) + "00";
        Actor agent = new Actor("demo-agent-" + city, "话务员", Set.of("HOTLINE_AGENT"), city, CENTRE);
        Instant at = story.receivedAt();
        DemoReference.District d = story.district();
        Location location = new Location(d.code(), d.name() + d.street() + (1 + random.nextInt(300)) + "号",
                jitter(d.latitude(), random), jitter(d.longitude(), random));
        Ticket t = Ticket.receive(numbers.next(at), story.channel(), story.type(), story.categoryCode(), location,
                story.urgency(), story.description(), List.of(), caller, random.nextInt(20) == 0, null,
                act(agent, "HOTLINE_AGENT", at, days));
        if (story.urgency() == Urgency.EMERGENCY) {
            t.handOffEmergency(EmergencyHandoff.Service.values()[random.nextInt(4)],
                    EmergencyHandoff.Mode.THREE_WAY_CALL, "已转接并三方通话", act(agent, "HOTLINE_AGENT", at, days));
            return t;
        }
        List<DemoAnswer> cited = answers.getOrDefault(story.categoryCode(), List.of()).stream()
                .filter(a -> a.region().equals(city)).toList();
        if (story.type() == TicketType.CONSULT && !cited.isEmpty() && random.nextInt(10) < 7) {
            Article a = cited.getFirst().article();
            KnowledgeService.Citation c = knowledge.use(a.id(), d.code(), at);
            t.answerDirectly(new DirectAnswer(c.articleId(), c.version(), c.title(), null, agent.id(), at),
                    act(agent, "HOTLINE_AGENT", at, days));
            return t;
        }
        Responsibility line = responsibilities.propose(story.categoryCode(), d.code()).orElse(null);
        if (line == null) {
            return t; // nobody to dispatch to: waits in the centre's queue
        }
        DepartmentRef lead = line.lead();
        Actor handler = new Actor("demo-handler-" + city, "承办人", Set.of("HOTLINE_HANDLER"), lead.region(), lead.name());
        at = at.plus(Duration.ofMinutes(5 + random.nextInt(90)));
        if (at.isAfter(now)) {
            return t;
        }
        t.dispatch(lead, line.assisting(), line, null, act(agent, "HOTLINE_AGENT", at, days));
        at = at.plus(Duration.ofMinutes(random.nextInt(10) == 0 ? 60 * 30 : 20 + random.nextInt(240))); // some sign late
        if (at.isAfter(now)) {
            return t;
        }
        t.sign(act(handler, "HOTLINE_HANDLER", at, days));
        int returns = random.nextInt(150) == 0 ? policy.coordinationAtReturn() : random.nextInt(25) == 0 ? 1 : 0;
        for (int r = 1; r <= returns; r++) { // not ours, says the department; the centre agrees and dispatches again
            at = at.plus(Duration.ofHours(3));
            if (at.isAfter(now)) {
                return t;
            }
            t.requestReturn("该事项不属于本单位职责", act(handler, "HOTLINE_HANDLER", at, days));
            at = at.plus(Duration.ofDays(r == returns ? 2 : 0).plusHours(2)); // the last review takes a while
            if (at.isAfter(now)) {
                return t; // RETURN_REQUESTED or COORDINATION: the centre has not decided yet
            }
            if (t.status() == TicketStatus.COORDINATION) {
                t.decideCoordination(lead, line.assisting(), "联席会议审定由主办单位办理", act(agent, "HOTLINE_AGENT", at, days));
            } else {
                t.approveReturn("同意退回，重新派单", act(agent, "HOTLINE_AGENT", at, days));
                at = at.plus(Duration.ofMinutes(30));
                if (at.isAfter(now)) {
                    return t;
                }
                t.dispatch(lead, line.assisting(), line, "退回后重新派单", act(agent, "HOTLINE_AGENT", at, days));
            }
            at = at.plus(Duration.ofHours(1));
            if (at.isAfter(now)) {
                return t;
            }
            t.sign(act(handler, "HOTLINE_HANDLER", at, days));
        }
        if (random.nextInt(50) == 0) { // the centre marks it sensitive (敏感件): supervisors watch it
            t.flagSensitive("涉及群体性诉求，需重点关注", act(agent, "HOTLINE_AGENT", at, days));
        }
        if (random.nextInt(30) == 0) { // the department needs more time and asks before the deadline
            at = at.plus(Duration.ofHours(2));
            if (at.isAfter(now) || t.deadline().passed(at)) {
                return t;
            }
            t.requestExtension(5, "需协调多个部门现场核查", act(handler, "HOTLINE_HANDLER", at, days));
            at = at.plus(Duration.ofHours(3));
            if (at.isAfter(now)) {
                return t;
            }
            t.approveExtension("同意延期 5 个工作日", act(agent, "HOTLINE_AGENT", at, days));
        }
        // the reply: most in time, about one in eight late (the supervision scan flags those still open)
        Instant due = t.deadline().dueAt();
        long span = Math.max(Duration.between(at, due).toMinutes(), 60);
        at = random.nextInt(8) == 0 ? due.plus(Duration.ofHours(4 + random.nextInt(72)))
                : at.plus(Duration.ofMinutes((long) (span * (0.2 + 0.7 * random.nextDouble()))));
        String text = "已核实处理：" + story.description().substring(0, Math.min(8, story.description().length()))
                + "……已按规定处置并告知诉求人。";
        at = replyReviewed(t, text, random.nextInt(12) == 0, handler, agent, at, now, days);
        if (at == null) {
            return t;
        }
        at = at.plus(Duration.ofHours(20 + random.nextInt(10))); // the call-back is due the next working day
        if (at.isAfter(now)) {
            return t;
        }
        int outcome = random.nextInt(100);
        if (outcome < 8) { // unsatisfied for a handling reason: reopened to the same department, handled again
            t.callBack(CallBack.Result.UNSATISFIED, true, "问题未解决", act(agent, "HOTLINE_AGENT", at, days));
            at = replyReviewed(t, "重新办理：已再次上门核查并整改完毕。", false, handler, agent,
                    at.plus(Duration.ofDays(3)), now, days);
            if (at == null || (at = at.plus(Duration.ofDays(1))).isAfter(now)) {
                return t;
            }
            t.callBack(CallBack.Result.SATISFIED, null, act(agent, "HOTLINE_AGENT", at, days));
        } else if (outcome < 13) { // unreachable after the allowed attempts
            for (int attempt = 0; attempt < policy.callBackAttempts(); attempt++) {
                t.callBack(CallBack.Result.UNREACHABLE, "无人接听", act(agent, "HOTLINE_AGENT", at, days));
                at = at.plus(Duration.ofHours(3));
            }
        } else {
            t.callBack(outcome < 28 ? CallBack.Result.BASICALLY_SATISFIED : CallBack.Result.SATISFIED, null,
                    act(agent, "HOTLINE_AGENT", at, days));
        }
        at = at.plus(Duration.ofHours(20)); // closed the next day: the last day's call-backs are still open
        if (at.isAfter(now)) {
            return t;
        }
        t.close("回访结束，办结", act(agent, "HOTLINE_AGENT", at, days));
        return t;
    }

    /**
     * The department replies at {@code at}; the centre reviews it a few hours later (once sending it back first when
     * {@code sentBack}: the department answers again the next day). @return when the reply was approved, or null
     * when a step would lie after {@code now} (the ticket stays where it got to)
     */
    private Instant replyReviewed(Ticket t, String text, boolean sentBack, Actor handler, Actor agent, Instant at,
            Instant now, RegionalCalendars days) {
        if (at.isAfter(now)) {
            return null;
        }
        t.reply(text, act(handler, "HOTLINE_HANDLER", at, days));
        at = at.plus(Duration.ofHours(3));
        if (at.isAfter(now)) {
            return null;
        }
        if (sentBack) {
            t.sendBackReply("答复未说明处理结果和依据", act(agent, "HOTLINE_AGENT", at, days));
            at = at.plus(Duration.ofDays(1));
            if (at.isAfter(now)) {
                return null;
            }
            t.reply(text + "（补充处理依据）", act(handler, "HOTLINE_HANDLER", at, days));
            at = at.plus(Duration.ofHours(3));
            if (at.isAfter(now)) {
                return null;
            }
        }
        t.approveReply(null, act(agent, "HOTLINE_AGENT", at, days));
        return at;
    }

    private Act act(Actor actor, String role, Instant at, RegionalCalendars days) {
        return new Act(actor, role, at, days, policy);
    }

    private void store(Ticket t) {
        tickets.insert(t);
        for (HistoryEntry entry : t.newHistory()) {
            outbox.publish(TicketEvents.TOPIC, entry.action().eventType(), t.id().toString(),
                    TicketEvents.TicketChanged.of(t, entry));
        }
    }

    private static BigDecimal jitter(double centre, Random random) {
        return BigDecimal.valueOf(centre + (random.nextDouble() - 0.5) * 0.04).setScale(6, RoundingMode.HALF_UP);
    }
}
