package org.example.gov.catalog.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.junit.jupiter.api.Test;

class ItemTest {

    static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
    static final Instant NOW = Instant.parse("2025-09-01T01:00:00Z");

    /** As in the local demo: provincial staff (440000) maintain and review the items of every city. */
    static final Actor MAINTAINER = staff("maintainer1", "440000", "CATALOG_MAINTAINER");
    static final Actor REVIEWER = staff("reviewer1", "440000", "CATALOG_REVIEWER");

    static Actor staff(String id, String region, String... roles) {
        return new Actor(id, id, Set.of(roles), region, "政务服务数据管理局");
    }

    static ItemContent content(ItemKind kind, int legal, Integer promised, ServiceGuide guide) {
        return new ItemContent("食品经营许可", "市市场监督管理局", "SCJG", "440300", ExerciseLevel.CITY, ItemType.LICENSING,
                List.of("《中华人民共和国食品安全法》第三十五条"), kind, legal, promised, guide);
    }

    static ServiceGuide guide(OnlineDepth depth, Integer visits, Boolean charged, List<ServiceGuide.Fee> fees,
            List<ServiceGuide.Material> materials, ServiceGuide.Scope scope, ServiceGuide.CrossProvinceMode mode) {
        return new ServiceGuide("说明", List.of("持有营业执照"), materials, List.of("申请", "受理", "审查", "决定"), List.of(),
                false, null, charged, fees, new ServiceGuide.Result("证照", "食品经营许可证"), depth, visits, List.of(),
                scope, mode, List.of(), List.of("食品", "餐饮"), List.of("法人"), null, null, null, null);
    }

    static final ServiceGuide GOOD = guide(OnlineDepth.FULLY_ONLINE, 0, false, List.of(),
            List.of(material("营业执照", true)), ServiceGuide.Scope.PROVINCE, null);

    static ServiceGuide.Material material(String name, boolean required) {
        return new ServiceGuide.Material(name, required, ServiceGuide.MaterialForm.ELECTRONIC, 1,
                ServiceGuide.MaterialSource.GOVERNMENT, null);
    }

    static Item draft(ServiceGuide guide) {
        return Item.draft("XK-1", null, content(ItemKind.PROMISED, 20, 5, guide), MAINTAINER);
    }

    static Item published() {
        Item item = draft(GOOD);
        item.submit(MAINTAINER);
        item.approve(TODAY, TODAY, NOW, REVIEWER);
        return item;
    }

