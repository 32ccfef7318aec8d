package org.example.gov.evaluation.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.evaluation.rectification.RectificationTicket;
import org.example.gov.platform.calendar.CalendarReplica;
import org.example.gov.platform.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo data for the local run: {@code platform.evaluation.demo-ratings} ratings (default 6,000) over the past six
 * months across departments, items, halls, windows, staff and every channel, the services that went unrated (open and
 * expired invitations, expired window occurrences), and a rectification ticket for every bad review, in every state
 * (open, in rectification, feedback pending, appealed, closed satisfied / basically satisfied / unresolved / appeal
 * upheld, overdue). Runs only with {@code platform.evaluation.demo-seed=true} (env {@code EVALUATION_DEMO_SEED=true})
 * and only once (no demo rows yet), so a second start adds nothing. Rows are written with multi-row INSERTs (fast enough for
 * a million ratings, which is how the statistics benchmark loads its data); no events are published for them.
 * Demo due dates are counted as a real ticket's are: on the calendar replica, for the ticket's region (its stored copy,
 * or the bundled official years while item-catalog-service has not answered yet).
 */
@Component
@ConditionalOnProperty(name = "platform.evaluation.demo-seed", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    static final String[][] DEPARTMENTS = {
            {"市市场监督管理局", "XK-SCJG"}, {"市公安局", "XK-GA"}, {"市人力资源和社会保障局", "GG-RS"},
            {"市住房和建设局", "XK-ZJ"}, {"市民政局", "GG-MZ"}, {"市交通运输局", "XK-JT"},
            {"市卫生健康委员会", "XK-WJ"}, {"市政务服务数据管理局", "GG-ZS"}};
    static final String[] ITEM_NAMES = {"许可证核发", "变更登记", "证明开具", "备案"};
    static final String[] HALLS = {"SZ-CIVIC-CENTER", "SZ-FUTIAN", "SZ-NANSHAN", "SZ-LUOHU"};
    static final String[] REGIONS = {"440300", "440300", "440300", "440304"};
    static final String[] ONLINE_CHANNELS = {"WEB", "APP", "APP", "SMS", "QR_CODE", "TERMINAL"};
    static final int[] LEVELS = {5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 3}; // + rare bad ones below

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CalendarReplica calendar;
    private final int count;
    private final Duration validity;
    private final int rectificationWorkingDays;

    DemoDataSeeder(JdbcTemplate jdbc, Clock clock, CalendarReplica calendar,
            @Value("${platform.evaluation.demo-ratings:6000}") int count,
            @Value("${platform.evaluation.invitation-validity:P15D}") Duration validity,
            @Value("${platform.evaluation.rectification-working-days:5}") int rectificationWorkingDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendar = calendar;
        this.count = count;
        this.validity = validity;
        this.rectificationWorkingDays = rectificationWorkingDays;
    }

    @Override
    public void run(ApplicationArguments args) {
        // "empty" = no demo data yet: invitations from case events may already arrive while this service starts
        // (case-service seeds its own demo cases at the same time), and must not stop the seeding
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM invitation WHERE applicant_id LIKE"
                + " 'demo-applicant-%' LIMIT 1) d", Long.class);
        if (existing != null && existing > 0) {
            log.info("Demo data: already there, nothing seeded");
            return;
        }
        long start = System.nanoTime();
        Summary summary = seed(count, 180, clock.instant(), new Random(20251010));
        log.info("Demo data: {} ratings ({} bad, {} tickets), {} unrated services in {} ms", summary.ratings(),
                summary.bad(), summary.tickets(), summary.unrated(), (System.nanoTime() - start) / 1_000_000);
    }

    record Summary(int ratings, int bad, int tickets, int unrated) {
    }

    /** Seeds {@code ratings} ratings spread over the last {@code days} days before {@code now}. */
    Summary seed(int ratings, int days, Instant now, Random random) {
        Rows invitations = new Rows("invitation", "id", "case_id", "case_number", "stage", "applicant_id", "item_code",
                "item_name", "department", "region", "opened_at", "expires_at", "status", "staff_id", "channel");
        Rows occurrences = new Rows("service_occurrence", "id", "case_id", "case_number", "applicant_id", "item_code",
                "item_name", "department", "region", "hall_code", "window_id", "staff_id", "opened_by", "opened_at",
                "expires_at", "status");
        Rows rows = new Rows("rating", "id", "invitation_id", "source", "case_id", "case_number", "stage", "level",
                "tags", "comment", "channel", "rater_id", "department", "item_code", "item_name", "region", "hall_code",
                "window_id", "staff_id", "rated_at", "excluded_from_bad_rate");
        Tickets tickets = new Tickets();
        int bad = 0;
        int unrated = 0;
        for (int n = 0; n < ratings + ratings / 12; n++) {
            boolean rated = n < ratings;
            int d = random.nextInt(DEPARTMENTS.length);
            String department = DEPARTMENTS[d][0];
            int item = random.nextInt(ITEM_NAMES.length);
            String itemCode = "11440300DEMO" + d + "-" + DEPARTMENTS[d][1] + "-00" + item;
            String itemName = department.substring(1, department.length() - 1) + ITEM_NAMES[item];
            int h = random.nextInt(HALLS.length);
            String region = REGIONS[h];
            String staff = "staff-" + d + "-" + random.nextInt(6);
            String applicant = "demo-applicant-" + random.nextInt(5000);
            Instant opened = now.minus(Duration.ofMinutes(random.nextLong(days * 24L * 60)));
            String caseId = UUID.randomUUID().toString();
            String caseNumber = ShanghaiDate.of(opened).toString().replace("-", "")
                    + "-D" + String.format("%07d", n);
            int sourcePick = random.nextInt(100);
            String source = sourcePick < 40 ? "ON_SITE" : sourcePick < 95 ? "ONLINE" : "HOTLINE";
            String serviceId = UUID.randomUUID().toString();
            Instant ratedAt = opened.plus(Duration.ofMinutes(1 + random.nextInt(source.equals("ON_SITE") ? 5 : 3000)));
            boolean inFuture = ratedAt.isAfter(now);
            if (inFuture) {
                ratedAt = now;
            }
            String hall = HALLS[h];
            String window = hall + "-W" + String.format("%02d", 1 + random.nextInt(12));
            if (source.equals("ON_SITE")) {
                Instant expires = opened.plus(Duration.ofMinutes(30));
                occurrences.add(serviceId, caseId, caseNumber, applicant, itemCode, itemName, department, region, hall,
                        window, staff, staff, ts(opened), ts(expires), rated ? "RATED" : expires.isBefore(now) ? "EXPIRED" : "AWAITING_RATING");
            } else {
                Instant expires = opened.plus(validity);
                String stage = random.nextInt(3) == 0 ? "RECEIPT" : "COMPLETION";
                invitations.add(serviceId, caseId, caseNumber, stage, applicant, itemCode, itemName, department, region,
                        ts(opened), ts(expires), rated ? "RATED" : expires.isBefore(now) ? "EXPIRED" : "OPEN", staff,
                        source.equals("HOTLINE") ? "HOTLINE" : ONLINE_CHANNELS[random.nextInt(ONLINE_CHANNELS.length)]);
            }
            if (!rated) {
                unrated++;
                continue;
            }
            int level = random.nextInt(100) < 4 ? 1 + random.nextInt(2) : LEVELS[random.nextInt(LEVELS.length)];
            String channel = switch (source) {
                case "ON_SITE" -> random.nextInt(5) == 0 ? "QR_CODE" : "WINDOW_DEVICE";
                case "HOTLINE" -> "HOTLINE";
                default -> ONLINE_CHANNELS[random.nextInt(ONLINE_CHANNELS.length)];
            };
            String stage = source.equals("ON_SITE") ? "ON_SITE" : "COMPLETION";
            String ratingId = UUID.randomUUID().toString();
            boolean excluded = false;
            if (level <= 2) {
                bad++;
                excluded = tickets.add(ratingId, caseId, caseNumber, level, applicant, department, itemCode,
                        new RectificationTicket.Origin(region, source.equals("ON_SITE") ? hall : null, staff, channel),
                        ratedAt, now);
            }
            rows.add(ratingId, serviceId, source, caseId, caseNumber, stage, level, level >= 4 ? "热情,高效" : "",
                    level <= 2 ? "等候时间太长" : null, channel, applicant, department, itemCode, itemName, region,
                    source.equals("ON_SITE") ? hall : null, source.equals("ON_SITE") ? window : null, staff, ts(ratedAt),
                    excluded);
        }
        invitations.flush();
        occurrences.flush();
        rows.flush();
        tickets.flush();
        return new Summary(ratings, bad, tickets.count, unrated);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /** Rows for one table, written 500 at a time with one multi-row INSERT. */
    private final class Rows {

        private final String table;
        private final String[] columns;
        private final List<Object[]> pending = new ArrayList<>();
        private Rows parent;

        Rows(String table, String... columns) {
            this.table = table;
            this.columns = columns;
        }

        /** Rows that reference {@code parent}'s (a foreign key): the parent's pending rows are written first. */
        Rows after(Rows parentRows) {
            this.parent = parentRows;
            return this;
        }

        void add(Object... values) {
            pending.add(values);
            if (pending.size() == 500) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            if (parent != null) {
                parent.flush();
            }
            String row = "(" + String.join(",", java.util.Collections.nCopies(columns.length, "?")) + ")";
            String sql = "INSERT INTO " + table + " (" + String.join(",", columns) + ") VALUES "
                    + String.join(",", java.util.Collections.nCopies(pending.size(), row));
            jdbc.update(sql, pending.stream().flatMap(java.util.Arrays::stream).toArray());
            pending.clear();
        }
    }

    /** Bad reviews → tickets driven through the real transitions, so each state carries a true history. */
    private final class Tickets {

        private final Rows tickets = new Rows("rectification_ticket", "id", "rating_id", "case_id", "case_number",
                "level", "rater_id", "department", "item_code", "opened_at", "rectification_working_days", "due_date",
                "due_date_provisional", "status",
                "status_before_appeal", "resolution", "call_back_result", "answer", "reopen_count", "appeal_count",
                "overdue", "closed_at", "region", "hall_code", "staff_id", "channel");
        private final Rows steps = new Rows("rectification_step", "ticket_id", "seq", "action", "actor_id", "role", "at",
                "note").after(tickets);
        private int count;

        /** @return true if the review ended excluded (appeal upheld) */
        boolean add(String ratingId, String caseId, String caseNumber, int level, String rater, String department,
                String itemCode, RectificationTicket.Origin origin, Instant at, Instant now) {
            RectificationTicket t = RectificationTicket.open(ratingId, caseId, caseNumber, level, rater, department,
                    itemCode, origin, at, rectificationWorkingDays, calendar.calendar(origin.region()));
            Actor clerk = new Actor("demo-clerk-" + Math.abs(department.hashCode() % 10), "窗口负责人", Set.of("CLERK"),
                    origin.region(), department);
            Actor applicant = new Actor(rater, rater, Set.of("APPLICANT"), origin.region(), null);
            Actor supervisor = new Actor("supervisor1", "周督查", Set.of("SUPERVISOR"), origin.region(), null);
            Instant step = at;
            int scenario = count % 10;
            count++;
            // 0 stays OPEN (overdue if old); 1 IN_RECTIFICATION (overdue if old); 2 rectified, feedback pending;
            // 3 explained, feedback pending; 4 appealed; 5 satisfied; 6 basically satisfied; 7 reopened then unresolved;
            // 8 appeal upheld; 9 appeal rejected then rectified and satisfied
            if (scenario >= 1 && scenario != 4 && scenario != 8) {
                t.callBack(RectificationTicket.CallBackResult.CONFIRMED, "回访核实属实", clerk, step = later(step, now));
            }
            switch (scenario) {
                case 2, 5, 6, 7 -> t.rectify("约谈窗口人员，优化排队叫号流程", clerk, step = later(step, now));
                case 3 -> t.explain("申请材料不符合法定要求，已向申请人解释政策依据", clerk, step = later(step, now));
                case 4, 8 -> t.appeal("评价与办件无关，属误评", List.of("通话录音 2025-09-30", "窗口监控截图"), clerk,
                        step = later(step, now));
                case 9 -> {
                    t.appeal("申请人已撤回投诉", List.of("撤回说明"), clerk, step = later(step, now));
                    t.decideAppeal(false, "证据不足，驳回申诉", supervisor, step = later(step, now));
                    t.rectify("补充告知材料清单", clerk, step = later(step, now));
                    t.rateSatisfaction(RectificationTicket.Satisfaction.SATISFIED, applicant, step = later(step, now));
                }
                default -> {
                }
            }
            switch (scenario) {
                case 5 -> t.rateSatisfaction(RectificationTicket.Satisfaction.SATISFIED, applicant, later(step, now));
                case 6 -> t.rateSatisfaction(RectificationTicket.Satisfaction.BASICALLY_SATISFIED, applicant, later(step, now));
                case 7 -> {
                    t.rateSatisfaction(RectificationTicket.Satisfaction.UNSATISFIED, applicant, step = later(step, now));
                    t.rectify("调整窗口人员并再次回访", clerk, step = later(step, now));
                    t.rateSatisfaction(RectificationTicket.Satisfaction.UNSATISFIED, applicant, later(step, now));
                }
                case 8 -> t.decideAppeal(true, "复核属实，不计入差评率", supervisor, later(step, now));
                default -> {
                }
            }
            t.markOverdueIfLate(ShanghaiDate.of(now), now);
            tickets.add(t.id(), t.ratingId(), t.caseId(), t.caseNumber(), t.level(), t.raterId(), t.department(),
                    t.itemCode(), ts(t.openedAt()), t.workingDays(), Date.valueOf(t.dueDate()), t.dueDateProvisional(),
                    t.status().name(), name(t.statusBeforeAppeal()),
                    name(t.resolution()), name(t.callBackResult()), name(t.answer()), t.reopenCount(), t.appealCount(),
                    t.overdue(), t.closedAt() == null ? null : ts(t.closedAt()), origin.region(), origin.hallCode(),
                    origin.staffId(), origin.channel());
            List<RectificationTicket.Step> history = t.history();
            for (int seq = 0; seq < history.size(); seq++) {
                RectificationTicket.Step s = history.get(seq);
                steps.add(t.id(), seq, s.action(), s.actorId(), s.role(), ts(s.at()), s.note());
            }
            return t.excludesRatingFromBadRate();
        }

        void flush() {
            tickets.flush();
            steps.flush();
        }

        private Instant later(Instant from, Instant now) {
            Instant next = from.plus(Duration.ofHours(20));
            return next.isAfter(now) ? now : next;
        }

        private String name(Enum<?> e) {
            return e == null ? null : e.name();
        }
    }
}
