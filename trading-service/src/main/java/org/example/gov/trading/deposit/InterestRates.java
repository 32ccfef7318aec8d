package org.example.gov.trading.deposit;

import java.math.BigDecimal;

/**
 * The annual rates late refunds are charged at (configurable, platform.trading.deposit.*): construction owes the bank's
 * deposit interest for the period (招标投标法实施条例 第57条 "银行同期存款利息"); procurement owes 超期资金占用费 at the central
 * bank's loan rate plus {@code procurementMarkup} (政府采购法实施条例 第38条: 按中国人民银行同期贷款基准利率上浮20%).
 *
 * @param bankDepositRate   e.g. 0.0035 (0.35 % a year)
 * @param centralBankLoanRate e.g. 0.0435 (4.35 % a year)
 * @param procurementMarkup e.g. 0.20 (the loan rate raised by 20 %)
 */
public record InterestRates(BigDecimal bankDepositRate, BigDecimal centralBankLoanRate, BigDecimal procurementMarkup) {

    public static final InterestRates DEFAULT = new InterestRates(new BigDecimal("0.0035"), new BigDecimal("0.0435"),
            new BigDecimal("0.20"));

    public InterestRates {
        if (bankDepositRate.signum() < 0 || centralBankLoanRate.signum() < 0 || procurementMarkup.signum() < 0) {
            throw new IllegalArgumentException("interest rates are zero or positive");
        }
    }
}
