package org.example.gov.trading.negativelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.junit.jupiter.api.Test;

/** The block and the override: an override holds for the exact text it was given for. */
class TenderDocumentTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final NegativeListHit HIT = new NegativeListHit("BRAND", "指定品牌", "实施条例 第32条", "写明参数", "须为西门子品牌", 4);

    static TenderDocument document(String digest, List<NegativeListHit> hits) {
        return new TenderDocument("p", "text", digest, hits, "tenderee1", NOW, null, null, null, null);
    }

    @Test
    void aTextWithHitsBlocksTheAnnouncementUntilAReviewerOverridesIt() {
        TenderDocument blocked = document("d1", List.of(HIT));
        assertThatThrownBy(blocked::checkAnnounceable).isInstanceOf(NegativeListHitsException.class)
                .extracting(e -> ((BusinessRuleViolationException) e).code()).isEqualTo("NEGATIVE_LIST_HITS");

        TenderDocument overridden = blocked.override("品牌为既有系统兼容所必需，已论证", "trader1", NOW);
        assertThat(overridden.overridden()).isTrue();
        assertThatCode(overridden::checkAnnounceable).doesNotThrowAnyException();
    }

    @Test
    void aChangedTextNeedsANewOverride() {
        TenderDocument overridden = document("d1", List.of(HIT)).override("已论证", "trader1", NOW);
        TenderDocument changed = new TenderDocument("p", "text 2", "d2", List.of(HIT), "tenderee1", NOW,
                overridden.overriddenDigest(), overridden.overrideReason(), overridden.overriddenBy(), overridden.overriddenAt());
        assertThat(changed.overridden()).isFalse();
        assertThatThrownBy(changed::checkAnnounceable).isInstanceOf(NegativeListHitsException.class);
    }

    @Test
    void aCleanTextNeverBlocksAndHasNothingToOverride() {
        TenderDocument clean = document("d1", List.of());
        assertThatCode(clean::checkAnnounceable).doesNotThrowAnyException();
        assertThatThrownBy(() -> clean.override("无", "trader1", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anOverrideNeedsAReason() {
        assertThatThrownBy(() -> document("d1", List.of(HIT)).override(" ", "trader1", NOW))
                .isInstanceOf(BusinessRuleViolationException.class)
                .extracting(e -> ((BusinessRuleViolationException) e).code()).isEqualTo("OVERRIDE_REASON_REQUIRED");
    }
}
