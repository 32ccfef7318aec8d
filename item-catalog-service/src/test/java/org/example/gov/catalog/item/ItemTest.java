package org.example.gov.catalog.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class ItemTest {

    @Test
    void promisedLimitMayNotExceedLegalLimit() {
        assertThatThrownBy(() -> Item.draft("XK-1", "食品经营许可", "市市场监督管理局", "440300", ItemKind.PROMISED, 20, 21))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("PROMISED_EXCEEDS_LEGAL");
                    assertThat(e.properties()).containsEntry("field", "promisedDays");
                });
    }

    @Test
    void promisedItemNeedsPromisedDays() {
        assertThatThrownBy(() -> Item.draft("XK-1", "食品经营许可", "市市场监督管理局", "440300", ItemKind.PROMISED, 20, null))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("PROMISED_DAYS_REQUIRED"));
    }

    @Test
    void instantItemHasNoPromisedDays() {
        assertThatThrownBy(() -> Item.draft("GF-1", "公积金提取", "市住房公积金管理中心", "440300", ItemKind.INSTANT, 3, 2))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("INSTANT_ITEM_HAS_PROMISED_DAYS"));
        assertThat(Item.draft("GF-1", "公积金提取", "市住房公积金管理中心", "440300", ItemKind.INSTANT, 3, null).promisedDays()).isNull();
    }

    @Test
    void publishingADraftMakesVersionOneInForceFromTheEffectiveDate() {
        Item item = Item.draft("XK-1", "食品经营许可", "市市场监督管理局", "440300", ItemKind.PROMISED, 20, 5);
        assertThat(item.allowedActions()).containsExactly("publish");

        item.publish(LocalDate.of(2025, 9, 1), Instant.parse("2025-08-30T01:00:00Z"));

        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(item.publishedVersion()).isEqualTo(1);
        assertThat(item.effectiveDate()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(item.allowedActions()).isEmpty();
    }

    @Test
    void aPublishedItemCannotBePublishedAgain() {
        Item item = Item.draft("XK-1", "食品经营许可", "市市场监督管理局", "440300", ItemKind.PROMISED, 20, 5);
        item.publish(LocalDate.of(2025, 9, 1), Instant.now());

        assertThatThrownBy(() -> item.publish(LocalDate.of(2025, 9, 2), Instant.now()))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.state()).isEqualTo("PUBLISHED");
                    assertThat(e.allowed()).isEmpty();
                });
    }
}
