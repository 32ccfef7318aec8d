package org.example.gov.trading.ocds;

import java.util.List;
import java.util.Map;

/**
 * Which OCDS release tag a new snapshot of a project gets, from what changed since the previous one (closed codelist
 * releaseTag): the first public snapshot is {@code tender}; a new amendment is {@code tenderAmendment}; a tender that
 * became cancelled is {@code tenderCancellation}; a new award notice is {@code award}; a new
 * signed contract {@code contract}; anything else public that moved (a lot's status, a resumed deadline,
 * the number of tenderers after the deadline) is {@code tenderUpdate}.
 */
final class ReleaseTag {

    private ReleaseTag() {
    }

    @SuppressWarnings("unchecked")
    static List<String> between(Map<String, Object> previous, Map<String, Object> current) {
        if (previous == null) {
            return List.of("tender");
        }
        Map<String, Object> before = (Map<String, Object>) previous.get("tender");
        Map<String, Object> now = (Map<String, Object>) current.get("tender");
        if ("cancelled".equals(now.get("status")) && !"cancelled".equals(before.get("status"))) {
            return List.of("tenderCancellation");
        }
        if (count(current.get("contracts")) > count(previous.get("contracts"))) {
            return List.of("contract");
        }
        if (count(current.get("awards")) > count(previous.get("awards"))) {
            return List.of("award");
        }
        if (amendments(now) > amendments(before)) {
            return List.of("tenderAmendment");
        }
        return List.of("tenderUpdate");
    }

    private static int count(Object list) {
        return list instanceof List<?> l ? l.size() : 0;
    }

    private static int amendments(Map<String, Object> tender) {
        return tender.get("amendments") instanceof List<?> list ? list.size() : 0;
    }
}
