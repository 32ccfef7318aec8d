package org.example.gov.trading.deposit.config;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * platform.trading.deposit: the annual rates a late refund is charged at (null keeps {@code InterestRates.DEFAULT}).
 *
 * @param bankDepositRate     construction: the bank's deposit rate (实施条例 第57条 银行同期存款利息)
 * @param centralBankLoanRate procurement: the central bank's loan rate (政府采购法实施条例 第38条)
 * @param procurementMarkup   procurement: how much above the loan rate (+20 %)
 */
@ConfigurationProperties("platform.trading.deposit")
public record DepositProperties(BigDecimal bankDepositRate, BigDecimal centralBankLoanRate,
        BigDecimal procurementMarkup) {
}
