package org.example.gov.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.example.gov.calendar.OfficialSchedules;
import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.calendar.YearSchedule;
import org.example.gov.hotline.dispatch.DepartmentRef;
import org.example.gov.hotline.dispatch.Responsibility;
import org.example.gov.platform.personal.PersonName;
import org.example.gov.platform.personal.PhoneNumber;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.security.Actor;
import org.junit.jupiter.api.Test;

/** The ticket's rules without Spring: stages, the clock that runs from dispatch, returns, call-backs, supervision. */
class TicketTest {

    static final RegionalCalendars OFFICIAL = RegionalCalendars.of(OfficialSchedules.bundled(), List.of());
    static final Actor AGENT = new Actor("agent1", "郑话务", Set.of("HOTLINE_AGENT"), "440300", "市12345热线中心");
    static final Actor HANDLER = new Actor("handler1", "冯承办", Set.of("HOTLINE_HANDLER"), "440300", "市住房和建设局");
    static final DepartmentRef HOUSING = new DepartmentRef("440300", "市住房和建设局");
    static final DepartmentRef ENVIRONMENT = new DepartmentRef("440300", "市生态环境局");
    static final Responsibility LIST = new Responsibility("0101", "440300", HOUSING, List.of());

    @Test
    void aComplaintReceivedOnFridayBeforeNationalDayIsDueFifteenWorkingDaysLaterOnTheOfficialCalendar() {
        // Received and dispatched Fri 2025-09-26. Counting starts the next day, on the official 2025 schedule:
        // Sun 9-28 (调休上班) 1, Mon 9-29 2, Tue 9-30 3, Oct 1-8 National Day holiday, Thu 10-09 4, Fri 10-10 5,
        // Sat 10-11 (调休上班) 6, Mon 10-13 7, Tue 10-14 8, Wed 10-15 9, Thu 10-16 10, Fri 10-17 11, Mon 10-20 12,
        // Tue 10-21 13, Wed 10-22 14, Thu 10-23 15. Mon-Fri-only arithmetic would give 10-17; holidays without 调休 10-27.
        Ticket t = received(TicketType.COMPLAINT, Urgency.NORMAL, at("2025-09-26", "09:30"));
        t.dispatch(HOUSING, List.of(), LIST, null, agentAct(at("2025-09-26", "10:00")));

        assertThat(t.deadline().dueDate()).isEqualTo(LocalDate.parse("2025-10-23"));
        assertThat(t.deadline().provisional()).isFalse();
        assertThat(t.deadline().dueAt()).isEqualTo(at("2025-10-24", "00:00")); // the whole of the due date counts
    }

    @Test
    void consultHelpAndUrgentTicketsHaveTheirOwnLimits() {
        Ticket consult = received(TicketType.CONSULT, Urgency.NORMAL, at("2025-09-26", "09:00"));
        consult.dispatch(HOUSING, List.of(), LIST, null, agentAct(at("2025-09-26", "09:00")));
        assertThat(consult.deadline().dueDate()).isEqualTo(LocalDate.parse("2025-09-29")); // Sun 9-28 is a working day

        Ticket urgent = received(TicketType.COMPLAINT, Urgency.URGENT, at("2025-09-30", "20:00"));
        urgent.dispatch(HOUSING, List.of(), LIST, null, agentAct(at("2025-09-30", "20:00")));
        assertThat(urgent.deadline().dueAt()).as("24 hours on the clock, holiday or not").isEqualTo(at("2025-10-01", "20:00"));

        Ticket emergency = received(TicketType.HELP, Urgency.EMERGENCY, at("2025-10-02", "03:00"));
        emergency.dispatch(HOUSING, List.of(), LIST, null, agentAct(at("2025-10-02", "03:00")));
        assertThat(emergency.deadline().dueAt()).isEqualTo(at("2025-10-02", "05:00"));
    }

    @Test
    void aLateSignatureDoesNotMoveTheDeadline() {
        Ticket t = dispatched(at("2025-09-26", "10:00"));
        var due = t.deadline();

        t.sign(handlerAct(at("2025-09-30", "16:00"))); // sign window was 24 hours

        assertThat(t.status()).isEqualTo(TicketStatus.HANDLING);
        assertThat(t.deadline()).isEqualTo(due);
        assertThat(t.newHistory().getLast().note()).startsWith("late");
    }

