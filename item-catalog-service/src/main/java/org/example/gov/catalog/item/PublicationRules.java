package org.example.gov.catalog.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.example.gov.platform.problem.BusinessRuleViolationException;

/**
 * The rules an item version must satisfy. The time-limit rules hold for every draft (a maintainer learns of the
 * mistake at once); the service-guide rules are checked when the version is submitted for review and again when a
 * reviewer publishes it. Each violation is a 422 naming the field at fault.
 */
public final class PublicationRules {

    private PublicationRules() {
    }

    public static void checkTimeLimits(ItemContent c) {
        if (c.kind() == ItemKind.INSTANT && c.promisedDays() != null && c.promisedDays() != 0) {
            throw new BusinessRuleViolationException("INSTANT_ITEM_HAS_PROMISED_DAYS", "promisedDays", "即办件不设承诺办结时限");
        }
        if (c.kind() == ItemKind.PROMISED) {
            if (c.promisedDays() == null || c.promisedDays() < 1) {
                throw new BusinessRuleViolationException("PROMISED_DAYS_REQUIRED", "promisedDays",
                        "承诺件必须填写承诺办结时限（工作日）");
            }
            if (c.promisedDays() > c.legalDays()) {
                throw new BusinessRuleViolationException("PROMISED_EXCEEDS_LEGAL", "promisedDays",
                        "承诺办结时限不得超过法定办结时限", c.promisedDays(), c.legalDays());
            }
        }
    }

    /** Everything a published version must satisfy. */
    public static void checkPublishable(ItemContent c) {
        checkTimeLimits(c);
        ServiceGuide g = c.guide();
        if (g.onlineDepth() != null && g.onlineDepth().fullyOnline() && (g.maxVisits() == null || g.maxVisits() != 0)) {
            throw new BusinessRuleViolationException("FULLY_ONLINE_REQUIRES_NO_VISITS", "guide.maxVisits",
                    "全程网办事项到现场次数必须为 0", g.onlineDepth(), g.maxVisits());
        }
        if (g.maxVisits() != null && g.maxVisits() < 0) {
            throw new BusinessRuleViolationException("VISITS_NEGATIVE", "guide.maxVisits", "到现场次数不能为负数");
        }
        if (Boolean.TRUE.equals(g.charged())) {
            if (g.fees().isEmpty()) {
                throw new BusinessRuleViolationException("CHARGED_ITEM_NEEDS_FEES", "guide.fees",
                        "收费事项必须列明收费项目、依据和金额");
            }
            for (int i = 0; i < g.fees().size(); i++) {
                ServiceGuide.Fee fee = g.fees().get(i);
                if (blank(fee.name()) || blank(fee.basis()) || fee.amount() == null || fee.amount().compareTo(BigDecimal.ZERO) <= 0) {
                    throw new BusinessRuleViolationException("FEE_ITEM_INCOMPLETE", "guide.fees[" + i + "]",
                            "收费项目必须写明名称、收费依据和大于 0 的金额", i + 1);
                }
            }
        } else if (!g.fees().isEmpty()) {
            throw new BusinessRuleViolationException("FREE_ITEM_HAS_FEES", "guide.fees", "不收费事项不得列出收费项目");
        }
        List<ServiceGuide.Material> materials = g.materials();
        for (int i = 0; i < materials.size(); i++) {
            ServiceGuide.Material m = materials.get(i);
            if (m.required() && blank(m.name())) {
                throw new BusinessRuleViolationException("MATERIAL_NAME_REQUIRED", "guide.materials[" + i + "].name",
                        "必需的申请材料必须写明名称", i + 1);
            }
        }
        if (g.scope() == ServiceGuide.Scope.CROSS_PROVINCE && g.crossProvinceMode() == null) {
            throw new BusinessRuleViolationException("CROSS_PROVINCE_MODE_REQUIRED", "guide.crossProvinceMode",
                    "跨省通办事项必须写明办理模式（全程网办、异地代收代办或多地联办）");
        }
        if (Boolean.TRUE.equals(g.extensionAllowed()) && (g.extensionMaxDays() == null || g.extensionMaxDays() < 1)) {
            throw new BusinessRuleViolationException("EXTENSION_DAYS_REQUIRED", "guide.extensionMaxDays",
                    "允许延期的事项必须写明最长延期天数");
        }
    }

    /** An implementation item may not change the name, type or legal basis of its base item. */
    public static void checkInherited(ItemContent c, BaseItem base) {
        if (base == null) {
            return;
        }
        if (!Objects.equals(c.name(), base.name())) {
            throw new BusinessRuleViolationException("INHERITED_FIELD_CHANGED", "name", "实施清单不得修改基本目录的事项名称", "name", base.name());
        }
        if (c.itemType() != base.itemType()) {
            throw new BusinessRuleViolationException("INHERITED_FIELD_CHANGED", "itemType", "实施清单不得修改基本目录的事项类型", "itemType", base.itemType());
        }
        if (!c.legalBasis().equals(base.legalBasis())) {
            throw new BusinessRuleViolationException("INHERITED_FIELD_CHANGED", "legalBasis", "实施清单不得修改基本目录的设定依据", "legalBasis", base.legalBasis());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
