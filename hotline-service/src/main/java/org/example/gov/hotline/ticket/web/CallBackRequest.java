package org.example.gov.hotline.ticket.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** 回访: {@code result} SATISFIED, UNSATISFIED or UNREACHABLE, and what the caller said. */
public record CallBackRequest(@Pattern(regexp = "SATISFIED|UNSATISFIED|UNREACHABLE") String result,
        @Size(max = 1000) String note) {
}
