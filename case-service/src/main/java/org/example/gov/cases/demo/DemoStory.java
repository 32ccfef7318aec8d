package org.example.gov.cases.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.calendar.WorkingDayCalendar;
import org.example.gov.cases.casefile.Act;
import org.example.gov.cases.casefile.Applicant;
import org.example.gov.cases.casefile.Case;
import org.example.gov.cases.casefile.CaseStatus;
import org.example.gov.cases.casefile.Decision;
import org.example.gov.cases.casefile.Delivery;
import org.example.gov.cases.casefile.Origin;
import org.example.gov.cases.casefile.SpecialProcedure;
import org.example.gov.platform.security.Actor;

/**
 * Tells the life of one demo case through the aggregate, as it would have happened on past working days: every step
 * is a real transition (so the rules, due dates, pauses and history are the service's own), performed by a plausible
 * person at an office-hour instant (Asia/Shanghai) after the previous step and never after now. Dates are chosen in
 * working days before today on the real calendar of the item's region ({@link #ago}); {@link #later} moves on and
 * stops at today (on a weekend or holiday: at the last working day). Past dates of a year not loaded use the
 * estimate, as the service itself would.
 */
final class DemoStory {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final LocalTime OPEN = LocalTime.of(9, 0);
    private static final LocalTime SHUT = LocalTime.of(17, 30);

    private final DemoItem item;
    private final RegionalCalendars calendars;
    /** The calendar of the item's region: the dates a clerk of that hall would work on. */
    private final WorkingDayCalendar calendar;
    private final Instant now;
    private final LocalDate today;
    /** Today, or on a weekend or holiday the last working day: staff do not work on days off. */
    private final LocalDate lastWorkingDay;
    private final Random random;
    private final DemoCast.Office office;
    private final Actor clerk;
    private final Actor approver;
    private final String window;
    private Applicant applicant;
    private Origin origin;
    private Case c;
    private LocalDate day;
    private Instant last = Instant.EPOCH;

    DemoStory(DemoItem item, RegionalCalendars calendars, Instant now, Random random) {
        this.item = item;
        this.calendars = calendars;
        this.calendar = calendars.of(item.item().region());
        this.now = now;
        this.today = ShanghaiDate.of(now);
        this.lastWorkingDay = calendar.day(today).workingDay() ? today : calendar.minusWorkingDays(today, 1).date();
        this.random = random;
        this.office = DemoCast.office(item.item().region());
        this.clerk = DemoCast.pick(office.clerks(), random);
        this.approver = DemoCast.pick(office.approvers(), random);
        this.window = office.hall() + " " + (1 + random.nextInt(24)) + "号窗口";
        this.applicant = DemoCast.applicantFor(item.item().code(), item.item().name(), random);
    }

    // ---- dates -------------------------------------------------------------------------------------------------

    /** The working day {@code workingDays} before today (0 = today, or the last working day on a day off). */
    LocalDate ago(int workingDays) {
        return calendar.minusWorkingDays(lastWorkingDay, Math.max(0, workingDays)).date();
    }

    /** A random working day between {@code max} and {@code min} working days before today. */
    LocalDate ago(int min, int max) {
        return ago(between(min, max));
    }

    int between(int min, int max) {
        return max <= min ? min : min + random.nextInt(max - min + 1);
    }

    int promised() {
        return item.promisedDays();
    }

    /** Moves on by working days (0 = later the same day), never past today (the last working day). */
    DemoStory later(int workingDays) {
        return until(calendar.plusWorkingDays(day, Math.max(0, workingDays)).date());
    }

    DemoStory later(int min, int max) {
        return later(between(min, max));
    }

    /** Moves to the case's current due date (or stays, if that is already behind). */
    DemoStory untilDue() {
        return c.deadline() == null ? this : until(c.deadline().dueDate());
    }

    DemoStory maybe(double probability, UnaryOperator<DemoStory> steps) {
        return random.nextDouble() < probability ? steps.apply(this) : this;
    }

    private DemoStory until(LocalDate date) {
        day = date.isAfter(lastWorkingDay) ? lastWorkingDay : date.isBefore(day) ? day : date;
        return this;
    }

    // ---- intake ------------------------------------------------------------------------------------------------

