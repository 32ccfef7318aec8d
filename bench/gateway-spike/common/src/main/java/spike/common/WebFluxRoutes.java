package spike.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;

/**
 * The two benchmarked routes of the WebFlux spikes, imported by each ({@code @Import}); deliberately not annotated, so
 * the MVC spike's component scan never meets it.
 */
public class WebFluxRoutes {

    @Bean
    RouteLocator routes(RouteLocatorBuilder builder, @Value("${CATALOG_URL:http://127.0.0.1:8101}") String catalog,
            @Value("${CASE_URL:http://127.0.0.1:8102}") String cases) {
        return builder.routes()
                .route("item-catalog", route -> route.path("/api/catalog/**").uri(catalog))
                .route("case", route -> route.path("/api/cases/**").uri(cases))
                .build();
    }
}
