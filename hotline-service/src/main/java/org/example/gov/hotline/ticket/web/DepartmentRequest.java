package org.example.gov.hotline.ticket.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.example.gov.hotline.dispatch.DepartmentRef;

/** A department: its region code and its name (深圳 440300 市住房和建设局). */
public record DepartmentRequest(@NotBlank @Pattern(regexp = "[1-9]\\d{5}") String region,
        @NotBlank @Size(max = 100) String name) {

    DepartmentRef toRef() {
        return new DepartmentRef(region, name);
    }
}
