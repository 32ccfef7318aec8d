package org.example.gov.trading.award.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.trading.award.LotContract;

/** A lot's contract: what the award notice calls for, its last day, the warnings raised, and the signature or refusal. */
public record ContractResponse(String lotId, String status, String bidId, String bidder, BigDecimal awardedAmount,
        Instant awardNoticeAt, LocalDate dueOn, List<String> warnings, LotContract.Signature signature,
        LotContract.Refusal refusal, List<LotContract.Refusal> earlierRefusals) {

    static ContractResponse of(LotContract c) {
        return new ContractResponse(c.lotId(), c.status().name(), c.bidId(), c.bidder(), c.awardedAmount(),
                c.awardNoticeAt(), c.dueOn(), c.warned().stream().sorted().map(Enum::name).toList(), c.signature(),
                c.refusal(), c.earlierRefusals());
    }
}
