package org.example.gov.cases.casefile.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.example.gov.cases.casefile.Decision;
import org.example.gov.cases.casefile.Delivery;
import org.example.gov.cases.casefile.SpecialProcedure;

/**
 * The body of each case step: exactly the fields that step reads, so the API document shows per step what to send.
 * Every step may say {@code location}, where it happened (hall and window). Which fields a step requires is the
 * aggregate's rule (a 422 naming the field); here only sizes and formats are checked (400).
 */
public final class StepRequests {

    private StepRequests() {
    }

    /** What every step body has. */
    public interface Located {
        String location();
    }

    /** Reception, supplement hand-in, acceptance, closure: nothing but where. */
    public record LocationOnly(@Size(max = 200) String location) implements Located {
    }

    /** 补正告知: every missing or wrong material at once, with a note. */
    public record SupplementRequest(@Size(max = 200) String location,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> materials, @Size(max = 1000) String note)
            implements Located {
    }

    /** 不予受理 with written reasons. */
    public record NonAcceptance(@Size(max = 200) String location, @Size(max = 1000) String reasons) implements Located {
    }

    /** A review step's opinion, for the approver's department unless another is named (会签). */
    public record ReviewStep(@Size(max = 200) String location, @Size(max = 100) String department,
            @Size(max = 1000) String opinion) implements Located {
    }

    /** 特别程序: HEARING, TESTING, APPRAISAL or EXPERT_REVIEW, and why. */
    public record SpecialProcedureStart(@Size(max = 200) String location,
            @Pattern(regexp = "HEARING|TESTING|APPRAISAL|EXPERT_REVIEW") String type, @Size(max = 1000) String reason)
            implements Located {

        SpecialProcedure.Type procedureType() {
            return type == null ? null : SpecialProcedure.Type.valueOf(type);
        }
    }

    /** The running special procedure's result. */
    public record SpecialProcedureEnd(@Size(max = 200) String location, @Size(max = 1000) String result)
            implements Located {
    }

    /** 延期 by a number of working days, with a reason. */
    public record Extension(@Size(max = 200) String location, @Min(1) @Max(365) Integer workingDays,
            @Size(max = 1000) String reason) implements Located {
    }

    /** 准予 / 不予许可 (reasons required for a refusal). */
    public record DecisionRequest(@Size(max = 200) String location, @Pattern(regexp = "APPROVED|REFUSED") String outcome,
            @Size(max = 1000) String reasons) implements Located {

        Decision.Outcome decisionOutcome() {
            return outcome == null ? null : Decision.Outcome.valueOf(outcome);
        }
    }

    /** 送达: WINDOW_PICKUP, COURIER (reference = tracking number) or E_LICENCE (licence number). */
    public record DeliveryRequest(@Size(max = 200) String location,
            @Pattern(regexp = "WINDOW_PICKUP|COURIER|E_LICENCE") String method, @Size(max = 100) String reference)
            implements Located {

        Delivery.Method deliveryMethod() {
            return method == null ? null : Delivery.Method.valueOf(method);
        }
    }

    /** The applicant withdraws, optionally saying why. */
    public record Withdrawal(@Size(max = 200) String location, @Size(max = 1000) String reason) implements Located {
    }
}
