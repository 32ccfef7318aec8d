package spike;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import spike.common.WebFluxRoutes;

/** Spring Cloud Gateway's WebFlux server with the two benchmarked routes and nothing else: no security, no metrics. */
@SpringBootApplication
@Import(WebFluxRoutes.class)
public class BareWebFluxGateway {

    public static void main(String[] args) {
        SpringApplication.run(BareWebFluxGateway.class, args);
    }
}
