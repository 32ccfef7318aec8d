package org.example.gov.catalog.item;

import java.util.Set;

import org.example.gov.platform.problem.ForbiddenException;
import org.example.gov.platform.scope.RegionCode;
import org.example.gov.platform.scope.Scope;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;

/**
 * What the catalogue's staff reach, by the platform's one scope policy (DOMAIN.md §1): a maintainer drafts and a
 * reviewer reviews the items and bundles of their region and every region below it (a 440000 maintainer the whole
 * province, a 440100 广州 one never a 440300 深圳 item). Items and bundles ask here; no capability compares regions itself.
 */
public final class CatalogueStaff {

    private CatalogueStaff() {
    }

    /** Where the actor may draft, edit, submit and cancel. */
    public static Scope maintaining(Actor actor) {
        return ScopePolicy.of(orAnonymous(actor), Set.of(Role.CATALOG_MAINTAINER));
    }

    /** Where the actor may approve and reject. */
    public static Scope reviewing(Actor actor) {
        return ScopePolicy.of(orAnonymous(actor), Set.of(Role.CATALOG_REVIEWER));
    }

    /** Where the actor sees what is not public yet (drafts, versions under review): maintainers and reviewers alike. */
    public static Scope working(Actor actor) {
        return ScopePolicy.of(orAnonymous(actor), Set.of(Role.CATALOG_MAINTAINER, Role.CATALOG_REVIEWER));
    }

    /**
     * A base item (基本目录) holds for the whole province, so only a maintainer whose reach is a whole province may
     * create it: a city's maintainer would otherwise define what every other city implements.
     */
    public static void requireProvincialMaintainer(Actor actor) {
        boolean provincial = maintaining(actor).regionsAndBelow().stream()
                .anyMatch(region -> region.level() == RegionCode.Level.PROVINCE);
        if (!provincial) {
            throw new ForbiddenException("BASE_ITEM_PROVINCE_ONLY", null,
                    "Only a maintainer of a province may create base items", String.valueOf(orAnonymous(actor).region()));
        }
    }

    private static Actor orAnonymous(Actor actor) {
        return actor == null ? Actor.ANONYMOUS : actor;
    }
}
