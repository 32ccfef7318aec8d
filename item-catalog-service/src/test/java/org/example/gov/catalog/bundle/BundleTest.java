package org.example.gov.catalog.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.catalog.item.ItemId;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.security.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BundleTest {

    static final Instant NOW = Instant.parse("2025-09-01T01:00:00Z");

    static final Actor MAINTAINER = new Actor("maintainer1", "钱目录", Set.of("CATALOG_MAINTAINER"), "440000", "省政务服务数据管理局");
    static final Actor REVIEWER = new Actor("reviewer1", "孙审核", Set.of("CATALOG_REVIEWER"), "440000", "省政务服务数据管理局");

    static final BundleItem CERTIFICATE = new BundleItem(ItemId.newId(), "GG-WJ-01", "出生医学证明首次签发", "市卫生健康委员会");
    static final BundleItem REGISTRATION = new BundleItem(ItemId.newId(), "QR-GA-02", "出生登记（新生儿入户）", "市公安局");
    static final BundleItem SOCIAL_CARD = new BundleItem(ItemId.newId(), "GG-RS-01", "社会保障卡申领", "市人力资源和社会保障局");

    static SharedMaterial material(String name, BundleItem... items) {
        return new SharedMaterial(name, Arrays.stream(items).map(BundleItem::itemId).toList());
    }

    static Bundle draft(List<BundleItem> items, List<SharedMaterial> materials) {
        return Bundle.draft("YJS-CS-440300", "出生一件事", "出生", "440300", "新生儿出生后一次办好", items, materials, MAINTAINER);
    }

    static Bundle good() {
        return draft(List.of(CERTIFICATE, REGISTRATION, SOCIAL_CARD),
                List.of(material("父母居民身份证", CERTIFICATE, REGISTRATION, SOCIAL_CARD)));
    }

    static void assertViolation(Executable action, String code, String field) {
        assertThatThrownBy(action::execute).isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.properties()).containsEntry("field", field);
        });
    }

    @Test
    void aValidDraftKeepsItsItemsAndSharedMaterials() {
        Bundle bundle = good();

        assertThat(bundle.status()).isEqualTo(BundleStatus.DRAFT);
        assertThat(bundle.items()).extracting(BundleItem::code).containsExactly("GG-WJ-01", "QR-GA-02", "GG-RS-01");
        assertThat(bundle.sharedMaterials()).singleElement().satisfies(m -> assertThat(m.itemIds()).hasSize(3));
        assertThat(bundle.allowedActions()).containsExactly("publish", "cancel");
    }

    @Test
    void aBundleNeedsCodeNameTopicAndASixDigitRegion() {
        List<BundleItem> items = List.of(CERTIFICATE, REGISTRATION);
        assertViolation(() -> Bundle.draft(" ", "出生一件事", "出生", "440300", null, items, List.of(), MAINTAINER), "BUNDLE_CODE_REQUIRED", "code");
        assertViolation(() -> Bundle.draft("YJS-1", null, "出生", "440300", null, items, List.of(), MAINTAINER), "BUNDLE_NAME_REQUIRED", "name");
        assertViolation(() -> Bundle.draft("YJS-1", "出生一件事", "", "440300", null, items, List.of(), MAINTAINER), "BUNDLE_TOPIC_REQUIRED", "topic");
        assertViolation(() -> Bundle.draft("YJS-1", "出生一件事", "出生", "4403", null, items, List.of(), MAINTAINER), "BUNDLE_REGION_INVALID", "region");
    }

    @Test
    void aBundleGroupsAtLeastTwoItems() {
        assertViolation(() -> draft(List.of(CERTIFICATE), List.of()), "BUNDLE_TOO_FEW_ITEMS", "items");
        assertViolation(() -> draft(List.of(), List.of()), "BUNDLE_TOO_FEW_ITEMS", "items");
    }

    @Test
    void theSameItemMayNotBeListedTwice() {
        assertViolation(() -> draft(List.of(CERTIFICATE, REGISTRATION, CERTIFICATE), List.of()), "BUNDLE_DUPLICATE_ITEM", "items[2]");
    }

    @Test
    void theItemsMustComeFromAtLeastTwoDepartments() {
        BundleItem other = new BundleItem(ItemId.newId(), "QR-GA-01", "户口迁移（省内）", "市公安局");

        assertViolation(() -> draft(List.of(REGISTRATION, other), List.of()), "BUNDLE_SINGLE_DEPARTMENT", "items");
    }

    @Test
    void aSharedMaterialNeedsAName() {
        assertViolation(() -> draft(List.of(CERTIFICATE, REGISTRATION), List.of(material(" ", CERTIFICATE, REGISTRATION))),
                "SHARED_MATERIAL_NAME_REQUIRED", "sharedMaterials[0].name");
    }

    @Test
    void aSharedMaterialMustSatisfyAtLeastTwoOfTheBundlesItems() {
        assertViolation(() -> draft(List.of(CERTIFICATE, REGISTRATION),
                List.of(material("父母居民身份证", CERTIFICATE, REGISTRATION), material("分娩记录", CERTIFICATE))),
                "SHARED_MATERIAL_TOO_FEW_ITEMS", "sharedMaterials[1].itemIds");
        // the same item twice is still one item
        assertViolation(() -> draft(List.of(CERTIFICATE, REGISTRATION), List.of(material("分娩记录", CERTIFICATE, CERTIFICATE))),
                "SHARED_MATERIAL_TOO_FEW_ITEMS", "sharedMaterials[0].itemIds");
    }

    @Test
    void aSharedMaterialMayOnlyReferenceTheBundlesOwnItems() {
        assertViolation(() -> draft(List.of(CERTIFICATE, REGISTRATION), List.of(material("父母居民身份证", CERTIFICATE, SOCIAL_CARD))),
                "SHARED_MATERIAL_UNKNOWN_ITEM", "sharedMaterials[0].itemIds");
    }

    @Test
    void aSharedMaterialIsListedOnce() {
        assertViolation(() -> draft(List.of(CERTIFICATE, REGISTRATION), List.of(material("父母居民身份证", CERTIFICATE, REGISTRATION),
                material("父母居民身份证", CERTIFICATE, REGISTRATION))), "SHARED_MATERIAL_DUPLICATE", "sharedMaterials[1].name");
    }

    @Test
    void publishingNeedsEveryItemInForceAndNamesTheFirstThatIsNot() {
        Bundle bundle = good();
        Set<ItemId> inForce = Set.of(CERTIFICATE.itemId(), SOCIAL_CARD.itemId());

        assertThatThrownBy(() -> bundle.publish(inForce::contains, NOW, REVIEWER))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("BUNDLE_ITEM_NOT_PUBLISHED");
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.properties()).containsEntry("field", "items[1]");
                    assertThat(e.args()).contains("QR-GA-02");
                });
        assertThat(bundle.status()).isEqualTo(BundleStatus.DRAFT);
        assertThat(bundle.publishedAt()).isNull();
    }

    @Test
    void publishingWithEveryItemInForceRecordsWhenAndWho() {
        Bundle bundle = good();

        bundle.publish(id -> true, NOW, REVIEWER);

        assertThat(bundle.status()).isEqualTo(BundleStatus.PUBLISHED);
        assertThat(bundle.publishedAt()).isEqualTo(NOW);
        assertThat(bundle.publishedBy()).isEqualTo("reviewer1");
        assertThat(bundle.allowedActions()).containsExactly("cancel");
    }

    @Test
    void publishingTwiceIsAnIllegalTransition() {
        Bundle bundle = good();
        bundle.publish(id -> true, NOW, REVIEWER);

        assertThatThrownBy(() -> bundle.publish(id -> true, NOW, REVIEWER))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.state()).isEqualTo("PUBLISHED");
                    assertThat(e.allowed()).containsExactly("cancel");
                });
    }

    @Test
    void aCancelledBundleCanNeitherBePublishedNorCancelledAgain() {
        Bundle bundle = good();
        bundle.publish(id -> true, NOW, REVIEWER);
        bundle.cancel(NOW, "职能调整", MAINTAINER);

        assertThat(bundle.status()).isEqualTo(BundleStatus.CANCELLED);
        assertThat(bundle.cancelReason()).isEqualTo("职能调整");
        assertThatThrownBy(() -> bundle.publish(id -> true, NOW, REVIEWER)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> bundle.cancel(NOW, null, MAINTAINER)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aDraftMayBeCancelled() {
        Bundle bundle = good();

        bundle.cancel(NOW, null, MAINTAINER);

        assertThat(bundle.status()).isEqualTo(BundleStatus.CANCELLED);
    }

    @Test
    void theCombinedPromisedLimitIsTheLargestOfTheItems() {
        assertThat(Bundle.combinedPromisedDays(new ArrayList<>(Arrays.asList(3, 0, 5, null)))).isEqualTo(5);
        assertThat(Bundle.combinedPromisedDays(List.of(0, 0))).isZero();
        assertThat(Bundle.combinedPromisedDays(List.of())).isNull();
    }

    static Actor staff(String id, String region, String... roles) {
        return new Actor(id, id, Set.of(roles), region, "市政务服务数据管理局");
    }

    @Test
    void aMaintainerDraftsBundlesOnlyInTheirRegionAndBelow() {
        List<BundleItem> items = List.of(CERTIFICATE, REGISTRATION);
        Actor guangzhou = staff("gz-maintainer", "440100", "CATALOG_MAINTAINER");

        assertThatThrownBy(() -> Bundle.draft("YJS-1", "出生一件事", "出生", "440300", null, items, List.of(), guangzhou))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("BUNDLE_REGION_OUT_OF_SCOPE");
                });
        assertThat(Bundle.draft("YJS-1", "出生一件事", "出生", "440106", null, items, List.of(), guangzhou).region())
                .isEqualTo("440106");
    }

    @Test
    void aReviewerOutOfScopeOrWhoDraftedTheBundleCannotPublishIt() {
        Bundle bundle = good();
        Actor guangzhouReviewer = staff("gz-reviewer", "440100", "CATALOG_REVIEWER");
        assertThatThrownBy(() -> bundle.publish(id -> true, NOW, guangzhouReviewer))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("BUNDLE_NOT_FOUND"));

        Actor both = new Actor("maintainer1", "钱目录", Set.of("CATALOG_MAINTAINER", "CATALOG_REVIEWER"), "440000", "省政务服务数据管理局");
        assertThatThrownBy(() -> bundle.publish(id -> true, NOW, both))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.code()).isEqualTo("REVIEWER_IS_AUTHOR"));
        assertThat(bundle.status()).isEqualTo(BundleStatus.DRAFT);

        bundle.publish(id -> true, NOW, staff("sz-reviewer", "440300", "CATALOG_REVIEWER"));
        assertThat(bundle.status()).isEqualTo(BundleStatus.PUBLISHED);
    }

    @Test
    void aDraftIsSeenOnlyByCatalogueStaffInScopeAndAPublishedBundleByEveryone() {
        Bundle bundle = good();
        assertThat(bundle.visibleTo(Actor.ANONYMOUS)).isFalse();
        assertThat(bundle.visibleTo(staff("gz-maintainer", "440100", "CATALOG_MAINTAINER"))).isFalse();
        assertThat(bundle.visibleTo(staff("sz-reviewer", "440300", "CATALOG_REVIEWER"))).isTrue();

        bundle.publish(id -> true, NOW, REVIEWER);
        assertThat(bundle.visibleTo(Actor.ANONYMOUS)).isTrue();
        assertThatThrownBy(() -> bundle.cancel(NOW, null, staff("gz-maintainer", "440100", "CATALOG_MAINTAINER")))
                .isInstanceOf(NotFoundException.class);
    }
}
