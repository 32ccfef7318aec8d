package org.example.gov.hotline.ticket.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.example.gov.hotline.dispatch.DepartmentRef;

/**
 * 派单 or a coordination decision: the lead department (omit it to confirm the responsibility list's proposal, with its
 * assisting departments unless {@code assistingDepartments} is given) and {@code reason} (required to override the
 * list, and for a coordination decision).
 */
public record DispatchRequest(@Valid DepartmentRequest leadDepartment,
        @Size(max = 10) List<@NotNull @Valid DepartmentRequest> assistingDepartments,
        @Size(max = 1000) String reason) {

    DepartmentRef lead() {
        return leadDepartment == null ? null : leadDepartment.toRef();
    }

    List<DepartmentRef> assisting() {
        return assistingDepartments == null ? null : assistingDepartments.stream().map(DepartmentRequest::toRef).toList();
    }
}
