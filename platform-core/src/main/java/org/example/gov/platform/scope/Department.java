package org.example.gov.platform.scope;

/**
 * A department is always a department of a region (DOMAIN.md §1): 深圳市市场监督管理局 is {@code (440300,
 * 市市场监督管理局)} and 广州市市场监督管理局 {@code (440100, 市市场监督管理局)}: same short name, different departments.
 * Comparing names alone would let one city's staff act on another's cases.
 */
public record Department(RegionCode region, String name) {

    public Department {
        if (region == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a department needs its region and its name");
        }
        name = name.trim();
    }

    public boolean is(String objectRegion, String objectDepartment) {
        return region.value().equals(objectRegion) && name.equals(objectDepartment == null ? null : objectDepartment.trim());
    }
}
