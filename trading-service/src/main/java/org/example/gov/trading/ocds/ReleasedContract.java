package org.example.gov.trading.ocds;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A lot's signed contract as the release shows it: its number, amount and the day it was signed. */
public record ReleasedContract(String lotId, String number, BigDecimal amount, LocalDate signedOn) {
}
