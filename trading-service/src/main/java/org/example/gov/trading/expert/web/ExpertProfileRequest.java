package org.example.gov.trading.expert.web;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.example.gov.platform.scope.Department;
import org.example.gov.platform.scope.RegionCode;
import org.example.gov.trading.expert.ExpertLevel;
import org.example.gov.trading.expert.ExpertProfile;

/**
 * An expert's specialties, region, level and ties. Organisations are named by their platform id;
 * {@code relativesOf} lists the organisations whose principal is a declared close relative of the expert;
 * {@code staffOf} the department (region + name) the expert works for, if it is a government department.
 */
public record ExpertProfileRequest(
        @NotEmpty @Size(max = 20) Set<@Pattern(regexp = "[A-Za-z0-9.-]{1,40}") String> specialties,
        @NotNull @Pattern(regexp = "\\d{6}") String region, @NotNull ExpertLevel level,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String employer,
        @Size(max = 50) Set<@Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String> shareholdings,
        @Size(max = 50) Set<@Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String> relativesOf,
        @Valid DepartmentRequest staffOf) {

    /** A department of a region (深圳市财政局 = 440300 + 财政局). */
    public record DepartmentRequest(@NotNull @Pattern(regexp = "\\d{6}") String region,
            @NotNull @Size(min = 1, max = 100) String name) {
    }

    ExpertProfile toProfile() {
        return new ExpertProfile(specialties, region, level, employer, shareholdings, relativesOf,
                staffOf == null ? null : new Department(RegionCode.of(staffOf.region()), staffOf.name()));
    }
}
