package org.example.gov.trading.expert;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.trading.tender.Track;
import org.junit.jupiter.api.Test;

/** 招标投标法 第37条 / 87号令 第47条: ≥ 5 and odd, experts ≥ 2/3, procurement ≥ 7 from a budget of ¥10,000,000. */
class CommitteeRulesTest {

    static final CommitteeRules RULES = CommitteeRules.DEFAULT;
    static final BigDecimal SMALL = new BigDecimal("3000000.00");

    static void refused(int members, int reps, Track track, BigDecimal budget, String code) {
        assertThatThrownBy(() -> RULES.check(members, reps, track, budget))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aCommitteeHasFiveOrMoreMembersAnOddNumber() {
        refused(3, 0, Track.CONSTRUCTION, SMALL, "COMMITTEE_SIZE_INVALID");
        refused(6, 0, Track.CONSTRUCTION, SMALL, "COMMITTEE_SIZE_INVALID");
        assertThatCode(() -> RULES.check(5, 0, Track.CONSTRUCTION, SMALL)).doesNotThrowAnyException();
        assertThatCode(() -> RULES.check(7, 2, Track.CONSTRUCTION, SMALL)).doesNotThrowAnyException();
    }

    @Test
    void expertsAreAtLeastTwoThirdsOfTheMembers() {
        assertThatCode(() -> RULES.check(5, 1, Track.CONSTRUCTION, SMALL)).doesNotThrowAnyException();
        refused(5, 2, Track.CONSTRUCTION, SMALL, "COMMITTEE_EXPERT_SHARE_TOO_LOW");
        assertThatCode(() -> RULES.check(9, 3, Track.GOVERNMENT_PROCUREMENT, SMALL)).doesNotThrowAnyException();
        refused(9, 4, Track.GOVERNMENT_PROCUREMENT, SMALL, "COMMITTEE_EXPERT_SHARE_TOO_LOW");
    }

    @Test
    void procurementOfTenMillionYuanOrMoreNeedsSevenMembers() {
        BigDecimal tenMillion = new BigDecimal("10000000.00");
        refused(5, 1, Track.GOVERNMENT_PROCUREMENT, tenMillion, "COMMITTEE_TOO_SMALL_FOR_BUDGET");
        assertThatCode(() -> RULES.check(7, 2, Track.GOVERNMENT_PROCUREMENT, tenMillion)).doesNotThrowAnyException();
        assertThatCode(() -> RULES.check(5, 1, Track.GOVERNMENT_PROCUREMENT, new BigDecimal("9999999.99")))
                .doesNotThrowAnyException();
        assertThatCode(() -> RULES.check(5, 1, Track.CONSTRUCTION, tenMillion)).doesNotThrowAnyException();
    }
}
