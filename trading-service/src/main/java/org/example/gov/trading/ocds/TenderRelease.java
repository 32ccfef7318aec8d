package org.example.gov.trading.ocds;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.example.gov.trading.tender.Amendment;
import org.example.gov.trading.tender.Lot;
import org.example.gov.trading.tender.LotStatus;
import org.example.gov.trading.tender.ProcurementMethod;
import org.example.gov.trading.tender.Project;

/**
 * What the public may know of a project, as the body of an OCDS 1.1.5 release (everything but {@code id}, {@code date}
 * and {@code tag}, which {@link ReleaseTag} and the store add). Every release is a full snapshot, so the record's
 * compiled release is simply the newest one.
 *
 * <p>Only what is already public goes in: title, tenderee and agent (organisations), method, lots with their
 * budgets, the tender period, amendments; the number of tenderers only once every lot has passed its deadline
 * ({@code tenderers}: null before), because before it the count is secret (招标投标法 第22条, DOMAIN.md §7); an award
 * (supplier and awarded price) once its notice is issued. No other bidder, no bid price, objection or person ever
 * appears here. Lots follow the OCDS lots extension.
 */
public final class TenderRelease {

    public static final String LOTS_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json";

    /** A contract's day is a Beijing date; the release gives it as that day's first instant. */
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private TenderRelease() {
    }

