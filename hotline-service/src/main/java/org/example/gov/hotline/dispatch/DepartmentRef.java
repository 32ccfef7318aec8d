package org.example.gov.hotline.dispatch;

import org.example.gov.platform.scope.RegionCode;

/**
 * A department of a region (DOMAIN.md §1): 深圳 (440300) 市住房和建设局 and 广州 (440100) 市住房和城乡建设局 are different
 * departments, and handlers are scoped by both parts, so a ticket always names both.
 */
public record DepartmentRef(String region, String name) {

    public DepartmentRef {
        if (RegionCode.parse(region).isEmpty() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a department needs its region code and its name");
        }
        name = name.strip();
    }

    @Override
    public String toString() {
        return region + " " + name;
    }
}