    /** Online (web, app or self-service terminal), by the applicant: waits for 网上预审. */
    DemoStory online(LocalDate on) {
        day = on;
        Origin.Channel channel = DemoCast.pick(List.of(Origin.Channel.WEB, Origin.Channel.APP, Origin.Channel.APP,
                Origin.Channel.TERMINAL), random);
        String location = switch (channel) {
            case WEB -> "广东政务服务网";
            case APP -> "粤省事";
            default -> office.hall() + " 自助终端";
        };
        return submit(Origin.online(channel), DemoCast.applicantActor(applicant), "APPLICANT", location, null);
    }

    /** At a window: the clerk registers it for the applicant, received at once. */
    DemoStory window(LocalDate on) {
        day = on;
        return submit(new Origin(Origin.Channel.WINDOW, clerk.id(), null, null, null), clerk, "CLERK", window,
                applicant.id());
    }

    /** 帮办代办: a clerk fills in and submits for an elderly or disabled person at the assistance window. */
    DemoStory assisted(LocalDate on) {
        day = on;
        applicant = DemoCast.assisted(random);
        return submit(new Origin(Origin.Channel.WINDOW, clerk.id(), null, null, null), clerk, "CLERK",
                office.hall() + " 帮办代办专窗", applicant.id());
    }

    /** Online or at a window (即办件 mostly at the window). */
    DemoStory submit(LocalDate on) {
        double online = item.item().instant() ? 0.3 : 0.6;
        return random.nextDouble() < online ? online(on) : window(on);
    }

    /** Submitted and received (收件) on {@code on}: online ones were submitted up to a working day earlier. */
    DemoStory received(LocalDate on) {
        if (random.nextDouble() < (item.item().instant() ? 0.3 : 0.6)) {
            return online(calendar.minusWorkingDays(on, between(0, 1)).date()).until(on).receive();
        }
        return window(on);
    }

    /** Submitted, received and accepted (受理) on {@code on}; the clock starts there. */
    DemoStory accepted(LocalDate on) {
        return received(calendar.minusWorkingDays(on, between(0, 1)).date()).until(on).accept();
    }

