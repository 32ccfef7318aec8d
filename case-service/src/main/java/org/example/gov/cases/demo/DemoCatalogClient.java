package org.example.gov.cases.demo;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.example.gov.cases.casefile.CaseService;
import org.example.gov.cases.catalog.ItemLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published items the demo cases are filed under: ids (and guide materials) from the catalogue's public listing
 * ({@code GET /api/catalog/items?size=100&page=N}), then each item in full through {@link ItemLookup}, exactly as a
 * real submission reads it, pinned the way {@link CaseService} pins it.
 */
@Component
class DemoCatalogClient {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogClient.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 20;

    private final RestClient http;
    private final JsonMapper json;
    private final ItemLookup items;
    private final CaseService cases;

    DemoCatalogClient(@Value("${platform.clients.item-catalog.url}") String catalogUrl, JsonMapper json, ItemLookup items,
            CaseService cases) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        requests.setReadTimeout(TIMEOUT);
        this.http = RestClient.builder().baseUrl(catalogUrl).requestFactory(requests).build();
        this.json = json;
        this.items = items;
        this.cases = cases;
    }

    /** How many published items the catalogue lists; 0 while it cannot answer. */
    long publishedCount() {
        try {
            return page(0, 1).path("totalElements").asLong(0);
        } catch (RuntimeException e) {
            log.debug("Catalogue listing not available yet: {}", e.toString());
            return 0;
        }
    }

    /** Every published item the catalogue lists; an item that cannot be read is left out. */
    List<DemoItem> publishedItems() {
        List<DemoItem> result = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode listing = page(page, PAGE_SIZE);
            JsonNode content = listing.path("content");
            for (JsonNode entry : content) {
                String id = entry.path("id").asString(null);
                try {
                    result.add(new DemoItem(cases.pin(items.publishedItem(id)), materials(entry)));
                } catch (RuntimeException e) {
                    log.debug("Item {} left out of the demo cases: {}", id, e.toString());
                }
            }
            if (content.size() < PAGE_SIZE || (page + 1L) * PAGE_SIZE >= listing.path("totalElements").asLong(0)) {
                break;
            }
        }
        return result;
    }

    private JsonNode page(int page, int size) {
        String body = http.get().uri("/api/catalog/items?size={size}&page={page}", size, page).retrieve()
                .body(String.class);
        return json.readTree(body == null ? "{}" : body);
    }

    private static List<String> materials(JsonNode item) {
        List<String> names = new ArrayList<>();
        for (JsonNode material : item.path("guide").path("materials")) {
            String name = material.path("name").asString("");
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }
}
