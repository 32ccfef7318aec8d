package spike;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;

/**
 * Spring Cloud Gateway's WebFlux server with the two benchmarked routes plus observability as the platform's gateway
 * has it: Prometheus metrics (server and per-route client histograms) and tracing at 10% (OpenTelemetry bridge). No
 * security: the difference to the bare spike is what observing a request costs.
 */
@SpringBootApplication
public class ObservedWebFluxGateway {

    public static void main(String[] args) {
        SpringApplication.run(ObservedWebFluxGateway.class, args);
    }

    @Bean
    RouteLocator routes(RouteLocatorBuilder builder, @Value("${CATALOG_URL:http://127.0.0.1:8101}") String catalog,
            @Value("${CASE_URL:http://127.0.0.1:8102}") String cases) {
        return builder.routes()
                .route("item-catalog", route -> route.path("/api/catalog/**").uri(catalog))
                .route("case", route -> route.path("/api/cases/**").uri(cases))
                .build();
    }
}
