package org.example.gov.evaluation.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.example.gov.evaluation.channel.Channel;
import org.example.gov.evaluation.channel.RatedObjects;
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

    @Test
    void everyRatingStoresItsChannelAndTheRatedObjects() {
        Rating r = rating(4);
        assertThat(r.channel()).isEqualTo(Channel.WEB);
        assertThat(r.source()).isEqualTo(Rating.Source.ONLINE);
        assertThat(r.objects()).isEqualTo(new RatedObjects("XK-1", "食品经营许可证核发", "市市场监督管理局", "440300", null,
                null, "clerk1"));
    }

    @Test
    void anOnlineRatingCannotClaimTheWindowDeviceOrTheHotline() {
        assertThatThrownBy(() -> Rating.online(InvitationTest.open(), 5, List.of(), null, Channel.WINDOW_DEVICE,
                "applicant1", Instant.now()))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("CHANNEL_NOT_ALLOWED"));
        assertThatThrownBy(() -> Rating.online(InvitationTest.open(), 5, List.of(), null, Channel.HOTLINE,
                "applicant1", Instant.now()))
                .isInstanceOf(BusinessRuleViolationException.class);
    }

    @Test
    void aHotlineRatingIsAlwaysOnTheHotlineChannel() {
        Rating r = Rating.hotline(InvitationTest.open(), 2, List.of(), "等太久", "applicant1", Instant.now(), "call-1");
        assertThat(r.channel()).isEqualTo(Channel.HOTLINE);
        assertThat(r.source()).isEqualTo(Rating.Source.HOTLINE);
        assertThat(r.isBad()).isTrue();
    }

    @Test
    void aPhoneOrIdNumberInTheCommentIsKeptMaskedSoTheDepartmentCannotTellWhoRated() {
        Rating r = Rating.online(InvitationTest.open(), 1, List.of(), "请回电13812345678，身份证440304199001011233", Channel.WEB,
                "applicant1", Instant.now());
        assertThat(r.comment()).isEqualTo("请回电138****5678，身份证440***********1233");
    }

    private static Rating rating(int level) {
        return Rating.online(InvitationTest.open(), level, List.of(), null, Channel.WEB, "applicant1", Instant.now());
    }
}
