package org.example.gov.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.example.gov.hotline.ticket.TicketTest.OFFICIAL;
import static org.example.gov.hotline.ticket.TicketTest.agentAct;
import static org.example.gov.hotline.ticket.TicketTest.at;
import static org.example.gov.hotline.ticket.TicketTest.dispatched;
import static org.example.gov.hotline.ticket.TicketTest.handlerAct;

import java.time.LocalDate;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.junit.jupiter.api.Test;

/** After the reply: the centre's review, the call-back's outcomes, extensions, the approaching warning, 敏感件. */
class TicketWorkflowTest {

    /** Dispatched Fri 2025-09-26 10:00 (due Thu 2025-10-23), signed, replied on Thu 2025-10-09. */
    static Ticket replied() {
        Ticket t = dispatched(at("2025-09-26", "10:00"));
        t.sign(handlerAct(at("2025-09-26", "11:00")));
        t.reply("已安排维修", handlerAct(at("2025-10-09", "10:00")));
        return t;
    }

    @Test
    void aReplyIsReviewedBeforeAnyCallBack() {
        Ticket t = replied();
        assertThat(t.allowedActions()).containsExactlyInAnyOrder(TicketAction.APPROVE_REPLY, TicketAction.SEND_BACK_REPLY);
        assertThatThrownBy(() -> t.callBack(CallBack.Result.SATISFIED, null, agentAct(at("2025-10-09", "11:00"))))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowed()).containsExactlyInAnyOrder("reply-approval", "reply-send-back"));
    }

    @Test
    void anApprovedReplyMakesTheCallBackDueTheNextWorkingDay() {
        Ticket t = dispatched(at("2025-09-26", "10:00"));
        t.sign(handlerAct(at("2025-09-26", "11:00")));
        t.reply("已安排维修", handlerAct(at("2025-09-30", "10:00")));
        t.approveReply("答复完整", agentAct(at("2025-09-30", "15:00"))); // Tue before the National Day holiday

        assertThat(t.status()).isEqualTo(TicketStatus.CALL_BACK_DUE);
        assertThat(t.callBackDueDate()).isEqualTo(LocalDate.parse("2025-10-09")); // Oct 1-8 off
        assertThat(t.allowedActions()).containsExactly(TicketAction.CALL_BACK);
    }

    @Test
    void aReplySentBackKeepsTheDeadlineAndIsCounted() {
        Ticket t = replied();
        Deadline due = t.deadline();
        assertThatThrownBy(() -> t.sendBackReply(" ", agentAct(at("2025-10-09", "15:00"))))
                .isInstanceOf(BusinessRuleViolationException.class);

        t.sendBackReply("未说明维修时间", agentAct(at("2025-10-09", "15:00")));

        assertThat(t.status()).isEqualTo(TicketStatus.HANDLING);
        assertThat(t.deadline()).isEqualTo(due);
        assertThat(t.replySendBacks()).isEqualTo(1);
        assertThat(t.newHistory().getLast().action()).isEqualTo(TicketAction.SEND_BACK_REPLY);
    }

    @Test
    void basicallySatisfiedEndsTheCallBackAndUnsatisfiedForAnotherReasonIsNotReopened() {
        Ticket basically = replied();
        basically.approveReply(null, agentAct(at("2025-10-09", "15:00")));
        basically.callBack(CallBack.Result.BASICALLY_SATISFIED, null, null, agentAct(at("2025-10-10", "10:00")));
        assertThat(basically.status()).isEqualTo(TicketStatus.CALLED_BACK);

        Ticket policy = replied();
        policy.approveReply(null, agentAct(at("2025-10-09", "15:00")));
        policy.callBack(CallBack.Result.UNSATISFIED, false, "不认可政策规定", agentAct(at("2025-10-10", "10:00")));
        assertThat(policy.status()).isEqualTo(TicketStatus.CALLED_BACK);
        assertThat(policy.redoCount()).isZero();
        assertThat(policy.callBacks().getLast().handlingReason()).isFalse();
    }

    @Test
    void anUnsatisfiedCallBackForAHandlingReasonIsRatedAndReopened() {
        Ticket t = replied();
        t.approveReply(null, agentAct(at("2025-10-09", "15:00")));
        t.callBack(CallBack.Result.UNSATISFIED, true, "仍在漏水", agentAct(at("2025-10-10", "10:00")));

        assertThat(t.status()).isEqualTo(TicketStatus.HANDLING);
        assertThat(t.redoCount()).isEqualTo(1);
        HistoryEntry callBack = t.newHistory().get(t.newHistory().size() - 2);
        var event = TicketEvents.ratingOf(t, callBack).orElseThrow();
        assertThat(event.type()).isEqualTo(TicketEvents.DEPARTMENT_RATED);
        var rating = (TicketEvents.DepartmentRated) event.data();
        assertThat(rating.level()).isEqualTo(2);
        assertThat(rating.department()).isEqualTo("市住房和建设局");
        assertThat(rating.callbackId()).isEqualTo(t.callBacks().getLast().id());
        assertThat(TicketEvents.ratingOf(t, t.newHistory().getLast())).as("the reopening is no rating").isEmpty();
    }

    @Test
    void anUnreachableAttemptIsNoRating() {
        Ticket t = replied();
        t.approveReply(null, agentAct(at("2025-10-09", "15:00")));
        t.callBack(CallBack.Result.UNREACHABLE, null, null, agentAct(at("2025-10-10", "10:00")));
        assertThat(TicketEvents.ratingOf(t, t.newHistory().getLast())).isEmpty();
        assertThat(t.status()).isEqualTo(TicketStatus.CALL_BACK_DUE);
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineOnTheCalendarAndTellsTheCaller() {
        Ticket t = dispatched(at("2025-09-26", "10:00")); // due Thu 2025-10-23
        t.sign(handlerAct(at("2025-09-26", "11:00")));
        t.requestExtension(5, "需协调物业与业委会", handlerAct(at("2025-10-20", "10:00")));
        assertThat(t.deadline().dueDate()).isEqualTo(LocalDate.parse("2025-10-23"));
        assertThat(t.allowedActions()).contains(TicketAction.APPROVE_EXTENSION, TicketAction.REJECT_EXTENSION)
                .doesNotContain(TicketAction.REQUEST_EXTENSION);

        t.approveExtension(null, agentAct(at("2025-10-20", "15:00")));

        // five working days after Thu 10-23: Fri 10-24, Mon 10-27 .. Thu 10-30
        assertThat(t.deadline().dueDate()).isEqualTo(LocalDate.parse("2025-10-30"));
        assertThat(t.grantedExtensionDays()).isEqualTo(5);
        assertThat(t.extensions().getLast().toDueDate()).isEqualTo(LocalDate.parse("2025-10-30"));
        assertThat(t.newHistory()).extracting(HistoryEntry::action).endsWith(TicketAction.REQUEST_EXTENSION,
                TicketAction.APPROVE_EXTENSION, TicketAction.INFORM_CALLER);
    }

    @Test
    void extensionsBeyondTheMaximumAreRefused() {
        Ticket t = dispatched(at("2025-09-26", "10:00"));
        t.sign(handlerAct(at("2025-09-26", "11:00")));
        assertThatThrownBy(() -> t.requestExtension(11, "太复杂", handlerAct(at("2025-10-20", "10:00"))))
                .isInstanceOfSatisfying(InvalidTicketException.class,
                        e -> assertThat(e.code()).isEqualTo("EXTENSION_TOO_LONG"));
        t.requestExtension(6, "需协调", handlerAct(at("2025-10-20", "10:00")));
        t.approveExtension(null, agentAct(at("2025-10-20", "11:00")));
        assertThatThrownBy(() -> t.requestExtension(5, "还需协调", handlerAct(at("2025-10-21", "10:00"))))
                .as("6 granted + 5 > 10").isInstanceOf(InvalidTicketException.class);
        t.requestExtension(4, "还需协调", handlerAct(at("2025-10-21", "10:00")));
    }

    @Test
    void anExtensionIsRequestedBeforeTheDeadlineAndARejectionKeepsIt() {
        Ticket t = dispatched(at("2025-09-26", "10:00"));
        t.sign(handlerAct(at("2025-09-26", "11:00")));
        assertThatThrownBy(() -> t.requestExtension(3, "来不及", handlerAct(at("2025-10-24", "00:01"))))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("EXTENSION_AFTER_DEADLINE"));
        t.requestExtension(3, "来得及", handlerAct(at("2025-10-22", "10:00")));
        t.rejectExtension("理由不充分", agentAct(at("2025-10-22", "11:00")));
        assertThat(t.deadline().dueDate()).isEqualTo(LocalDate.parse("2025-10-23"));
        assertThat(t.grantedExtensionDays()).isZero();
        assertThat(t.extensions().getLast().outcome()).isEqualTo(Extension.Outcome.REJECTED);
    }

    @Test
    void theApproachingWarningIsRaisedExactlyOnceWithinTheLastWorkingDay() {
        Ticket t = dispatched(at("2025-09-26", "10:00")); // due Thu 2025-10-23; warned from Wed 10-22 (1 working day)
        assertThat(t.warnIfApproaching(Act.system(at("2025-10-21", "23:59"), OFFICIAL, HandlingPolicy.DEFAULT))).isFalse();
        assertThat(t.warnIfApproaching(Act.system(at("2025-10-22", "00:01"), OFFICIAL, HandlingPolicy.DEFAULT))).isTrue();
        assertThat(t.warnIfApproaching(Act.system(at("2025-10-22", "09:00"), OFFICIAL, HandlingPolicy.DEFAULT))).isFalse();
        assertThat(t.newHistory()).extracting(HistoryEntry::action).containsOnlyOnce(TicketAction.WARN_APPROACHING);
        // and the overdue flag is still raised once after it
        assertThat(t.markOverdueIfLate(Act.system(at("2025-10-24", "00:01"), OFFICIAL, HandlingPolicy.DEFAULT))).isTrue();
    }

    @Test
    void aTicketFlaggedSensitiveIsSupervisedAndFlaggedOnce() {
        Ticket t = dispatched(at("2025-09-26", "10:00"));
        t.flagSensitive("媒体关注", agentAct(at("2025-09-26", "12:00")));
        assertThat(t.sensitive()).isTrue();
        assertThat(t.supervised()).isTrue();
        assertThat(t.sensitivity().reason()).isEqualTo("媒体关注");
        assertThatThrownBy(() -> t.flagSensitive("再次", agentAct(at("2025-09-26", "13:00"))))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
