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

    static ServiceOccurrence open() {
        return ServiceOccurrence.open("case-1", "20251010-K7Q2M9XA", "applicant1", "XK-1", "食品经营许可证核发",
                "SZ-FUTIAN", "SZ-FUTIAN-W07", null, CLERK, T0, Duration.ofMinutes(30));
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
        assertThatThrownBy(() -> ServiceOccurrence.open("case-1", "n", "clerk7", "XK-1", "x", "H", "W", null, CLERK, T0,
                Duration.ofMinutes(30)))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("STAFF_CANNOT_RATE"));
        Actor noDepartment = new Actor("clerk8", "x", Set.of("CLERK"), "440300", null);
        assertThatThrownBy(() -> ServiceOccurrence.open("case-1", "n", "applicant1", "XK-1", "x", "H", "W", null,
                noDepartment, T0, Duration.ofMinutes(30))).isInstanceOf(BusinessRuleViolationException.class);
    }
}
