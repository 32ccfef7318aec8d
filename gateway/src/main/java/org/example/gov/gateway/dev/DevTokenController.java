package org.example.gov.gateway.dev;

import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.example.gov.gateway.problem.Problems;
import org.example.gov.gateway.security.PemKeys;
import org.example.gov.gateway.security.PlatformSecurityProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Issues tokens for the demo users so the front ends and testers can log in without an identity provider.
 * Exists ONLY with the Spring profile "local"; without it /dev/** is a 404 like any unknown path.
 */
@Profile("local")
@RestController
@Tag(name = "dev", description = "本地开发令牌（仅 local 配置）")
public class DevTokenController {

    private final DevTokenProperties properties;
    private final String issuer;
    private final JwtEncoder encoder;
    private final Problems problems;

    public DevTokenController(DevTokenProperties properties, PlatformSecurityProperties security, Problems problems,
            @Value("${server.address:}") String serverAddress) {
        List<String> unsafe = DevTokenSafety.problems(security.jwt().issuer(), security.jwt().jwkSetUri(), serverAddress);
        if (!unsafe.isEmpty()) {
            throw new IllegalStateException("The development token issuer (profile local) refuses to start: "
                    + String.join("; ", unsafe));
        }
        if (!StringUtils.hasText(properties.privateKeyLocation())) {
            throw new IllegalStateException(
                    "platform.dev-token.private-key-location (DEV_TOKEN_PRIVATE_KEY_LOCATION) must be set with profile local");
        }
        RSAPrivateCrtKey privateKey = PemKeys.readPrivateKey(properties.privateKeyLocation());
        this.encoder = NimbusJwtEncoder.withKeyPair(PemKeys.publicKeyOf(privateKey), privateKey)
                .algorithm(SignatureAlgorithm.RS256)
                .build();
        this.properties = properties;
        this.issuer = security.jwt().issuer();
        this.problems = problems;
    }

    @GetMapping("/dev/users")
    @Operation(summary = "The demo users a token can be issued for")
    public List<DevTokenProperties.DemoUser> users() {
        return properties.users();
    }

    @PostMapping(path = "/dev/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Issue a 1 h access token for a demo user: {\"user\":\"clerk1\"}")
    public Mono<ResponseEntity<Object>> tokenFromJson(@RequestBody Map<String, Object> body,
            @RequestParam(name = "user", required = false) String userParam, ServerWebExchange exchange) {
        Object user = body.get("user");
        return issue(user != null ? user.toString() : userParam, exchange);
    }

    /** Form posts ({@code user=clerk1}) and plain {@code POST /dev/token?user=clerk1}. */
    @PostMapping(path = "/dev/token")
    public Mono<ResponseEntity<Object>> tokenFromForm(@RequestParam(name = "user", required = false) String userParam,
            ServerWebExchange exchange) {
        return exchange.getFormData()
                .map(form -> Optional.ofNullable(form.getFirst("user")).orElse(userParam == null ? "" : userParam))
                .defaultIfEmpty(userParam == null ? "" : userParam)
                .flatMap(user -> issue(user, exchange));
    }

    private Mono<ResponseEntity<Object>> issue(String userId, ServerWebExchange exchange) {
        Optional<DevTokenProperties.DemoUser> found = properties.users().stream()
                .filter(u -> u.id().equals(userId == null ? null : userId.trim()))
                .findFirst();
        if (found.isEmpty()) {
            String known = String.join(", ", properties.users().stream().map(DevTokenProperties.DemoUser::id).toList());
            Map<String, Object> problem = problems.body(exchange, HttpStatus.BAD_REQUEST, "UNKNOWN_USER", null,
                    userId == null ? "" : userId, known);
            problem.put("knownUsers", properties.users().stream().map(DevTokenProperties.DemoUser::id).toList());
            return Mono.just(ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem));
        }
        DevTokenProperties.DemoUser user = found.get();
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(user.id())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(properties.ttl()))
                .id(UUID.randomUUID().toString())
                .claim("name", user.name())
                .claim("roles", user.roles());
        if (user.region() != null) {
            claims.claim("region", user.region());
        }
        if (user.department() != null) {
            claims.claim("department", user.department());
        }
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build(),
                claims.build())).getTokenValue();

        Map<String, Object> userView = new LinkedHashMap<>();
        userView.put("id", user.id());
        userView.put("name", user.name());
        userView.put("roles", user.roles());
        userView.put("region", user.region());
        userView.put("department", user.department());
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", token);
        response.put("token_type", "Bearer");
        response.put("expires_in", properties.ttl().toSeconds());
        response.put("user", userView);
        return Mono.just(ResponseEntity.ok().header("Cache-Control", "no-store").body(response));
    }
}
