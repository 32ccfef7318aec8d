package org.example.gov.trading.expert.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.example.gov.platform.personal.validation.Phone;

/** The new profile and phone of an expert (name and ID number never change; the region stays). */
public record UpdateExpertRequest(@Phone String phone, @NotNull @Valid ExpertProfileRequest profile) {
}
