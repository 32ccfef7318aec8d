package org.example.gov.trading.tender.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A draft's new title and lots (they replace the old ones; tenderee, agent, track and region stay). */
public record EditDraftRequest(@NotBlank @Size(max = 200) String title,
        @NotEmpty @Size(max = 50) List<@Valid LotRequest> lots) {
}
