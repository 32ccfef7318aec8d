package spike;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import spike.common.WebFluxRoutes;

/**
 * Spring Cloud Gateway's WebFlux server with the two benchmarked routes plus observability as the platform's gateway
 * has it: Prometheus metrics (server and per-route client histograms) and tracing at 10% (OpenTelemetry bridge). No
 * security: the difference to the bare spike is what observing a request costs.
 */
@SpringBootApplication
@Import(WebFluxRoutes.class)
public class ObservedWebFluxGateway {

    public static void main(String[] args) {
        SpringApplication.run(ObservedWebFluxGateway.class, args);
    }
}