    /**
     * @param tenderers distinct bidders over all lots once every lot is past its deadline, else null (secret)
     * @param awards    the lots' award notices issued so far (award/), each a supplier with the awarded price
     * @param contracts the lots' signed contracts (award/LotContract), each against its lot's award
     */
    public static Map<String, Object> of(String ocid, Project p, Integer tenderers, List<ReleasedAward> awards,
            List<ReleasedContract> contracts) {
        Map<String, Object> buyer = party("buyer-" + p.tenderee(), p.tenderee());
        Map<String, Object> release = new LinkedHashMap<>();
        release.put("ocid", ocid);
        release.put("initiationType", "tender");
        release.put("language", "zh");
        List<Map<String, Object>> parties = new ArrayList<>();
        parties.add(withRoles(buyer, p.agent() == null ? List.of("buyer", "procuringEntity") : List.of("buyer")));
        Map<String, Object> procuringEntity = buyer;
        if (p.agent() != null) {
            procuringEntity = party("agent-" + p.agent(), p.agent());
            parties.add(withRoles(procuringEntity, List.of("procuringEntity")));
        }
        release.put("parties", parties);
        release.put("buyer", buyer);

        Map<String, Object> tender = new LinkedHashMap<>();
        tender.put("id", p.id().toString());
        tender.put("title", p.title());
        tender.put("status", status(p.lots()));
        tender.put("procuringEntity", procuringEntity);
        tender.put("value", money(p.lots().stream().map(l -> l.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
        tender.put("procurementMethod", method(p.method()));
        tender.put("procurementMethodDetails", methodDetails(p.method()));
        // no mainProcurementCategory: a project does not record goods/works/services, and a guess would mislead
        tender.put("submissionMethod", List.of("electronicSubmission"));
        Map<String, Object> period = period(p.lots());
        if (!period.isEmpty()) {
            tender.put("tenderPeriod", period);
        }
        if (tenderers != null) {
            tender.put("numberOfTenderers", tenderers);
        }
        if (!p.amendments().isEmpty()) {
            tender.put("amendments", p.amendments().stream().map(TenderRelease::amendment).toList());
        }
        tender.put("lots", p.lots().stream().filter(l -> l.status() != LotStatus.DRAFT).map(TenderRelease::lot).toList());
        release.put("tender", tender);
        if (!awards.isEmpty()) {
            for (ReleasedAward a : awards) {
                Map<String, Object> supplier = party("supplier-" + a.bidder(), a.bidder());
                if (parties.stream().noneMatch(x -> x.get("id").equals(supplier.get("id")))) {
                    parties.add(withRoles(supplier, List.of("supplier", "tenderer")));
                }
            }
            release.put("awards", awards.stream().map(TenderRelease::award).toList());
        }
        if (!contracts.isEmpty()) {
            release.put("contracts", contracts.stream().map(TenderRelease::contract).toList());
        }
        return release;
    }

    /** OCDS tender status from the lots (closed codelist tenderStatus). */
    static String status(List<Lot> lots) {
        if (lots.stream().allMatch(l -> l.status() == LotStatus.CANCELLED)) {
            return "cancelled";
        }
        if (lots.stream().allMatch(l -> l.status().terminal() || awarded(l.status()))) {
            return lots.stream().anyMatch(l -> awarded(l.status()) || l.status() == LotStatus.COMPLETE)
                    ? "complete" : "unsuccessful";
        }
        return "active";
    }

    private static boolean awarded(LotStatus s) {
        return s == LotStatus.AWARDED || s == LotStatus.CONTRACTED || s == LotStatus.COMPLETE;
    }

    private static String lotStatus(LotStatus s) {
        return switch (s) {
            case DRAFT -> "planning";
            case TENDERING, OPENING, EVALUATION, CANDIDATE_PUBLICITY -> "active";
            case AWARDED, CONTRACTED, COMPLETE -> "complete";
            case FAILED -> "unsuccessful";
            case CANCELLED -> "cancelled";
        };
    }

    /** OCDS method codelist: open, selective, limited, direct. */
    static String method(ProcurementMethod m) {
        return switch (m) {
            case OPEN_TENDER -> "open";
            case INVITED_TENDER -> "selective";
            case COMPETITIVE_NEGOTIATION, COMPETITIVE_CONSULTATION, REQUEST_FOR_QUOTATION -> "limited";
            case SINGLE_SOURCE -> "direct";
        };
    }

    private static String methodDetails(ProcurementMethod m) {
        return switch (m) {
            case OPEN_TENDER -> "公开招标";
            case INVITED_TENDER -> "邀请招标";
            case COMPETITIVE_NEGOTIATION -> "竞争性谈判";
            case COMPETITIVE_CONSULTATION -> "竞争性磋商";
            case REQUEST_FOR_QUOTATION -> "询价";
            case SINGLE_SOURCE -> "单一来源";
        };
    }

    private static Map<String, Object> period(List<Lot> lots) {
        Map<String, Object> period = new LinkedHashMap<>();
        lots.stream().map(Lot::schedule).filter(Objects::nonNull).map(Lot.Schedule::announcedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).ifPresent(start -> period.put("startDate", date(start)));
        lots.stream().map(Lot::bidDeadline).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .ifPresent(end -> period.put("endDate", date(end)));
        return period;
    }

    private static Map<String, Object> lot(Lot l) {
        Map<String, Object> lot = new LinkedHashMap<>();
        lot.put("id", l.id().toString());
        lot.put("title", l.name());
        lot.put("status", lotStatus(l.status()));
        lot.put("value", money(l.amount().amount()));
        if (l.bidDeadline() != null) {
            lot.put("tenderPeriod", Map.of("endDate", date(l.bidDeadline())));
        }
        return lot;
    }

    private static Map<String, Object> award(ReleasedAward a) {
        Map<String, Object> award = new LinkedHashMap<>();
        award.put("id", "award-" + a.lotId());
        award.put("status", "active");
        award.put("date", date(a.date()));
        award.put("value", money(a.amount()));
        award.put("suppliers", List.of(party("supplier-" + a.bidder(), a.bidder())));
        award.put("relatedLots", List.of(a.lotId()));
        return award;
    }

    /** Contract ids and awardIDs from the lot: one award and at most one contract per lot. */
    private static Map<String, Object> contract(ReleasedContract c) {
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("id", "contract-" + c.lotId());
        contract.put("awardID", "award-" + c.lotId());
        contract.put("title", c.number());
        contract.put("status", "active");
        contract.put("value", money(c.amount()));
        contract.put("dateSigned", date(c.signedOn().atStartOfDay(BEIJING).toInstant()));
        return contract;
    }

    private static Map<String, Object> amendment(Amendment a) {
        Map<String, Object> amendment = new LinkedHashMap<>();
        amendment.put("id", String.valueOf(a.number()));
        amendment.put("date", date(a.at()));
        amendment.put("description", a.summary());
        return amendment;
    }

    private static Map<String, Object> party(String id, String name) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("id", id);
        party.put("name", name);
        return party;
    }

    private static Map<String, Object> withRoles(Map<String, Object> reference, List<String> roles) {
        Map<String, Object> party = new LinkedHashMap<>(reference);
        party.put("roles", roles);
        return party;
    }

    private static Map<String, Object> money(BigDecimal amount) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("amount", amount);
        value.put("currency", "CNY");
        return value;
    }

    /** OCDS dates: ISO 8601 with offset; whole seconds are enough and read better. */
    static String date(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
