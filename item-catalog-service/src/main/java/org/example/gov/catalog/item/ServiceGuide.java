package org.example.gov.catalog.item;

import java.math.BigDecimal;
import java.util.List;

/**
 * The service-guide elements (办事指南) of an item version, stored as one JSON document: nothing here is queried
 * relationally (search goes through the in-memory index). Every element is optional while drafting; the
 * publication rules ({@link PublicationRules}) decide what a publishable guide needs.
 */
public record ServiceGuide(String description, List<String> conditions, List<Material> materials, List<String> steps,
        List<String> specialProcedures, Boolean extensionAllowed, Integer extensionMaxDays, Boolean charged,
        List<Fee> fees, Result result, OnlineDepth onlineDepth, Integer maxVisits, List<Delivery> delivery,
        Scope scope, CrossProvinceMode crossProvinceMode, List<Faq> faq, List<String> keywords, List<String> topics,
        String location, String hours, String consultPhone, String complaintPhone) {

    public static final ServiceGuide EMPTY = new ServiceGuide(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null);

    public ServiceGuide {
        conditions = copy(conditions);
        materials = copy(materials);
        steps = copy(steps);
        specialProcedures = copy(specialProcedures);
        fees = copy(fees);
        delivery = copy(delivery);
        faq = copy(faq);
        keywords = copy(keywords);
        topics = copy(topics);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list.stream().filter(java.util.Objects::nonNull).toList());
    }

    /** 申请材料: required or only in some cases, in which form, how many copies, and who provides it. */
    public record Material(String name, boolean required, MaterialForm form, Integer copies, MaterialSource source,
            String condition) {
    }

    public enum MaterialForm { ORIGINAL, COPY, ELECTRONIC }

    /** APPLICANT: the applicant provides it; GOVERNMENT: issued by a government body, reusable from e-licences. */
    public enum MaterialSource { APPLICANT, GOVERNMENT }

    public record Fee(String name, String basis, BigDecimal amount) {
    }

    /** 办理结果: type (证照/批文/其他) and name. */
    public record Result(String type, String name) {
    }

    public record Faq(String question, String answer) {
    }

    public enum Delivery { EXPRESS, ONLINE_PAYMENT, APPOINTMENT, SELF_SERVICE }

    /** 通办范围: 市域通办 / 省内通办 / 跨省通办. */
    public enum Scope { CITY, PROVINCE, CROSS_PROVINCE }

    /** How a cross-province item is handled: 全程网办, 异地代收代办, 多地联办. */
    public enum CrossProvinceMode { FULLY_ONLINE, PROXY, MULTI_PLACE }
}
