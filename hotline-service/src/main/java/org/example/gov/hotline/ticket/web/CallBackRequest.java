package org.example.gov.hotline.ticket.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 回访: {@code result} SATISFIED, BASICALLY_SATISFIED, UNSATISFIED or UNREACHABLE, and what the caller said. For
 * UNSATISFIED, {@code handlingReason} false records that the caller is unhappy with something the department cannot
 * change (the call-back ends, no redo); absent or true reopens the ticket to the department.
 */
public record CallBackRequest(@Pattern(regexp = "SATISFIED|BASICALLY_SATISFIED|UNSATISFIED|UNREACHABLE") String result,
        Boolean handlingReason, @Size(max = 1000) String note) {
}
