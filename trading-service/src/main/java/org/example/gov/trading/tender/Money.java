package org.example.gov.trading.tender;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount in yuan (CNY), two decimals: estimates, budgets and deposits. */
public record Money(BigDecimal amount, String currency) {

    public static final String CNY = "CNY";

    public Money {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("an amount is zero or positive");
        }
        if (!CNY.equals(currency)) {
            throw new IllegalArgumentException("amounts are in CNY");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money yuan(String amount) {
        return new Money(new BigDecimal(amount), CNY);
    }

    public static Money yuan(BigDecimal amount) {
        return new Money(amount, CNY);
    }

    public boolean isGreaterThan(BigDecimal other) {
        return amount.compareTo(other) > 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
