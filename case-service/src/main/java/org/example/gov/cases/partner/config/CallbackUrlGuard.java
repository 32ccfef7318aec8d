package org.example.gov.cases.partner.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to START with a callback URL that is not https:// outside the local profile (issue 12): a callback carries
 * an applicant's case over the internet, and a signature proves where it came from but hides nothing. Failing the
 * start, rather than refusing each send, makes the mistake visible at deployment, before any callback waits on it.
 * The local run and the tests may use http:// to a partner stub on this machine.
 */
@Component
public class CallbackUrlGuard {

    public CallbackUrlGuard(PartnersProperties partners, Environment environment) {
        List<String> problems = problems(partners, environment.acceptsProfiles(Profiles.of("local")));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Partner callback URLs refused:\n  - " + String.join("\n  - ", problems));
        }
    }

    /** What is wrong with the configured callback URLs; empty when they may be used. */
    public static List<String> problems(PartnersProperties partners, boolean local) {
        List<String> problems = new ArrayList<>();
        Map<String, PartnersProperties.Partner> sorted = new TreeMap<>(partners.partners());
        sorted.forEach((id, partner) -> {
            String url = partner.callbackUrl();
            if (url == null || url.isBlank()) {
                return; // no callbacks yet: they are recorded and wait
            }
            String property = "platform.cases.partners." + id + ".callback-url";
            URI uri;
            try {
                uri = URI.create(url.trim());
            } catch (IllegalArgumentException e) {
                problems.add(property + " is not a URL: " + url);
                return;
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                problems.add(property + " must be an https:// URL with a host: " + url);
            } else if (scheme.equals("http") && !local) {
                problems.add(property + " must be https:// outside the local profile (callbacks carry case data): "
                        + url);
            }
        });
        return problems;
    }
}
