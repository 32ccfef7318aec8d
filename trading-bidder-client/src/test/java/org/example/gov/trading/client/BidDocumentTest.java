package org.example.gov.trading.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.example.gov.trading.client.BidDocument.Item;
import org.example.gov.trading.client.BidDocument.Price;
import org.example.gov.trading.client.InvalidBidDocument.Rule;
import org.junit.jupiter.api.Test;

class BidDocumentTest {

    private final String lot = Bids.lot();

    @Test
    void theJsonIsTheDesignsFormatAndReadsBack() {
        var document = Bids.document(lot);
        var json = new String(document.toJson(), StandardCharsets.UTF_8);

        assertThat(json).contains("\"format\":\"gov-bid-document/1\"", "\"lotId\":\"" + lot + "\"", "\"currency\":\"CNY\"",
                "\"total\":\"1234567.89\"", "{\"item\":\"土建工程\",\"amount\":\"1000000.00\"}", "\"documentName\":\"投标文件.pdf\"");
        assertThat(BidDocument.fromJson(document.toJson())).isEqualTo(document);
    }

    @Test
    void theTotalMustBeTheSumOfTheSchedule() {
        assertThat(rule(price("1000.01", "600.00", "400.00"))).isEqualTo(Rule.TOTAL_MISMATCH);
        assertThat(price("1000", "600.00", "400.00").validate()).isNotNull();
    }

    @Test
    void amountsArePositive() {
        assertThat(rule(price("1000.00", "1000.00", "0.00"))).isEqualTo(Rule.AMOUNT_NOT_POSITIVE);
        assertThat(rule(price("1000.00", "1100.00", "-100.00"))).isEqualTo(Rule.AMOUNT_NOT_POSITIVE);
    }

    @Test
    void amountsHaveAtMostTwoDecimals() {
        assertThat(rule(price("1000.005", "600.000", "400.005"))).isEqualTo(Rule.AMOUNT_SCALE);
        assertThat(price("1000.000", "600.000", "400.000").validate()).isNotNull();
    }

    @Test
    void theCurrencyIsCny() {
        var usd = new BidDocument(lot, "bidder1", new Price("USD", new BigDecimal("1.00"), List.of(new Item("a", new BigDecimal("1.00")))),
                "a.pdf", new byte[] { 1 });

        assertThat(rule(usd)).isEqualTo(Rule.CURRENCY);
    }

    @Test
    void missingPartsAreRefused() {
        var ok = Bids.document(lot);
        assertThat(rule(new BidDocument(lot, " ", ok.price(), "a.pdf", new byte[] { 1 }))).isEqualTo(Rule.MISSING_FIELD);
        assertThat(rule(new BidDocument(lot, "bidder1", null, "a.pdf", new byte[] { 1 }))).isEqualTo(Rule.MISSING_FIELD);
        assertThat(rule(new BidDocument(lot, "bidder1", ok.price(), "a.pdf", new byte[0]))).isEqualTo(Rule.EMPTY_DOCUMENT);
        assertThat(rule(new BidDocument(lot, "bidder1", new Price("CNY", BigDecimal.ONE, List.of()), "a.pdf", new byte[] { 1 })))
                .isEqualTo(Rule.EMPTY_SCHEDULE);
        assertThat(rule(new BidDocument("lot-1", "bidder1", ok.price(), "a.pdf", new byte[] { 1 }))).isEqualTo(Rule.LOT_ID);
    }

    @Test
    void parsingRefusesOtherFormatsAndChecksTheRules() {
        var json = new String(Bids.document(lot).toJson(), StandardCharsets.UTF_8);

        assertThat(catchThrowableOfType(InvalidBidDocument.class,
                () -> BidDocument.fromJson(json.replace("gov-bid-document/1", "gov-bid-document/0").getBytes(StandardCharsets.UTF_8))).rule())
                .isEqualTo(Rule.MALFORMED);
        assertThat(catchThrowableOfType(InvalidBidDocument.class,
                () -> BidDocument.fromJson(json.replace("\"total\":\"1234567.89\"", "\"total\":\"1234567.88\"").getBytes(StandardCharsets.UTF_8))).rule())
                .isEqualTo(Rule.TOTAL_MISMATCH);
    }

    @Test
    void itsTextFormNeverShowsThePrice() {
        assertThat(Bids.document(lot).toString()).doesNotContain("1234567.89", "bidder1");
    }

    private BidDocument price(String total, String... amounts) {
        var items = new java.util.ArrayList<Item>();
        for (int i = 0; i < amounts.length; i++) {
            items.add(new Item("item " + i, new BigDecimal(amounts[i])));
        }
        return new BidDocument(lot, "bidder1", new Price("CNY", new BigDecimal(total), items), "a.pdf", new byte[] { 1 });
    }

    private static Rule rule(BidDocument document) {
        var thrown = catchThrowableOfType(InvalidBidDocument.class, document::validate);
        assertThat(thrown).as("refused").isNotNull();
        return thrown.rule();
    }
}
