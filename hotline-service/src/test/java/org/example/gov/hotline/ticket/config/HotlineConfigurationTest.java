package org.example.gov.hotline.ticket.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.example.gov.hotline.ticket.HandlingPolicy;
import org.example.gov.hotline.ticket.TicketType;
import org.example.gov.hotline.ticket.TimeLimit;
import org.example.gov.hotline.ticket.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** An operator's platform.hotline.* settings: a region's own limits, the rest Guangdong's default. */
class HotlineConfigurationTest {

    @Test
    void aRegionsOwnLimitsAndWindowsOverrideTheDefaultOnlyWhereSet() {
        HotlineProperties properties = bind(Map.of(
                "platform.hotline.time-limits.[440300].working-days.COMPLAINT", "10",
                "platform.hotline.time-limits.[440300].urgent-hours", "12",
                "platform.hotline.sign-windows.NORMAL", "PT2H",
                "platform.hotline.return-window-working-days", "3"));

        HandlingPolicy policy = new HotlineConfiguration().handlingPolicy(properties);

        assertThat(policy.timeLimits().limitFor("440304", TicketType.COMPLAINT, Urgency.NORMAL))
                .isEqualTo(TimeLimit.workingDays(10));
        assertThat(policy.timeLimits().limitFor("440304", TicketType.CONSULT, Urgency.NORMAL))
                .as("not set for 深圳: the default").isEqualTo(TimeLimit.workingDays(2));
        assertThat(policy.timeLimits().limitFor("440304", TicketType.HELP, Urgency.URGENT).hours())
                .isEqualTo(Duration.ofHours(12));
        assertThat(policy.timeLimits().limitFor("440106", TicketType.COMPLAINT, Urgency.NORMAL))
                .as("广州 keeps Guangdong's default").isEqualTo(TimeLimit.workingDays(15));
        assertThat(policy.signWindow(Urgency.NORMAL)).isEqualTo(Duration.ofHours(2));
        assertThat(policy.signWindow(Urgency.URGENT)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.returnWindowWorkingDays()).isEqualTo(3);
        assertThat(policy.coordinationAtReturn()).isEqualTo(3);
    }

    @Test
    void withNothingConfiguredGuangdongsRulesApply() {
        HandlingPolicy policy = new HotlineConfiguration().handlingPolicy(bind(Map.of("platform.hotline.call-back-attempts", "3")));
        HandlingPolicy defaults = HandlingPolicy.DEFAULT;
        for (TicketType type : TicketType.values()) {
            for (Urgency urgency : Urgency.values()) {
                assertThat(policy.timeLimits().limitFor("440304", type, urgency))
                        .isEqualTo(defaults.timeLimits().limitFor("440304", type, urgency));
            }
        }
        assertThat(policy.signWindows()).isEqualTo(defaults.signWindows());
        assertThat(policy.returnWindowWorkingDays()).isEqualTo(2);
        assertThat(policy.coordinationAtReturn()).isEqualTo(3);
        assertThat(policy.callBackAttempts()).isEqualTo(3);
    }

    private static HotlineProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bind("platform.hotline", HotlineProperties.class).get();
    }
}
