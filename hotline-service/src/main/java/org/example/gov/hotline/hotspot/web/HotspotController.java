package org.example.gov.hotline.hotspot.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.hotline.hotspot.HotspotService;
import org.example.gov.hotline.hotspot.HotspotWarning;
import org.example.gov.hotline.ticket.Page;
import org.example.gov.platform.problem.PlatformException;
import org.example.gov.platform.security.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 未诉先办: the hotspot warnings of the centre's or supervisor's region and below. */
@RestController
@Validated
@RequestMapping("/api/hotline/hotspots")
@Tag(name = "hotspots", description = "未诉先办 — spikes of one category in one region on one day")
public class HotspotController {

    private final HotspotService hotspots;
    private final Clock clock;

    public HotspotController(HotspotService hotspots, Clock clock) {
        this.hotspots = hotspots;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('HOTLINE_AGENT', 'SUPERVISOR')")
    @Operation(summary = "Hotspot warnings of days in [from, to] (default the last 7 days; at most 92 days), newest first")
    public WarningPage list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Actor actor) {
        LocalDate last = to != null ? to : ShanghaiDate.today(clock);
        LocalDate first = from != null ? from : last.minusDays(6);
        if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) > 92) {
            throw new RangeInvalid(first, last);
        }
        Page<HotspotWarning> found = hotspots.list(actor, first, last, page, size);
        return new WarningPage(found.content().stream().map(WarningResponse::of).toList(), found.page(), found.size(),
                found.totalElements());
    }

    public record WarningPage(List<WarningResponse> content, int page, int size, long totalElements) {
    }

    /** One warning: the day's count against the expected one and the p-value of the test. */
    public record WarningResponse(String id, String categoryCode, String region, LocalDate day, int dayCount,
            int trailingDays, long trailingCount, double expected, double pValue, Instant detectedAt) {

        static WarningResponse of(HotspotWarning w) {
            return new WarningResponse(w.id(), w.categoryCode(), w.region(), w.day(), w.dayCount(), w.trailingDays(),
                    w.trailingCount(), w.expected(), w.pValue(), w.detectedAt());
        }
    }

    /** 400: from after to, or a range over 92 days. */
    static final class RangeInvalid extends PlatformException {

        RangeInvalid(LocalDate from, LocalDate to) {
            super(400, "HOTSPOT_RANGE_INVALID", "from must not be after to, and the range is at most 92 days: " + from
                    + " – " + to);
            property("field", "from");
        }
    }
}