    @Test
    void anUnsignedTicketPastTheSignWindowIsRemindedOnceAndSupervised() {
        Ticket t = dispatched(at("2025-09-26", "10:00"));
        assertThat(t.remindToSignIfLate(Act.system(at("2025-09-27", "09:59"), OFFICIAL, HandlingPolicy.DEFAULT)))
                .as("still within 24 hours").isFalse();

        assertThat(t.remindToSignIfLate(Act.system(at("2025-09-27", "10:01"), OFFICIAL, HandlingPolicy.DEFAULT))).isTrue();
        assertThat(t.remindToSignIfLate(Act.system(at("2025-09-28", "10:00"), OFFICIAL, HandlingPolicy.DEFAULT)))
                .as("once per dispatch").isFalse();
        assertThat(t.supervised()).isTrue();
        assertThat(t.signReminders()).isEqualTo(1);
        assertThat(t.newHistory().getLast().action()).isEqualTo(TicketAction.REMIND_TO_SIGN);
    }

    @Test
    void anOverdueTicketIsFlaggedExactlyOnce() {
        Ticket t = dispatched(at("2025-09-26", "10:00")); // complaint, due 2025-10-23
        assertThat(t.markOverdueIfLate(Act.system(at("2025-10-23", "23:59"), OFFICIAL, HandlingPolicy.DEFAULT))).isFalse();
        assertThat(t.markOverdueIfLate(Act.system(at("2025-10-24", "00:01"), OFFICIAL, HandlingPolicy.DEFAULT))).isTrue();
        assertThat(t.markOverdueIfLate(Act.system(at("2025-10-25", "00:01"), OFFICIAL, HandlingPolicy.DEFAULT))).isFalse();
        assertThat(t.overdueFlagged()).isTrue();
        assertThat(t.supervised()).isTrue();
    }

    @Test
    void aRejectedReturnGoesBackToTheDepartmentWithTheDeadlineUnchanged() {
        Ticket t = dispatched(at("2025-09-26", "10:00"));
        t.sign(handlerAct(at("2025-09-26", "11:00")));
        var due = t.deadline();

        t.requestReturn("不属于本单位职责", handlerAct(at("2025-09-28", "10:00")));
        assertThat(t.status()).isEqualTo(TicketStatus.RETURN_REQUESTED);
        t.rejectReturn("属于物业监管职责", agentAct(at("2025-09-29", "10:00")));

        assertThat(t.status()).isEqualTo(TicketStatus.HANDLING);
        assertThat(t.deadline()).isEqualTo(due);
        assertThat(t.assignment().lead()).isEqualTo(HOUSING);
        assertThat(t.returns().getLast().outcome()).isEqualTo(ReturnRecord.Outcome.REJECTED);
    }

    @Test
    void anApprovedReturnWaitsForAnotherDispatchAndCountsAgainstTheReturningDepartment() {
        Ticket t = dispatched(at("2025-09-26", "10:00"));
        t.requestReturn("不属于本单位职责", handlerAct(at("2025-09-26", "15:00")));
        t.approveReturn("改派生态环境局", agentAct(at("2025-09-26", "16:00")));

        assertThat(t.status()).isEqualTo(TicketStatus.RECEIVED);
        assertThat(t.assignment()).isNull();
        assertThat(t.returns()).singleElement().satisfies(r -> {
            assertThat(r.department()).isEqualTo("市住房和建设局");
            assertThat(r.outcome()).isEqualTo(ReturnRecord.Outcome.APPROVED);
        });
        t.dispatch(ENVIRONMENT, List.of(), LIST, "噪声问题由生态环境局主办", agentAct(at("2025-09-26", "16:30")));
        assertThat(t.assignment().lead()).isEqualTo(ENVIRONMENT);
    }

    @Test
    void aReturnAfterTheReturnWindowIsRefused() {
        Ticket t = dispatched(at("2025-09-26", "10:00")); // 2 working days: Sun 9-28 and Mon 9-29
        assertThatThrownBy(() -> t.requestReturn("不属于本单位职责", handlerAct(at("2025-09-30", "09:00"))))
                .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("2025-09-29");
        t.requestReturn("不属于本单位职责", handlerAct(at("2025-09-29", "17:00")));
        assertThat(t.status()).isEqualTo(TicketStatus.RETURN_REQUESTED);
    }

