package org.example.gov.trading.guarantee.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a lot's guarantees are released (e.g. "中标通知书已发出，合同已签订"). */
public record ReleaseRequest(@NotBlank @Size(max = 500) String reason) {
}
