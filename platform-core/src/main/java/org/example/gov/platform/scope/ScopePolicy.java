package org.example.gov.platform.scope;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;

/**
 * The one place that turns who is acting into what they reach (ENGINEERING.md §9: scope is one policy, not
 * {@code if} statements per controller). Each role's {@link Reach} is fixed in {@link Role}; the region and
 * department come from the token. A staff token without a valid region (or, for a department role, without a
 * department) reaches nothing: a wrong claim must narrow access, never widen it.
 *
 * <p>Pass the roles that count for the request: for a transition, the roles the step allows (a clerk-and-approver
 * reaches as a clerk when receiving and as an approver when deciding); for a read, the roles that may read.
 */
public final class ScopePolicy {

    private ScopePolicy() {
    }

    /** The scope of every role the actor holds. */
    public static Scope of(Actor actor) {
        return of(actor, Arrays.asList(Role.values()));
    }

    /** The scope of the actor's roles among {@code counting}. */
    public static Scope of(Actor actor, Collection<Role> counting) {
        Optional<RegionCode> region = RegionCode.parse(actor.region());
        if (region.isEmpty()) {
            return Scope.NONE;
        }
        Set<RegionCode> regions = new HashSet<>();
        Set<Department> departments = new HashSet<>();
        Set<RegionCode> below = new HashSet<>();
        for (Role role : counting) {
            if (!actor.has(role)) {
                continue;
            }
            switch (role.reach()) {
                case OWN -> { }
                case REGION -> regions.add(region.get());
                case DEPARTMENT -> {
                    if (actor.department() != null && !actor.department().isBlank()) {
                        departments.add(new Department(region.get(), actor.department()));
                    }
                }
                case REGION_AND_BELOW -> below.add(region.get());
            }
        }
        return new Scope(regions, departments, below);
    }

    /** True if the actor holds any of these roles with a staff reach (not {@link Reach#OWN}). */
    public static boolean actsAsStaff(Actor actor, Collection<Role> counting) {
        return counting.stream().anyMatch(r -> r.reach() != Reach.OWN && actor.has(r));
    }
}