    @Test
    void theThirdReturnGoesToCoordinationInsteadOfAnotherDispatchAndTheDecisionIsFinal() {
        Ticket t = dispatched(at("2025-09-26", "10:00"));
        t.requestReturn("一退", handlerAct(at("2025-09-26", "11:00")));
        t.approveReturn(null, agentAct(at("2025-09-26", "11:10")));
        t.dispatch(ENVIRONMENT, List.of(), LIST, "改派", agentAct(at("2025-09-26", "11:20")));
        t.requestReturn("二退", handlerAct(at("2025-09-26", "11:30")));
        t.rejectReturn("应由你单位办理", agentAct(at("2025-09-26", "11:40")));

        t.requestReturn("三退", handlerAct(at("2025-09-26", "11:50")));

        assertThat(t.status()).isEqualTo(TicketStatus.COORDINATION);
        assertThat(t.allowedActions()).containsExactly(TicketAction.COORDINATE);
        assertThat(t.returns().getLast().outcome()).isEqualTo(ReturnRecord.Outcome.COORDINATION);
        assertThatThrownBy(() -> t.dispatch(HOUSING, List.of(), LIST, null, agentAct(at("2025-09-26", "12:00"))))
                .isInstanceOf(IllegalTransitionException.class);

        t.decideCoordination(HOUSING, List.of(ENVIRONMENT), "联席会议审定", agentAct(at("2025-09-27", "10:00")));
        assertThat(t.status()).isEqualTo(TicketStatus.DISPATCHED);
        assertThat(t.assignment().coordinated()).isTrue();
        assertThat(t.allowedActions()).containsExactly(TicketAction.SIGN);
        assertThat(t.newHistory()).extracting(HistoryEntry::action).endsWith(TicketAction.COORDINATE, TicketAction.DISPATCH);
    }

    @Test
    void overridingTheResponsibilityListNeedsAReason() {
        Ticket t = received(TicketType.COMPLAINT, Urgency.NORMAL, at("2025-09-26", "09:00"));
        assertThatThrownBy(() -> t.dispatch(ENVIRONMENT, List.of(), LIST, " ", agentAct(at("2025-09-26", "09:10"))))
                .isInstanceOf(BusinessRuleViolationException.class)
                .satisfies(e -> assertThat(((BusinessRuleViolationException) e).code())
                        .isEqualTo("DISPATCH_OVERRIDE_REASON_REQUIRED"));
        t.dispatch(ENVIRONMENT, List.of(HOUSING), LIST, "涉及噪声", agentAct(at("2025-09-26", "09:10")));
        assertThat(t.newHistory().getLast().note()).contains("overrides the responsibility list");
    }

    @Test
    void anUnsatisfiedCallBackReopensTheTicketToTheSameDepartmentWithRedoCountOneAndANewDeadline() {
        Ticket t = dispatched(at("2025-09-26", "10:00"));
        t.sign(handlerAct(at("2025-09-26", "11:00")));
        t.reply("已安排维修", handlerAct(at("2025-10-09", "10:00")));
        t.approveReply(null, agentAct(at("2025-10-09", "15:00")));

        t.callBack(CallBack.Result.UNSATISFIED, "仍在漏水", agentAct(at("2025-10-10", "10:00")));

        assertThat(t.status()).isEqualTo(TicketStatus.HANDLING);
        assertThat(t.redoCount()).isEqualTo(1);
        assertThat(t.assignment().lead()).isEqualTo(HOUSING);
        // 15 working days from Fri 2025-10-10: Sat 10-11 (调休上班) 1, Mon 10-13 2 ... Thu 10-30 15
        assertThat(t.deadline().dueDate()).isEqualTo(LocalDate.parse("2025-10-30"));
        assertThat(t.newHistory()).extracting(HistoryEntry::action).endsWith(TicketAction.CALL_BACK, TicketAction.REOPEN);
    }

