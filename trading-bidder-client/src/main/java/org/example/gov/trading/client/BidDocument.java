package org.example.gov.trading.client;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.example.gov.trading.client.InvalidBidDocument.Rule;

import tools.jackson.databind.JsonNode;

/**
 * The bid plaintext (format gov-bid-document/1): the lot, the bidder, the price with its schedule, and the bid
 * document file. It only ever exists in clear on the bidder's machine and, after the deadline, in the opening.
 */
public record BidDocument(String lotId, String bidder, Price price, String documentName, byte[] document) {

    public static final String FORMAT = "gov-bid-document/1";
    public static final String CURRENCY = "CNY";

    public record Price(String currency, BigDecimal total, List<Item> schedule) {
        public Price {
            schedule = List.copyOf(schedule);
        }

        /** A CNY price whose total is the sum of the schedule. */
        public static Price ofSchedule(List<Item> schedule) {
            return new Price(CURRENCY, schedule.stream().map(Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add), schedule);
        }
    }

    public record Item(String item, BigDecimal amount) {
    }

    public BidDocument {
        document = document == null ? null : document.clone();
    }

    @Override
    public byte[] document() {
        return document == null ? null : document.clone();
    }

    /** Checks every rule of the format; returns this document so it chains. */
    public BidDocument validate() {
        require(lotId, "lotId");
        require(bidder, "bidder");
        require(documentName, "documentName");
        if (price == null) {
            throw new InvalidBidDocument(Rule.MISSING_FIELD, "price is missing");
        }
        try {
            UUID.fromString(lotId);
        } catch (IllegalArgumentException e) {
            throw new InvalidBidDocument(Rule.LOT_ID, "lotId is not a UUID");
        }
        if (!CURRENCY.equals(price.currency())) {
            throw new InvalidBidDocument(Rule.CURRENCY, "the currency must be CNY");
        }
        if (price.schedule().isEmpty()) {
            throw new InvalidBidDocument(Rule.EMPTY_SCHEDULE, "the price schedule has no item");
        }
        var sum = BigDecimal.ZERO;
        for (var item : price.schedule()) {
            require(item.item(), "schedule item");
            checkAmount(item.amount(), "the amount of \"" + item.item() + "\"");
            sum = sum.add(item.amount());
        }
        checkAmount(price.total(), "the total");
        if (sum.compareTo(price.total()) != 0) {
            throw new InvalidBidDocument(Rule.TOTAL_MISMATCH,
                    "the total " + price.total().toPlainString() + " is not the sum of the schedule " + sum.toPlainString());
        }
        if (document == null || document.length == 0) {
            throw new InvalidBidDocument(Rule.EMPTY_DOCUMENT, "the bid document is empty");
        }
        return this;
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidBidDocument(Rule.MISSING_FIELD, field + " is missing");
        }
    }

    private static void checkAmount(BigDecimal amount, String what) {
        if (amount == null) {
            throw new InvalidBidDocument(Rule.MISSING_FIELD, what + " is missing");
        }
        if (amount.signum() <= 0) {
            throw new InvalidBidDocument(Rule.AMOUNT_NOT_POSITIVE, what + " must be positive");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidBidDocument(Rule.AMOUNT_SCALE, what + " has more than two decimals");
        }
    }

    /** The UTF-8 JSON plaintext; amounts as decimal strings so no float ever touches a price. */
    public byte[] toJson() {
        var root = Json.newObject();
        root.put("format", FORMAT);
        root.put("lotId", lotId);
        root.put("bidder", bidder);
        var priceNode = root.putObject("price");
        priceNode.put("currency", price.currency());
        priceNode.put("total", price.total().toPlainString());
        var schedule = priceNode.putArray("schedule");
        for (var item : price.schedule()) {
            schedule.addObject().put("item", item.item()).put("amount", item.amount().toPlainString());
        }
        root.put("documentName", documentName);
        root.put("document", Json.base64(document));
        return Json.bytes(root);
    }

    /** Parses and validates a plaintext; {@link Rule#MALFORMED} when it is not a gov-bid-document/1. */
    public static BidDocument fromJson(byte[] json) {
        var root = Json.object(json);
        if (root == null || !FORMAT.equals(Json.text(root, "format"))) {
            throw new InvalidBidDocument(Rule.MALFORMED, "not a " + FORMAT + " JSON object");
        }
        var priceNode = root.get("price");
        if (priceNode == null || !priceNode.isObject() || !(priceNode.get("schedule") instanceof JsonNode scheduleNode)
                || !scheduleNode.isArray()) {
            throw new InvalidBidDocument(Rule.MALFORMED, "price.schedule is missing");
        }
        var items = new ArrayList<Item>();
        for (var item : scheduleNode) {
            items.add(new Item(Json.text(item, "item"), decimal(item, "amount")));
        }
        byte[] document;
        try {
            var encoded = Json.text(root, "document");
            document = encoded == null ? null : Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new InvalidBidDocument(Rule.MALFORMED, "document is not base64");
        }
        return new BidDocument(Json.text(root, "lotId"), Json.text(root, "bidder"),
                new Price(Json.text(priceNode, "currency"), decimal(priceNode, "total"), items),
                Json.text(root, "documentName"), document).validate();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString());
        } catch (NumberFormatException e) {
            throw new InvalidBidDocument(Rule.MALFORMED, field + " is not a decimal amount");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BidDocument that && Objects.equals(lotId, that.lotId) && Objects.equals(bidder, that.bidder)
                && Objects.equals(price, that.price) && Objects.equals(documentName, that.documentName)
                && Arrays.equals(document, that.document);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lotId, bidder, price, documentName, Arrays.hashCode(document));
    }

    /** Never the price or the document: a bid in a log line before the deadline is a leak. */
    @Override
    public String toString() {
        return "BidDocument[lot=" + lotId + "]";
    }
}
