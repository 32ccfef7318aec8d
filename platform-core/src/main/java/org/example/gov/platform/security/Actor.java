package org.example.gov.platform.security;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is acting, as the token says: user id, display name, roles, region code and department. Plain
 * Java so application services and domain objects can record "who did it" without security imports.
 */
public record Actor(String id, String name, Set<String> roles, String region, String department) {

    public static final Actor ANONYMOUS = new Actor("anonymous", "anonymous", Set.of(), null, null);

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor fromClaims(String subject, Map<String, Object> claims) {
        Object rawRoles = claims.get("roles");
        Set<String> roles = rawRoles instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet())
                : Set.of();
        Object name = claims.getOrDefault("name", subject);
        return new Actor(subject, String.valueOf(name), roles, string(claims.get("region")), string(claims.get("department")));
    }

    public boolean has(Role role) {
        return roles.contains(role.name());
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
