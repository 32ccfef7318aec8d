package org.example.gov.platform.scope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a member of staff may see and act on: the union of the reaches of the roles that count for the request (see
 * {@link ScopePolicy}). Answers for one object ({@link #covers}) and for a list query ({@link #where}), so the object
 * check and the list filter can never disagree. Objects that name the actor themself ({@link Reach#OWN}) are the
 * caller's check: only the caller knows which field names the owner.
 */
public record Scope(Set<RegionCode> regions, Set<Department> departments, Set<RegionCode> regionsAndBelow) {

    public static final Scope NONE = new Scope(Set.of(), Set.of(), Set.of());

    public Scope {
        regions = Set.copyOf(regions);
        departments = Set.copyOf(departments);
        regionsAndBelow = Set.copyOf(regionsAndBelow);
    }

    /** True if no staff reach applies: the actor sees at most their own objects. */
    public boolean isEmpty() {
        return regions.isEmpty() && departments.isEmpty() && regionsAndBelow.isEmpty();
    }

    /** Whether an object of this region and department is within reach ({@code department} may be null). */
    public boolean covers(String region, String department) {
        if (region == null) {
            return false;
        }
        if (regions.stream().anyMatch(r -> r.value().equals(region))
                || departments.stream().anyMatch(d -> d.is(region, department))) {
            return true;
        }
        return RegionCode.parse(region).map(code -> regionsAndBelow.stream().anyMatch(r -> r.contains(code))).orElse(false);
    }

    /**
     * The same rule as a SQL condition over an object table's region and department columns, with named parameters
     * (prefixed {@code scope_}) for JdbcClient / NamedParameterJdbcTemplate. An empty scope is {@code 1 = 0}.
     */
    public SqlCondition where(String regionColumn, String departmentColumn) {
        List<String> any = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        int i = 0;
        for (RegionCode region : regions) {
            any.add(regionColumn + " = :scope_r" + i);
            params.put("scope_r" + i++, region.value());
        }
        for (Department department : departments) {
            any.add("(" + regionColumn + " = :scope_r" + i + " AND " + departmentColumn + " = :scope_d" + i + ")");
            params.put("scope_r" + i, department.region().value());
            params.put("scope_d" + i++, department.name());
        }
        for (RegionCode region : regionsAndBelow) {
            any.add(regionColumn + " LIKE :scope_r" + i);
            params.put("scope_r" + i++, region.prefix() + "%");
        }
        return any.isEmpty() ? new SqlCondition("1 = 0", Map.of())
                : new SqlCondition("(" + String.join(" OR ", any) + ")", Map.copyOf(params));
    }

    /** A SQL boolean expression and the named parameters it binds. */
    public record SqlCondition(String sql, Map<String, Object> params) {
    }
}
