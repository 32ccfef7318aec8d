package org.example.gov.hotline.ticket;

import java.math.BigDecimal;

/** Where the matter is: the GB/T 2260 region (which scopes the ticket), the address, optional WGS-84 coordinates. */
public record Location(String region, String address, BigDecimal latitude, BigDecimal longitude) {
}
