package org.example.gov.evaluation.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.example.gov.evaluation.invitation.InvitationTest;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.junit.jupiter.api.Test;

class RatingTest {

    @Test
    void levelsOneAndTwoAreBadReviews() {
        assertThat(rating(1).isBad()).isTrue();
        assertThat(rating(2).isBad()).isTrue();
        assertThat(rating(3).isBad()).isFalse();
        assertThat(rating(5).isBad()).isFalse();
    }

    @Test
    void levelsOutsideOneToFiveAreRefused() {
        assertThatThrownBy(() -> rating(0)).isInstanceOf(BusinessRuleViolationException.class);
        assertThatThrownBy(() -> rating(6)).isInstanceOf(BusinessRuleViolationException.class);
    }

    private static Rating rating(int level) {
        return Rating.of(InvitationTest.open(), level, List.of(), null, "WEB", "applicant1", Instant.now());
    }
}
