package org.example.gov.cases.catalog;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * item-catalog-service's public item API. Timeouts, the circuit breaker and 404-as-null
 * ({@code dismiss404}) are configured under {@code spring.cloud.openfeign.client.config.item-catalog}.
 */
@FeignClient(name = "item-catalog", url = "${platform.clients.item-catalog.url}")
interface CatalogClient {

    /** @return the item, or null when the catalogue has no such item */
    @GetMapping("/api/catalog/items/{id}")
    CatalogItem item(@PathVariable("id") String id);

    /** @return the bundle (一件事), or null when the catalogue has no such bundle */
    @GetMapping("/api/catalog/bundles/{id}")
    CatalogBundle bundle(@PathVariable("id") String id);
}
