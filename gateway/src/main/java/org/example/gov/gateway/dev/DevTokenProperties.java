package org.example.gov.gateway.dev;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Development token issuer ({@code platform.dev-token.*}, profile "local" only).
 *
 * @param privateKeyLocation PKCS#8 PEM "PRIVATE KEY" the tokens are signed with [DEV_TOKEN_PRIVATE_KEY_LOCATION]
 * @param ttl                token lifetime (1 h)
 * @param users              the demo users (application-local.yml)
 */
@ConfigurationProperties("platform.dev-token")
public record DevTokenProperties(String privateKeyLocation, Duration ttl, List<DemoUser> users) {

    public DevTokenProperties {
        ttl = ttl == null ? Duration.ofHours(1) : ttl;
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record DemoUser(String id, String name, List<String> roles, String region, String department) {

        public DemoUser {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
