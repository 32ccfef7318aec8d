package org.example.gov.gateway.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.example.gov.gateway.GatewayApplication;
import org.example.gov.gateway.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** /dev/token mints a token for any role: the local profile alone must not be enough to expose it (issue 11, item 6). */
class DevTokenSafetyTest {

    static final String LOCAL = "http://localhost:8080/dev";

    @Test
    void theLocalIssuerOnLoopbackWithoutAnIdentityProviderMayRun() {
        assertThat(DevTokenSafety.problems(LOCAL, "", "127.0.0.1")).isEmpty();
        assertThat(DevTokenSafety.problems("http://127.0.0.1:18080/dev", null, "::1")).isEmpty();
        assertThat(DevTokenSafety.problems(LOCAL, null, "localhost")).isEmpty();
    }

    @Test
    void everyInterfaceOrAPublicAddressIsRefused() {
        assertThat(DevTokenSafety.problems(LOCAL, null, "")).singleElement().asString().contains("loopback");
        assertThat(DevTokenSafety.problems(LOCAL, null, null)).singleElement().asString().contains("all interfaces");
        assertThat(DevTokenSafety.problems(LOCAL, null, "0.0.0.0")).singleElement().asString().contains("0.0.0.0");
        assertThat(DevTokenSafety.problems(LOCAL, null, "10.1.2.3")).hasSize(1);
    }

    @Test
    void aProductionIssuerOrIdentityProviderIsRefused() {
        assertThat(DevTokenSafety.problems("https://sso.gd.gov.cn/realms/gov", null, "127.0.0.1")).singleElement()
                .asString().contains("issuer");
        assertThat(DevTokenSafety.problems("http://localhost.evil.example/dev", null, "127.0.0.1")).hasSize(1);
        assertThat(DevTokenSafety.problems("http://localhost:8080/realms/gov", null, "127.0.0.1")).hasSize(1);
        assertThat(DevTokenSafety.problems(LOCAL, "https://sso.gd.gov.cn/certs", "127.0.0.1")).singleElement()
                .asString().contains("JWT_JWK_SET_URI");
    }

    @Test
    void theGatewayWithProfileLocalDoesNotStartOnEveryInterface() {
        TestKeys keys = TestKeys.shared();
        SpringApplicationBuilder gateway = new SpringApplicationBuilder(GatewayApplication.class).profiles("local");

        // as an operator would: SERVER_ADDRESS=0.0.0.0 next to the local profile
        assertThatThrownBy(() -> {
            try (ConfigurableApplicationContext started = gateway.run("--server.port=0", "--management.server.port=0",
                    "--server.address=0.0.0.0", "--JWT_PUBLIC_KEY_LOCATION=" + keys.publicKeyLocation(),
                    "--DEV_TOKEN_PRIVATE_KEY_LOCATION=" + keys.privateKeyLocation())) {
                started.getId();
            }
        }).rootCause().hasMessageContaining("refuses to start").hasMessageContaining("loopback");
    }
}