    @Test
    void aSatisfiedCallBackLetsTheCentreCloseAndUnreachableEndsAfterThreeAttempts() {
        Ticket t = dispatched(at("2025-09-26", "10:00"));
        t.sign(handlerAct(at("2025-09-26", "11:00")));
        t.reply("已安排维修", handlerAct(at("2025-10-09", "10:00")));
        t.approveReply(null, agentAct(at("2025-10-09", "15:00")));
        t.callBack(CallBack.Result.UNREACHABLE, null, agentAct(at("2025-10-10", "10:00")));
        t.callBack(CallBack.Result.UNREACHABLE, null, agentAct(at("2025-10-10", "15:00")));
        assertThat(t.status()).isEqualTo(TicketStatus.CALL_BACK_DUE);
        t.callBack(CallBack.Result.UNREACHABLE, null, agentAct(at("2025-10-11", "10:00")));
        assertThat(t.status()).isEqualTo(TicketStatus.CALLED_BACK);

        t.close(null, agentAct(at("2025-10-11", "11:00")));
        assertThat(t.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(t.closedAt()).isEqualTo(at("2025-10-11", "11:00"));
    }

    @Test
    void anIllegalStepIsRefusedWithTheAllowedOnes() {
        Ticket t = received(TicketType.HELP, Urgency.NORMAL, at("2025-09-26", "09:00"));
        assertThatThrownBy(() -> t.sign(handlerAct(at("2025-09-26", "09:10"))))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.state()).isEqualTo("RECEIVED");
                    assertThat(e.allowed()).containsExactlyInAnyOrder("dispatch", "emergency-handoff");
                });
    }

    @Test
    void anEmergencyHandOffEndsTheTicketWithoutDispatch() {
        Ticket t = received(TicketType.HELP, Urgency.EMERGENCY, at("2025-09-26", "09:00"));
        t.handOffEmergency(EmergencyHandoff.Service.FIRE_119, EmergencyHandoff.Mode.THREE_WAY_CALL, "厨房起火",
                agentAct(at("2025-09-26", "09:01")));
        assertThat(t.status()).isEqualTo(TicketStatus.EMERGENCY_HANDED_OFF);
        assertThat(t.assignment()).isNull();
        assertThat(t.allowedActions()).isEmpty();
        assertThatThrownBy(() -> t.dispatch(HOUSING, List.of(), LIST, null, agentAct(at("2025-09-26", "09:02"))))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aConfidentialCallerIsShownToTheCentreButNeverToADepartment() {
        Ticket open = received(TicketType.REPORT, Urgency.NORMAL, at("2025-09-26", "09:00"));
        Ticket confidential = Ticket.receive("RX1", Channel.PHONE, TicketType.REPORT, "010101",
                new Location("440304", "福田区某小区", null, null), Urgency.NORMAL, "举报", List.of(), caller(), true, null,
                agentAct(at("2025-09-26", "09:00")));
        assertThat(open.showsCallerTo(HANDLER)).isTrue();
        assertThat(confidential.showsCallerTo(HANDLER)).isFalse();
        assertThat(confidential.showsCallerTo(AGENT)).isTrue();
    }

    @Test
    void aDueDateCountedIntoAYearNotLoadedIsProvisionalAndCountedAgainOnceItIs() {
        Ticket t = received(TicketType.COMPLAINT, Urgency.NORMAL, at("2026-12-21", "10:00"));
        t.dispatch(HOUSING, List.of(), LIST, null, agentAct(at("2026-12-21", "10:00")));
        // 2027 is not loaded: the weekends-only estimate counts Fri 2027-01-01 as a working day → Mon 2027-01-11
        assertThat(t.deadline().dueDate()).isEqualTo(LocalDate.parse("2027-01-11"));
        assertThat(t.deadline().provisional()).isTrue();
        assertThat(t.recountDeadline(Act.system(at("2026-12-22", "10:00"), OFFICIAL, HandlingPolicy.DEFAULT)))
                .as("nothing new loaded").isFalse();

        // A TEST FIXTURE, not the official 2027 schedule: 元旦 on Fri 1 January and Mon 11 January off
        List<YearSchedule> years = new java.util.ArrayList<>(OfficialSchedules.bundled());
        years.add(YearSchedule.of(2027, List.of(new YearSchedule.Entry(LocalDate.parse("2027-01-01"), true, "元旦"),
                new YearSchedule.Entry(LocalDate.parse("2027-01-11"), true, "测试假日（测试数据）"))));
        Act loaded = Act.system(at("2026-12-23", "10:00"), RegionalCalendars.of(years, List.of()), HandlingPolicy.DEFAULT);

        assertThat(t.recountDeadline(loaded)).isTrue();
        // Dec 22-25, 28-31 (8), Jan 4-8 (13), Jan 12 (14), Jan 13 (15)
        assertThat(t.deadline().dueDate()).isEqualTo(LocalDate.parse("2027-01-13"));
        assertThat(t.deadline().provisional()).isFalse();
        assertThat(t.deadline().startedAt()).isEqualTo(at("2026-12-21", "10:00"));
        assertThat(t.newHistory().getLast().action()).isEqualTo(TicketAction.RECOUNT_DEADLINE);
        assertThat(t.recountDeadline(loaded)).as("exact now").isFalse();
    }

    // ---------------------------------------------------------------- fixtures

    @Test
    void aConsultAnsweredDirectlyIsClosedWithoutDispatchAndCitesTheArticleVersion() {
        Ticket t = received(TicketType.CONSULT, Urgency.NORMAL, at("2025-09-26", "09:00"));
        assertThat(t.allowedActions()).contains(TicketAction.DIRECT_ANSWER);
        t.answerDirectly(new DirectAnswer("7d1f0c9e-2b3a-4c5d-8e6f-1a2b3c4d5e6f", 2, "公积金提取条件", null, "agent1",
                at("2025-09-26", "09:05")), agentAct(at("2025-09-26", "09:05")));
        assertThat(t.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(t.assignment()).isNull();
        assertThat(t.deadline()).isNull();
        assertThat(t.directAnswer().articleVersion()).isEqualTo(2);
        assertThat(t.closedAt()).isEqualTo(at("2025-09-26", "09:05"));
        assertThat(t.newHistory().getLast().action()).isEqualTo(TicketAction.DIRECT_ANSWER);
    }

    @Test
    void onlyAConsultIsAnsweredDirectly() {
        Ticket t = received(TicketType.COMPLAINT, Urgency.NORMAL, at("2025-09-26", "09:00"));
        assertThatThrownBy(() -> t.checkAllowed(TicketAction.DIRECT_ANSWER))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowed()).containsExactlyInAnyOrder("dispatch", "emergency-handoff"));
    }

    @Test
    void aRepeatCallIsMergedIntoTheOpenTicketAndCountedButNotIntoAFinishedOne() {
        Ticket t = dispatched(at("2025-09-26", "09:00"));
        TicketStatus before = t.status();
        t.mergeRepeatCall(Channel.PHONE, "还在漏水", agentAct(at("2025-09-27", "09:00")));
        t.mergeRepeatCall(Channel.WECHAT, "还在漏水", agentAct(at("2025-09-28", "09:00")));
        assertThat(t.reminderCount()).isEqualTo(2);
        assertThat(t.status()).isEqualTo(before);
        assertThat(t.assignment().dispatchedAt()).as("no second dispatch").isEqualTo(at("2025-09-26", "09:00"));
        assertThat(t.newHistory().getLast().action()).isEqualTo(TicketAction.MERGE);

        Ticket handedOff = received(TicketType.HELP, Urgency.EMERGENCY, at("2025-09-26", "09:00"));
        handedOff.handOffEmergency(EmergencyHandoff.Service.FIRE_119, EmergencyHandoff.Mode.TRANSFER, null,
                agentAct(at("2025-09-26", "09:01")));
        assertThatThrownBy(() -> handedOff.mergeRepeatCall(Channel.PHONE, "x", agentAct(at("2025-09-26", "09:02"))))
                .isInstanceOf(IllegalTransitionException.class);
    }

    static Ticket received(TicketType type, Urgency urgency, Instant at) {
        return Ticket.receive("RX20250926-TEST0001", Channel.PHONE, type, "010102",
                new Location("440304", "福田区某小区 3 栋", null, null), urgency, "楼上漏水", List.of(), caller(), false, null,
                agentAct(at));
    }

    static Ticket dispatched(Instant at) {
        Ticket t = received(TicketType.COMPLAINT, Urgency.NORMAL, at);
        t.dispatch(HOUSING, List.of(), LIST, null, agentAct(at));
        return t;
    }

    static Caller caller() {
        return new Caller(PersonName.of("张三"), PhoneNumber.of("13800138000"));
    }

    static Act agentAct(Instant at) {
        return new Act(AGENT, "HOTLINE_AGENT", at, OFFICIAL, HandlingPolicy.DEFAULT);
    }

    static Act handlerAct(Instant at) {
        return new Act(HANDLER, "HOTLINE_HANDLER", at, OFFICIAL, HandlingPolicy.DEFAULT);
    }

    static Instant at(String day, String time) {
        return ZonedDateTime.of(LocalDate.parse(day), LocalTime.parse(time), ShanghaiDate.ZONE).toInstant();
    }
}
