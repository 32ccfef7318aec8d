package org.example.gov.evaluation.onsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.example.gov.evaluation.channel.Channel;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.ConflictException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.junit.jupiter.api.Test;

class ServiceOccurrenceTest {

    static final Instant T0 = Instant.parse("2025-10-10T02:00:00Z");
    static final Actor CLERK = new Actor("clerk7", "窗口", Set.of("CLERK"), "440300", "市市场监督管理局");
    static final Actor DEVICE = new Actor("SZ-FUTIAN-W07", "评价器", Set.of(ServiceOccurrence.DEVICE_ROLE), "440300", null);
    static final Actor APPLICANT = new Actor("applicant1", "张三", Set.of("APPLICANT"), "440300", null);

    /** A 深圳 case of 市市场监督管理局 for applicant1, as its events told it. */
    static final ServedCase SHENZHEN_CASE = new ServedCase("case-1", "20251010-K7Q2M9XA", "applicant1", "XK-1",
            "食品经营许可证核发", "440300", "市市场监督管理局");

    static ServiceOccurrence open() {
        return open(SHENZHEN_CASE, "applicant1", null, CLERK);
    }

    static ServiceOccurrence open(ServedCase served, String applicantId, String staffId, Actor by) {
        return ServiceOccurrence.open(served, applicantId, "SZ-FUTIAN", "SZ-FUTIAN-W07", staffId, by, T0,
                Duration.ofMinutes(30));
    }

    @Test
    void theHallStaffsDepartmentIsRatedAndTheServingClerkByDefault() {
        ServiceOccurrence o = open();
        assertThat(o.department()).isEqualTo("市市场监督管理局");
        assertThat(o.region()).isEqualTo("440300");
        assertThat(o.staffId()).isEqualTo("clerk7");
        assertThat(o.status()).isEqualTo(ServiceOccurrence.Status.AWAITING_RATING);
    }

    @Test
    void theWindowDeviceRatesOnceAndASecondRatingIsAConflict() {
        ServiceOccurrence o = open();
        assertThat(o.rateBy(DEVICE, T0.plusSeconds(30))).isEqualTo(Channel.WINDOW_DEVICE);
        assertThat(o.status()).isEqualTo(ServiceOccurrence.Status.RATED);
        assertThatThrownBy(() -> o.rateBy(DEVICE, T0.plusSeconds(40)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("OCCURRENCE_ALREADY_RATED"));
        assertThatThrownBy(() -> o.rateBy(APPLICANT, T0.plusSeconds(50))).isInstanceOf(ConflictException.class);
    }

    @Test
    void theServedApplicantMayRateThroughTheWindowsQrCode() {
        assertThat(open().rateBy(APPLICANT, T0.plusSeconds(30))).isEqualTo(Channel.QR_CODE);
    }

    @Test
    void staffAnotherWindowsDeviceAndOtherApplicantsCannotRate() {
        ServiceOccurrence o = open();
        Actor otherDevice = new Actor("SZ-FUTIAN-W08", "评价器", Set.of(ServiceOccurrence.DEVICE_ROLE), "440300", null);
        Actor otherApplicant = new Actor("applicant2", "李四", Set.of("APPLICANT"), "440300", null);
        Actor clerkWithDeviceId = new Actor("SZ-FUTIAN-W07", "冒充", Set.of("CLERK"), "440300", "市市场监督管理局");
        for (Actor notAllowed : new Actor[] {CLERK, otherDevice, otherApplicant, clerkWithDeviceId}) {
            assertThatThrownBy(() -> o.rateBy(notAllowed, T0.plusSeconds(30))).isInstanceOf(NotFoundException.class);
        }
        assertThat(o.status()).isEqualTo(ServiceOccurrence.Status.AWAITING_RATING);
    }

    @Test
    void anOccurrenceCannotBeRatedAfterItsValidity() {
        assertThatThrownBy(() -> open().rateBy(DEVICE, T0.plus(Duration.ofMinutes(31))))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void staffCannotOpenAnOccurrenceForThemselvesNorWithoutADepartment() {
        assertThatThrownBy(() -> open(SHENZHEN_CASE, "clerk7", null, CLERK))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("STAFF_CANNOT_RATE"));
        Actor noDepartment = new Actor("clerk8", "x", Set.of("CLERK"), "440300", null);
        assertThatThrownBy(() -> open(SHENZHEN_CASE, "applicant1", null, noDepartment))
                .isInstanceOf(BusinessRuleViolationException.class);
    }

    @Test
    void staffOpenOccurrencesForThemselvesOnly() {
        assertThatThrownBy(() -> open(SHENZHEN_CASE, "applicant1", "clerk9", CLERK))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("OCCURRENCE_STAFF_NOT_SELF"));
        assertThat(open(SHENZHEN_CASE, "applicant1", "clerk7", CLERK).staffId()).isEqualTo("clerk7");
    }

    @Test
    void anOccurrenceIsOnlyForTheApplicantOfAKnownCaseWithinTheStaffMembersReach() {
        Actor guangzhouClerk = new Actor("clerk-gz", "窗口", Set.of("CLERK"), "440100", "市市场监督管理局");
        Actor otherDepartmentApprover = new Actor("appr-mz", "审批", Set.of("APPROVER"), "440300", "市民政局");
        Actor sameDepartmentApprover = new Actor("appr-sj", "审批", Set.of("APPROVER"), "440300", "市市场监督管理局");
        Actor otherCitySameNameApprover = new Actor("appr-gz", "审批", Set.of("APPROVER"), "440100", "市市场监督管理局");
        for (Actor outOfReach : new Actor[] {guangzhouClerk, otherDepartmentApprover, otherCitySameNameApprover}) {
            assertThatThrownBy(() -> open(SHENZHEN_CASE, "applicant1", null, outOfReach))
                    .as(outOfReach.id()).isInstanceOfSatisfying(NotFoundException.class,
                            e -> assertThat(e.code()).isEqualTo("SERVED_CASE_NOT_FOUND"));
        }
        assertThatThrownBy(() -> open(SHENZHEN_CASE, "applicant2", null, CLERK)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> open(null, "applicant1", null, CLERK)).isInstanceOf(NotFoundException.class);

        ServiceOccurrence o = open(SHENZHEN_CASE, "applicant1", null, sameDepartmentApprover);
        assertThat(o.itemCode()).isEqualTo("XK-1"); // the case's item, not what the request says
        assertThat(o.staffId()).isEqualTo("appr-sj");
    }

    @Test
    void theDeviceTheApplicantTheOpeningStaffMemberAndSupervisorsInScopeReadAnOccurrence() {
        ServiceOccurrence o = open();
        Actor colleague = new Actor("clerk8", "同事", Set.of("CLERK"), "440300", "市市场监督管理局");
        Actor otherApplicant = new Actor("applicant2", "李四", Set.of("APPLICANT"), "440300", null);
        Actor cityEast = new Actor("sup-gz", "督查", Set.of("SUPERVISOR"), "440100", null);
        Actor county = new Actor("sup-ft", "督查", Set.of("SUPERVISOR"), "440304", null);
        Actor city = new Actor("sup-sz", "督查", Set.of("SUPERVISOR"), "440300", null);
        Actor province = new Actor("sup-gd", "督查", Set.of("SUPERVISOR"), "440000", null);
        assertThat(java.util.List.of(DEVICE, APPLICANT, CLERK, city, province)).allMatch(o::visibleTo);
        assertThat(java.util.List.of(colleague, otherApplicant, cityEast, county)).noneMatch(o::visibleTo);
    }
}
