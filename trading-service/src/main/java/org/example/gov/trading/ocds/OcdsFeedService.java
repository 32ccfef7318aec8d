package org.example.gov.trading.ocds;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.trading.ocds.config.OcdsProperties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two OCDS 1.1.5 packages the feed serves: a release package (a page of releases, newest first) and a record
 * package (one contracting process: all its releases and the compiled release). The package metadata (publisher,
 * licence, policy, the lots extension) comes from {@link OcdsProperties}.
 */
public class OcdsFeedService {

    public static final int MAX_PAGE = 1000;

    private final ReleaseStore releases;
    private final JsonMapper json;
    private final Clock clock;
    private final OcdsProperties properties;

    public OcdsFeedService(ReleaseStore releases, JsonMapper json, Clock clock, OcdsProperties properties) {
        this.releases = releases;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    /** A page of the feed and where it sits: the newest and oldest feed positions it holds (0 when empty). */
    public record Page(Map<String, Object> releasePackage, long newest, long oldest, boolean full) {
    }

    public Page releases(String uri, Long since, Long before, int limit) {
        List<ReleaseStore.Stored> page = releases.page(since, before, limit);
        Map<String, Object> pkg = metadata(uri);
        pkg.put("releases", page.stream().map(r -> json.readTree(r.document())).toList());
        return new Page(pkg, page.isEmpty() ? 0 : page.getFirst().seq(), page.isEmpty() ? 0 : page.getLast().seq(),
                page.size() == limit);
    }

    /** 404 OCID_NOT_FOUND for a process never published (a draft is never published). */
    public Map<String, Object> record(String uri, String ocid) {
        List<ReleaseStore.Stored> all = releases.ofOcid(ocid);
        if (all.isEmpty()) {
            throw new NotFoundException("OCID_NOT_FOUND", "No contracting process {0} has been published", ocid);
        }
        List<JsonNode> published = all.stream().map(r -> json.readTree(r.document())).toList();
        // every release is a full snapshot (TenderRelease), so the compiled release is the newest with its own id and tag
        ObjectNode compiled = ((ObjectNode) published.getLast()).deepCopy();
        compiled.put("id", ocid + "-compiled");
        compiled.putArray("tag").add("compiled");
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("ocid", ocid);
        record.put("releases", published);
        record.put("compiledRelease", compiled);
        Map<String, Object> pkg = metadata(uri);
        pkg.put("records", List.of(record));
        return pkg;
    }

    private Map<String, Object> metadata(String uri) {
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("uri", uri);
        pkg.put("version", "1.1");
        pkg.put("extensions", List.of(TenderRelease.LOTS_EXTENSION));
        pkg.put("publishedDate", TenderRelease.date(clock.instant()));
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("name", properties.publisherName());
        if (properties.publisherUri() != null) {
            publisher.put("uri", properties.publisherUri());
        }
        pkg.put("publisher", publisher);
        if (properties.license() != null) {
            pkg.put("license", properties.license());
        }
        if (properties.publicationPolicy() != null) {
            pkg.put("publicationPolicy", properties.publicationPolicy());
        }
        return pkg;
    }
}
