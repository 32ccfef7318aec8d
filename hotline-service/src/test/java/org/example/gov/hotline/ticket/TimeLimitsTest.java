package org.example.gov.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Time limits by type and urgency, per region: Guangdong's default and a region's own table. */
class TimeLimitsTest {

    @Test
    void guangdongDefaultsByType() {
        TimeLimits limits = TimeLimits.guangdong();
        assertThat(limits.limitFor("440304", TicketType.CONSULT, Urgency.NORMAL)).isEqualTo(TimeLimit.workingDays(2));
        assertThat(limits.limitFor("440304", TicketType.HELP, Urgency.NORMAL)).isEqualTo(TimeLimit.workingDays(10));
        assertThat(limits.limitFor("440304", TicketType.SUGGESTION, Urgency.NORMAL)).isEqualTo(TimeLimit.workingDays(10));
        assertThat(limits.limitFor("440304", TicketType.COMPLAINT, Urgency.NORMAL)).isEqualTo(TimeLimit.workingDays(15));
        assertThat(limits.limitFor("440304", TicketType.REPORT, Urgency.NORMAL)).isEqualTo(TimeLimit.workingDays(15));
        assertThat(limits.limitFor("440304", TicketType.CONSULT, Urgency.URGENT).hours()).isEqualTo(Duration.ofHours(24));
        assertThat(limits.limitFor("440304", TicketType.CONSULT, Urgency.EMERGENCY).hours()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aCityTableAppliesToItsDistrictsAndNowhereElse() {
        TimeLimits.Table shenzhen = new TimeLimits.Table(Map.of(TicketType.CONSULT, 1, TicketType.HELP, 5,
                TicketType.SUGGESTION, 10, TicketType.COMPLAINT, 10, TicketType.REPORT, 10, TicketType.PRAISE, 5), 12, 1);
        TimeLimits limits = new TimeLimits(TimeLimits.GUANGDONG, Map.of("440300", shenzhen));

        assertThat(limits.limitFor("440304", TicketType.COMPLAINT, Urgency.NORMAL)).isEqualTo(TimeLimit.workingDays(10));
        assertThat(limits.limitFor("440300", TicketType.CONSULT, Urgency.URGENT).hours()).isEqualTo(Duration.ofHours(12));
        assertThat(limits.limitFor("440106", TicketType.COMPLAINT, Urgency.NORMAL)).isEqualTo(TimeLimit.workingDays(15));
    }
}
