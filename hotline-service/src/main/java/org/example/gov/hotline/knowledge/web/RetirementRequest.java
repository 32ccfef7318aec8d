package org.example.gov.hotline.knowledge.web;

import jakarta.validation.constraints.Size;

/** Why an article is withdrawn (required). */
public record RetirementRequest(@Size(max = 500) String reason) {
}
