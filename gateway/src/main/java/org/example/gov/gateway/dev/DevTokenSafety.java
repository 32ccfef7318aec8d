package org.example.gov.gateway.dev;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * When the development token issuer may run: anyone who reaches {@code /dev/token} can mint a token for any demo role,
 * so the Spring profile "local" alone is not enough (issue 11). It refuses to start unless the gateway listens on a
 * loopback address only, the tokens it validates are the local issuer's ({@code http://localhost:<port>/dev}), and no
 * production identity provider (a JWK set URI) is configured next to it.
 */
public final class DevTokenSafety {

    private DevTokenSafety() {
    }

    /** @return what forbids the issuer here; empty when it may run */
    public static List<String> problems(String issuer, String jwkSetUri, String serverAddress) {
        List<String> problems = new ArrayList<>();
        if (!isLoopback(serverAddress)) {
            problems.add("the gateway must listen on a loopback address only (server.address / SERVER_ADDRESS is '"
                    + (serverAddress == null || serverAddress.isBlank() ? "all interfaces" : serverAddress) + "')");
        }
        if (!isLocalIssuer(issuer)) {
            problems.add("the token issuer must be the local one, http://localhost:<port>/dev (JWT_ISSUER is '" + issuer + "')");
        }
        if (jwkSetUri != null && !jwkSetUri.isBlank()) {
            problems.add("a production identity provider is configured (JWT_JWK_SET_URI): dev tokens must not stand beside it");
        }
        return problems;
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false; // unset = every interface
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static boolean isLocalIssuer(String issuer) {
        if (issuer == null) {
            return false;
        }
        try {
            URI uri = URI.create(issuer);
            return "http".equals(uri.getScheme()) && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()))
                    && "/dev".equals(uri.getPath()) && uri.getQuery() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
