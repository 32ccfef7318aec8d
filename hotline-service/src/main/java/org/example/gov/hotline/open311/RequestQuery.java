package org.example.gov.hotline.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.platform.scope.RegionCode;

/**
 * GET requests, as GeoReport v2 defines it: {@code service_request_id} (a comma list; when given, every other filter is
 * ignored), {@code service_code} (a comma list), {@code status} (open, closed or both), and a window of
 * {@code requested_datetime} from {@code start_date} to {@code end_date} of at most 90 days — the most recent 90 days
 * when neither is given. Extensions: {@code updated_after}/{@code updated_before} (a window of
 * {@code updated_datetime}, also at most 90 days; instead of the default requested window when no start/end is given)
 * and {@code page} (from 1) / {@code page_size} (at most and by default 1,000, the specification's default limit).
 */
public record RequestQuery(List<String> numbers, RegionCode jurisdiction, List<String> serviceCodes,
        Open311Status status, Window requested, Window updated, int page, int pageSize) {

    public static final Duration MAX_WINDOW = Duration.ofDays(90);
    public static final int MAX_PAGE_SIZE = 1000;
    public static final int MAX_IDS = 100;
    /** A deeper page reads too much of the index; a client narrows the window (or pages by updated_after) instead. */
    public static final int MAX_OFFSET = 100_000;

    /** A half-open window [from, to) of one timestamp column; {@code to} null: up to now. */
    public record Window(Instant from, Instant to) {
    }

    /** The raw query parameters (null when absent) into a query, or a 400 naming the parameter. */
    public static RequestQuery of(String serviceRequestIds, RegionCode jurisdiction, String serviceCodes, String status,
            String startDate, String endDate, String updatedAfter, String updatedBefore, String page, String pageSize,
            Instant now) {
        int p = number(page, "page", 1, 1, Integer.MAX_VALUE);
        int size = number(pageSize, "page_size", MAX_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        if ((long) (p - 1) * size > MAX_OFFSET) {
            throw Open311Exception.badRequest("page * page_size must stay below " + MAX_OFFSET
                    + ": narrow start_date/end_date or use updated_after");
        }
        if (serviceRequestIds != null && !serviceRequestIds.isBlank()) {
            List<String> ids = list(serviceRequestIds);
            if (ids.size() > MAX_IDS || ids.stream().anyMatch(id -> !id.matches("[A-Za-z0-9-]{1,32}"))) {
                throw Open311Exception.badRequest("service_request_id must be at most " + MAX_IDS
                        + " comma-separated request ids");
            }
            return new RequestQuery(ids, null, List.of(), null, null, null, 1, MAX_PAGE_SIZE);
        }
        List<String> codes = serviceCodes == null || serviceCodes.isBlank() ? List.of() : list(serviceCodes);
        if (codes.size() > 20 || codes.stream().anyMatch(c -> !c.matches("\\d{6}"))) {
            throw Open311Exception.badRequest("service_code must be one or more comma-separated service codes");
        }
        Open311Status wanted = null;
        if (status != null && !status.isBlank()) {
            List<Open311Status> statuses = list(status).stream().map(Open311Status::parse).distinct().toList();
            wanted = statuses.size() == 1 ? statuses.getFirst() : null;
        }
        Window requested = window(time(startDate, "start_date"), time(endDate, "end_date"), "start_date", "end_date");
        Window updated = window(time(updatedAfter, "updated_after"), time(updatedBefore, "updated_before"),
                "updated_after", "updated_before");
        if (requested == null && updated == null) {
            requested = new Window(now.minus(MAX_WINDOW), null);
        }
        return new RequestQuery(List.of(), jurisdiction, codes, wanted, requested, updated, p, size);
    }

    /** From and to as given, the missing end 90 days from the other; refused when it spans more than 90 days. */
    private static Window window(Instant from, Instant to, String fromName, String toName) {
        if (from == null && to == null) {
            return null;
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                throw Open311Exception.badRequest(toName + " is before " + fromName);
            }
            if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
                throw Open311Exception.badRequest(fromName + " to " + toName + " may not span more than 90 days");
            }
            return new Window(from, to);
        }
        return from != null ? new Window(from, from.plus(MAX_WINDOW)) : new Window(to.minus(MAX_WINDOW), to);
    }

    /** W3C date-time with its offset (1994-11-05T08:15:30-05:00, ...Z); a bare date is that day in China. */
    private static Instant time(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(ShanghaiDate.ZONE).toInstant();
            } catch (DateTimeParseException notADate) {
                throw Open311Exception.badRequest(name + " must be a W3C date-time such as 2025-09-26T08:15:30+08:00");
            }
        }
    }

    private static int number(String value, String name, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw Open311Exception.badRequest(name + " must be a whole number from " + min + " to " + max);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
