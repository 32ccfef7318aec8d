package org.example.gov.trading.ocds.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.example.gov.trading.ocds.OcdsFeedService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open data, no login (platform.security.public-paths, the gateway's PUBLIC_GET_PATHS): the OCDS 1.1.5 release feed
 * and one record package per contracting process. Paging by feed position: {@code Link: <…?before=N>; rel="next"}
 * leads to older releases, {@code rel="poll"} to the ones that will come after this page ({@code since=N}).
 */
@RestController
@RequestMapping("/api/trading/ocds")
@Tag(name = "open-data", description = "公共资源交易 — 开放数据 (Open Contracting Data Standard 1.1.5)")
public class OcdsController {

    private final OcdsFeedService packages;

    public OcdsController(OcdsFeedService packages) {
        this.packages = packages;
    }

    @GetMapping("/releases")
    @Operation(summary = "A release package: the newest releases first, after the feed position since and before the position before")
    public ResponseEntity<Map<String, Object>> releases(@RequestParam(required = false) @Min(0) Long since,
            @RequestParam(required = false) @Min(1) Long before,
            @RequestParam(defaultValue = "100") @Min(1) @Max(OcdsFeedService.MAX_PAGE) int limit) {
        String uri = ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
        OcdsFeedService.Page page = packages.releases(uri, since, before, limit);
        HttpHeaders headers = new HttpHeaders();
        StringBuilder links = new StringBuilder();
        if (page.full()) {
            links.append(link(since, page.oldest(), limit, "next"));
        }
        long newest = page.newest() > 0 ? page.newest() : since == null ? 0 : since;
        if (before == null) {
            // the newest page: poll from here for what is published later
            links.append(links.isEmpty() ? "" : ", ").append("</api/trading/ocds/releases?since=").append(newest)
                    .append("&limit=").append(limit).append(">; rel=\"poll\"");
        }
        if (!links.isEmpty()) {
            headers.add(HttpHeaders.LINK, links.toString());
        }
        return ResponseEntity.ok().headers(headers).body(page.releasePackage());
    }

    @GetMapping("/records/{ocid}")
    @Operation(summary = "A record package: every release of one contracting process and its compiled release")
    @ApiResponse(responseCode = "404", description = "OCID_NOT_FOUND",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Map<String, Object> record(@PathVariable @Pattern(regexp = "ocds-[a-z0-9]{6}-[0-9a-f-]{36}") String ocid) {
        return packages.record(ServletUriComponentsBuilder.fromCurrentRequest().toUriString(), ocid);
    }

    private static String link(Long since, long before, int limit, String rel) {
        return "</api/trading/ocds/releases?" + (since == null ? "" : "since=" + since + "&") + "before=" + before
                + "&limit=" + limit + ">; rel=\"" + rel + "\"";
    }
}
