package org.example.gov.trading.expert.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.example.gov.platform.personal.validation.IdCard;
import org.example.gov.platform.personal.validation.Phone;

/** A new expert of the pool: their person (encrypted at rest, masked in every response) and their profile. */
public record RegisterExpertRequest(@NotBlank @Size(max = 100) String name, @NotBlank @IdCard String idNumber,
        @Phone String phone, @NotNull @Valid ExpertProfileRequest profile) {
}
