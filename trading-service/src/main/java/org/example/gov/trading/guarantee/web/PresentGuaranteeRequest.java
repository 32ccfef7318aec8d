package org.example.gov.trading.guarantee.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A bidder presents the guarantee it holds for its bid: the guarantor, the guarantor's number and the guarantee document
 * itself (base64, at most ~512 KiB), whose SM3 the platform compares with the guarantor's.
 */
public record PresentGuaranteeRequest(
        @NotBlank @Size(max = 64) String guarantor,
        @NotBlank @Size(max = 64) String guaranteeNumber,
        @NotBlank @Size(max = 700_000) @Pattern(regexp = "[A-Za-z0-9+/=\\s]+") String document) {
}
