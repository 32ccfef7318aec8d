package org.example.gov.evaluation.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.example.gov.evaluation.channel.Channel;
import org.example.gov.platform.problem.ConflictException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.junit.jupiter.api.Test;

public class InvitationTest {

    static final Instant T0 = Instant.parse("2025-10-10T02:00:00Z");

    public static Invitation open() {
        return Invitation.open("case-1", "20251010-ABCDEFGH", Stage.COMPLETION, "applicant1", "XK-1", "食品经营许可证核发",
                "市市场监督管理局", "440300", "clerk1", Channel.WEB, T0, Duration.ofDays(15));
    }

    @Test
    void anInvitationIsUsedOnce() {
        Invitation invitation = open();
        invitation.useFor("applicant1", T0.plusSeconds(60));
        assertThat(invitation.status()).isEqualTo(Invitation.Status.RATED);

        assertThatThrownBy(() -> invitation.useFor("applicant1", T0.plusSeconds(120)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("ALREADY_RATED"));
    }

    @Test
    void anExpiredInvitationCannotBeUsed() {
        Invitation invitation = open();
        assertThatThrownBy(() -> invitation.useFor("applicant1", T0.plus(Duration.ofDays(16))))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(invitation.status()).isEqualTo(Invitation.Status.OPEN);
    }

    @Test
    void anInvitationBelongsToTheApplicantOnly() {
        assertThat(open().isFor("applicant1")).isTrue();
        assertThat(open().isFor("clerk1")).isFalse();
    }

    @Test
    void anUnusedInvitationExpiresOnceAfterItsValidityAndARatedOneNever() {
        Invitation unused = open();
        assertThat(unused.expireIfUnused(T0.plus(Duration.ofDays(14)))).isFalse();
        assertThat(unused.expireIfUnused(T0.plus(Duration.ofDays(16)))).isTrue();
        assertThat(unused.status()).isEqualTo(Invitation.Status.EXPIRED);
        assertThat(unused.expireIfUnused(T0.plus(Duration.ofDays(17)))).isFalse();

        Invitation rated = open();
        rated.useFor("applicant1", T0.plusSeconds(60));
        assertThat(rated.expireIfUnused(T0.plus(Duration.ofDays(16)))).isFalse();
        assertThat(rated.status()).isEqualTo(Invitation.Status.RATED);
    }

    @Test
    void theInvitationGoesOutOnTheIntakeChannelOrBySms() {
        assertThat(Channel.forIntake("APP")).isEqualTo(Channel.APP);
        assertThat(Channel.forIntake("WEB")).isEqualTo(Channel.WEB);
        assertThat(Channel.forIntake("WINDOW")).isEqualTo(Channel.SMS);
        assertThat(Channel.forIntake("PARTNER")).isEqualTo(Channel.SMS);
    }
}