    static void assertViolation(ServiceGuide guide, String code, String field) {
        Item item = draft(guide);
        assertThatThrownBy(() -> item.submit(MAINTAINER)).isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.properties()).containsEntry("field", field);
        });
        assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
    }

    @Test
    void promisedLimitMayNotExceedLegalLimit() {
        assertThatThrownBy(() -> Item.draft("XK-1", null, content(ItemKind.PROMISED, 20, 21, null), MAINTAINER))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("PROMISED_EXCEEDS_LEGAL");
                    assertThat(e.properties()).containsEntry("field", "promisedDays");
                });
    }

    @Test
    void promisedItemNeedsPromisedDays() {
        assertThatThrownBy(() -> Item.draft("XK-1", null, content(ItemKind.PROMISED, 20, null, null), MAINTAINER))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("PROMISED_DAYS_REQUIRED"));
    }

    @Test
    void instantItemHasNoPromisedDays() {
        assertThatThrownBy(() -> Item.draft("GF-1", null, content(ItemKind.INSTANT, 3, 2, null), MAINTAINER))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("INSTANT_ITEM_HAS_PROMISED_DAYS"));
        assertThat(Item.draft("GF-1", null, content(ItemKind.INSTANT, 3, null, null), MAINTAINER).latest().content().promisedDays()).isNull();
    }

    @Test
    void aFullyOnlineItemMayNotRequireOnSiteVisits() {
        assertViolation(guide(OnlineDepth.FULLY_ONLINE, 1, false, List.of(), List.of(), null, null),
                "FULLY_ONLINE_REQUIRES_NO_VISITS", "guide.maxVisits");
        assertViolation(guide(OnlineDepth.E_LICENCE, null, false, List.of(), List.of(), null, null),
                "FULLY_ONLINE_REQUIRES_NO_VISITS", "guide.maxVisits");
        assertThatCode(() -> draft(guide(OnlineDepth.ONLINE_ACCEPTANCE, 1, false, List.of(), List.of(), null, null)).submit(MAINTAINER))
                .doesNotThrowAnyException();
    }

    @Test
    void aChargedItemListsItsFeesWithBasisAndAmount() {
        assertViolation(guide(null, 1, true, List.of(), List.of(), null, null), "CHARGED_ITEM_NEEDS_FEES", "guide.fees");
        assertViolation(guide(null, 1, true, List.of(new ServiceGuide.Fee("登记费", null, new BigDecimal("80"))), List.of(), null, null),
                "FEE_ITEM_INCOMPLETE", "guide.fees[0]");
        assertThatCode(() -> draft(guide(null, 1, true, List.of(new ServiceGuide.Fee("登记费", "发改价格规〔2016〕2559号",
                new BigDecimal("80"))), List.of(), null, null)).submit(MAINTAINER)).doesNotThrowAnyException();
    }

    @Test
    void aFreeItemListsNoFees() {
        assertViolation(guide(null, 1, false, List.of(new ServiceGuide.Fee("工本费", "依据", BigDecimal.TEN)), List.of(), null, null),
                "FREE_ITEM_HAS_FEES", "guide.fees");
    }

    @Test
    void requiredMaterialsAreNamed() {
        assertViolation(guide(null, 1, false, List.of(), List.of(material("身份证", true), material(" ", true)), null, null),
                "MATERIAL_NAME_REQUIRED", "guide.materials[1].name");
    }

    @Test
    void aCrossProvinceItemStatesItsMode() {
        assertViolation(guide(null, 1, false, List.of(), List.of(), ServiceGuide.Scope.CROSS_PROVINCE, null),
                "CROSS_PROVINCE_MODE_REQUIRED", "guide.crossProvinceMode");
        assertThatCode(() -> draft(guide(null, 1, false, List.of(), List.of(), ServiceGuide.Scope.CROSS_PROVINCE,
                ServiceGuide.CrossProvinceMode.PROXY)).submit(MAINTAINER)).doesNotThrowAnyException();
    }

    @Test
    void anImplementationItemCannotChangeTheNameTypeOrLegalBasisOfItsBaseItem() {
        BaseItem base = new BaseItem("XK001", "食品经营许可", ItemType.LICENSING, List.of("《中华人民共和国食品安全法》第三十五条"));
        assertThatCode(() -> Item.draft("XK001-2440300-SCJG", base, content(ItemKind.PROMISED, 20, 5, null), MAINTAINER)).doesNotThrowAnyException();

        ItemContent renamed = new ItemContent("食品经营许可（改）", "市市场监督管理局", "SCJG", "440300", ExerciseLevel.CITY,
                ItemType.LICENSING, base.legalBasis(), ItemKind.PROMISED, 20, 5, null);
        assertThatThrownBy(() -> Item.draft("X", base, renamed, MAINTAINER)).isInstanceOfSatisfying(BusinessRuleViolationException.class,
                e -> assertThat(e.properties()).containsEntry("field", "name"));
        ItemContent retyped = new ItemContent("食品经营许可", "市市场监督管理局", "SCJG", "440300", ExerciseLevel.CITY,
                ItemType.CONFIRMATION, base.legalBasis(), ItemKind.PROMISED, 20, 5, null);
        assertThatThrownBy(() -> Item.draft("X", base, retyped, MAINTAINER)).isInstanceOfSatisfying(BusinessRuleViolationException.class,
                e -> assertThat(e.properties()).containsEntry("field", "itemType"));
        assertThat(Item.implementationCode("XK001", ExerciseLevel.CITY, "440300", "SCJG")).isEqualTo("XK001-2440300-SCJG");
    }

    @Test
    void aDraftIsSubmittedThenApprovedAsVersionOneInForceFromTheEffectiveDate() {
        Item item = draft(GOOD);
        assertThat(item.allowedActions()).containsExactly("edit", "submit", "cancel");
        item.submit(MAINTAINER);
        assertThat(item.status()).isEqualTo(ItemStatus.IN_REVIEW);
        assertThat(item.allowedActions()).containsExactly("approve", "reject");

        item.approve(TODAY.plusDays(3), TODAY, NOW, REVIEWER);

        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(item.latest().number()).isEqualTo(1);
        assertThat(item.versionInForce(TODAY)).isEmpty();
        assertThat(item.versionInForce(TODAY.plusDays(3))).map(ItemVersion::number).contains(1);
        assertThat(item.allowedActions()).containsExactly("edit", "cancel");
    }

    @Test
    void aDraftCannotBeApprovedWithoutReviewAndTheConflictListsTheAllowedActions() {
        Item item = draft(GOOD);
        assertThatThrownBy(() -> item.approve(TODAY, TODAY, NOW, REVIEWER))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.state()).isEqualTo("DRAFT");
                    assertThat(e.allowed()).containsExactly("edit", "submit", "cancel");
                });
        Item published = published();
        assertThatThrownBy(() -> published.submit(MAINTAINER)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aRejectionNeedsAReasonAndSendsTheVersionBackToDraft() {
        Item item = draft(GOOD);
        item.submit(MAINTAINER);
        assertThatThrownBy(() -> item.reject(" ", REVIEWER)).isInstanceOfSatisfying(BusinessRuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo("REJECTION_REASON_REQUIRED"));
        item.reject("材料清单不完整", REVIEWER);
        assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(item.latest().rejectionReason()).isEqualTo("材料清单不完整");
    }

    @Test
    void editingAPublishedItemOpensVersionTwoWhileVersionOneStaysInForceUntilTwoTakesEffect() {
        Item item = published();
        item.edit(content(ItemKind.PROMISED, 20, 3, GOOD), null, MAINTAINER);
        assertThat(item.latest().number()).isEqualTo(2);
        assertThat(item.latest().status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(item.versionInForce(TODAY)).map(ItemVersion::number).contains(1);

        item.submit(MAINTAINER);
        item.approve(TODAY.plusDays(10), TODAY, NOW, REVIEWER);

        assertThat(item.versionInForce(TODAY.plusDays(9))).map(v -> v.content().promisedDays()).contains(5);
        assertThat(item.versionInForce(TODAY.plusDays(10))).map(v -> v.content().promisedDays()).contains(3);
        assertThat(item.version(1).content().promisedDays()).isEqualTo(5);
    }

    @Test
    void anEffectiveDateMayNotLieInThePast() {
        Item item = draft(GOOD);
        item.submit(MAINTAINER);
        assertThatThrownBy(() -> item.approve(TODAY.minusDays(1), TODAY, NOW, REVIEWER))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("EFFECTIVE_DATE_IN_PAST"));
    }

    @Test
    void aCancelledItemHasNoVersionInForceAndCannotBeCancelledAgain() {
        Item item = published();
        item.cancel(TODAY.plusDays(1), NOW, "职能调整", MAINTAINER);
        assertThat(item.status()).isEqualTo(ItemStatus.CANCELLED);
        assertThat(item.versionInForce(TODAY.plusDays(1))).isEmpty();
        assertThat(item.version(1).published()).isTrue();
        assertThatThrownBy(() -> item.cancel(TODAY.plusDays(1), NOW, "again", MAINTAINER))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.allowed()).isEmpty());
    }

    static final Actor GUANGZHOU_MAINTAINER = staff("gz-maintainer", "440100", "CATALOG_MAINTAINER");
    static final Actor SHENZHEN_MAINTAINER = staff("sz-maintainer", "440300", "CATALOG_MAINTAINER");

    @Test
    void aMaintainerOfAnotherCityFindsNoItemToEditSubmitOrCancel() {
        Item shenzhen = draft(GOOD);

        for (Runnable step : List.<Runnable>of(
                () -> shenzhen.edit(content(ItemKind.PROMISED, 20, 3, GOOD), null, GUANGZHOU_MAINTAINER),
                () -> shenzhen.submit(GUANGZHOU_MAINTAINER),
                () -> shenzhen.cancel(TODAY, NOW, "职能调整", GUANGZHOU_MAINTAINER))) {
            assertThatThrownBy(step::run).isInstanceOfSatisfying(NotFoundException.class, e -> {
                assertThat(e.status()).isEqualTo(404);
                assertThat(e.code()).isEqualTo("ITEM_NOT_FOUND");
            });
        }
        assertThat(shenzhen.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(shenzhen.latest().content().promisedDays()).isEqualTo(5);

        shenzhen.edit(content(ItemKind.PROMISED, 20, 3, GOOD), null, SHENZHEN_MAINTAINER);
        assertThat(shenzhen.latest().content().promisedDays()).isEqualTo(3);
    }

    @Test
    void aMaintainerDraftsOnlyInTheirRegionAndBelow() {
        assertThatThrownBy(() -> Item.draft("XK-1", null, content(ItemKind.PROMISED, 20, 5, GOOD), GUANGZHOU_MAINTAINER))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("ITEM_REGION_OUT_OF_SCOPE");
                    assertThat(e.properties()).containsEntry("field", "region");
                });
        ItemContent futian = new ItemContent("食品经营许可", "区市场监督管理局", "SCJG", "440304", ExerciseLevel.COUNTY,
                ItemType.LICENSING, List.of(), ItemKind.PROMISED, 20, 5, GOOD);
        assertThat(Item.draft("XK-2", null, futian, SHENZHEN_MAINTAINER).region()).isEqualTo("440304");
        assertThatThrownBy(() -> Item.draft("XK-3", null, futian, staff("no-region", null, "CATALOG_MAINTAINER")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anEditCannotMoveAnItemToAnotherRegion() {
        Item item = draft(GOOD);
        ItemContent moved = new ItemContent("食品经营许可", "市市场监督管理局", "SCJG", "440100", ExerciseLevel.CITY,
                ItemType.LICENSING, List.of(), ItemKind.PROMISED, 20, 5, GOOD);

        assertThatThrownBy(() -> item.edit(moved, null, MAINTAINER)).isInstanceOfSatisfying(BusinessRuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo("ITEM_REGION_CHANGED"));
        assertThat(item.region()).isEqualTo("440300");
    }

    @Test
    void aReviewerNeverApprovesOrRejectsAVersionTheyWroteOrSubmitted() {
        Actor both = staff("both1", "440000", "CATALOG_MAINTAINER", "CATALOG_REVIEWER");
        Item drafted = Item.draft("XK-1", null, content(ItemKind.PROMISED, 20, 5, GOOD), both);
        drafted.submit(MAINTAINER);
        assertFourEyes(() -> drafted.approve(TODAY, TODAY, NOW, both));
        assertFourEyes(() -> drafted.reject("不完整", both));

        Item edited = draft(GOOD);
        edited.edit(content(ItemKind.PROMISED, 20, 4, GOOD), null, both);
        edited.submit(MAINTAINER);
        assertFourEyes(() -> edited.approve(TODAY, TODAY, NOW, both));

        Item submitted = draft(GOOD);
        submitted.submit(both);
        assertFourEyes(() -> submitted.approve(TODAY, TODAY, NOW, both));
        assertThat(submitted.status()).isEqualTo(ItemStatus.IN_REVIEW);

        submitted.approve(TODAY, TODAY, NOW, REVIEWER);
        assertThat(submitted.status()).isEqualTo(ItemStatus.PUBLISHED);
    }

    @Test
    void theFourEyesRuleHoldsForEachNewVersion() {
        Actor both = staff("both1", "440000", "CATALOG_MAINTAINER", "CATALOG_REVIEWER");
        Item item = published();
        // version 1 was written by MAINTAINER: the one who opens version 2 may not approve it, the first author may
        item.edit(content(ItemKind.PROMISED, 20, 3, GOOD), null, both);
        item.submit(both);
        assertFourEyes(() -> item.approve(TODAY, TODAY, NOW, both));
        assertThat(item.latest().authors()).containsExactly("both1");
    }

    @Test
    void aReviewerOfAnotherCityFindsNoItemToReview() {
        Item item = draft(GOOD);
        item.submit(MAINTAINER);
        Actor guangzhouReviewer = staff("gz-reviewer", "440100", "CATALOG_REVIEWER");

        assertThatThrownBy(() -> item.approve(TODAY, TODAY, NOW, guangzhouReviewer)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> item.reject("不完整", guangzhouReviewer)).isInstanceOf(NotFoundException.class);
        assertThat(item.status()).isEqualTo(ItemStatus.IN_REVIEW);

        item.approve(TODAY, TODAY, NOW, staff("sz-reviewer", "440300", "CATALOG_REVIEWER"));
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
    }

    @Test
    void aDraftIsShownOnlyToCatalogueStaffInScopeAndAPublishedItemToEveryone() {
        Item item = draft(GOOD);
        assertThatThrownBy(() -> item.requireVisibleTo(Actor.ANONYMOUS)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> item.requireVisibleTo(GUANGZHOU_MAINTAINER)).isInstanceOf(NotFoundException.class);
        assertThat(item.showsDraftsTo(staff("sz-reviewer", "440300", "CATALOG_REVIEWER"))).isTrue();
        assertThat(item.showsDraftsTo(staff("sz-clerk", "440300", "CLERK"))).isFalse();

        Item published = published();
        assertThatCode(() -> published.requireVisibleTo(Actor.ANONYMOUS)).doesNotThrowAnyException();
        assertThat(published.showsDraftsTo(Actor.ANONYMOUS)).isFalse();
    }

    @Test
    void onlyAProvincialMaintainerMayCreateBaseItems() {
        assertThatCode(() -> CatalogueStaff.requireProvincialMaintainer(MAINTAINER)).doesNotThrowAnyException();
        for (Actor notProvincial : List.of(SHENZHEN_MAINTAINER, REVIEWER, staff("op", "440000", "OPERATOR"), Actor.ANONYMOUS)) {
            assertThatThrownBy(() -> CatalogueStaff.requireProvincialMaintainer(notProvincial))
                    .isInstanceOfSatisfying(ForbiddenException.class,
                            e -> assertThat(e.code()).isEqualTo("BASE_ITEM_PROVINCE_ONLY"));
        }
    }

    static void assertFourEyes(Runnable review) {
        assertThatThrownBy(review::run).isInstanceOfSatisfying(ForbiddenException.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.code()).isEqualTo("REVIEWER_IS_AUTHOR");
        });
    }
}