    private DemoStory submit(Origin how, Actor actor, String role, String location, String onBehalfOf) {
        origin = how;
        c = Case.submit(caseNumber(), String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)), item.item(),
                applicant, how, act(actor, role, location), onBehalfOf);
        return this;
    }

    // ---- steps -------------------------------------------------------------------------------------------------

    /** 预审通过 → 收件 (nothing to do for a case already received at the window). */
    DemoStory receive() {
        if (c.status() == CaseStatus.PRE_REVIEW) {
            c.receive(staff(clerk, "CLERK", office.hall() + " 网上预审"));
        }
        return this;
    }

    DemoStory accept() {
        receive();
        c.accept(staff(clerk, "CLERK", window));
        return this;
    }

    /** 补正告知, once and completely: one or two of the item's materials. */
    DemoStory supplement() {
        List<String> materials = new ArrayList<>(item.materials());
        java.util.Collections.shuffle(materials, random);
        boolean accepted = !c.status().beforeAcceptance();
        c.requestSupplement(materials.subList(0, Math.min(materials.size(), between(1, 2))),
                accepted ? "审查中发现材料需更正，请于补正后重新提交" : "材料不齐全，请一次性补齐",
                accepted ? staff(approver, "APPROVER", item.item().department()) : staff(clerk, "CLERK", window));
        return this;
    }

    /** The applicant brings the materials (online themself, or at the window through the clerk). */
    DemoStory provide() {
        if (origin.channel().online()) {
            c.provideSupplement(act(DemoCast.applicantActor(applicant), "APPLICANT", "粤省事"), null);
        } else {
            c.provideSupplement(staff(clerk, "CLERK", window), applicant.id());
        }
        return this;
    }

    DemoStory review() {
        c.recordReviewStep(item.item().department(), DemoCast.pick(DemoCast.REVIEW_OPINIONS, random), approverAct());
        return this;
    }

    DemoStory special() {
        SpecialProcedure.Type type = DemoCast.pick(List.of(SpecialProcedure.Type.values()), random);
        c.startSpecialProcedure(type, DemoCast.SPECIAL_PROCEDURES.get(type.name()), approverAct());
        return this;
    }

    DemoStory endSpecial() {
        c.endSpecialProcedure(DemoCast.pick(List.of("结论：符合要求", "检验合格", "听证结束，维持原审查意见",
                "专家评审通过"), random), approverAct());
        return this;
    }

    /** 延期 by the approver, where the item allows it (otherwise the case simply goes on). */
    DemoStory extend() {
        if (item.extensible()) {
            int max = item.item().extensionMaxDays() == null ? 10 : item.item().extensionMaxDays();
            c.extend(between(Math.min(3, max), Math.min(10, max)), DemoCast.pick(List.of("需组织现场核查，法定期限内不能作出决定",
                    "涉及多部门会签，经负责人批准延期", "申请人申请变更申报内容，需重新审查"), random), approverAct());
        }
        return this;
    }

    DemoStory approve() {
        c.decide(Decision.Outcome.APPROVED, null, approverAct());
        return this;
    }

    DemoStory refuse() {
        c.decide(Decision.Outcome.REFUSED, DemoCast.pick(DemoCast.REFUSALS, random), approverAct());
        return this;
    }

    /** 送达: window pickup, courier or e-licence (a refusal letter is never an e-licence). */
    DemoStory deliver() {
        List<Delivery.Method> methods = c.decision().outcome() == Decision.Outcome.REFUSED
                ? List.of(Delivery.Method.WINDOW_PICKUP, Delivery.Method.COURIER)
                : List.of(Delivery.Method.values());
        Delivery.Method method = DemoCast.pick(methods, random);
        String reference = switch (method) {
            case COURIER -> "SF" + digits(12);
            case E_LICENCE -> "DZZZ-" + item.item().region() + "-" + digits(10);
            case WINDOW_PICKUP -> null;
        };
        c.deliver(method, reference, staff(clerk, "CLERK", method == Delivery.Method.WINDOW_PICKUP ? window : office.hall()));
        return this;
    }

    DemoStory close() {
        c.close(staff(clerk, "CLERK", office.hall()));
        return this;
    }

    /** Delivered the same or the next working day, and closed when delivered. */
    DemoStory deliverAndClose() {
        return later(0, 1).deliver().close();
    }

    /** 不予受理 with written reasons (after an unanswered supplement notice: that is the reason). */
    DemoStory notAccept() {
        String reasons = c.supplements().isEmpty() ? DemoCast.pick(DemoCast.NON_ACCEPTANCE.subList(0, 2), random)
                : DemoCast.NON_ACCEPTANCE.get(2);
        c.notAccept(reasons, staff(clerk, "CLERK", window));
        return this;
    }

    DemoStory withdraw() {
        c.withdraw(DemoCast.pick(DemoCast.WITHDRAWALS, random),
                act(DemoCast.applicantActor(applicant), "APPLICANT", origin.channel().online() ? "粤省事" : window));
        return this;
    }

    Case build() {
        return c;
    }

    // ---- acts --------------------------------------------------------------------------------------------------

    private Act approverAct() {
        return staff(approver, "APPROVER", item.item().department());
    }

    private Act staff(Actor actor, String role, String location) {
        return act(actor, role, location);
    }

    /** An act on the story's day, at an office-hour instant after the previous one and not after now. */
    private Act act(Actor actor, String role, String location) {
        Instant open = day.atTime(OPEN).atZone(Act.ZONE).toInstant();
        Instant shut = day.atTime(SHUT).atZone(Act.ZONE).toInstant();
        if (day.equals(today)) {
            shut = min(shut, now.minusSeconds(60));
            open = min(open, shut.minus(Duration.ofHours(1)));
        }
        Instant from = max(open, last.plusSeconds(60));
        long span = Math.min(Duration.between(from, shut).toSeconds(), Duration.ofMinutes(90).toSeconds());
        if (day.equals(today)) {
            span /= 3; // leave room before now for the steps still to come today
        }
        last = span > 0 ? from.plusSeconds(random.nextLong(span)) : from;
        return new Act(actor, role, location, last, calendars);
    }

    private String caseNumber() {
        StringBuilder number = new StringBuilder(DAY.format(day)).append('-');
        for (int i = 0; i < 8; i++) {
            number.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return number.toString();
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
