package org.example.gov.trading.client;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.example.gov.trading.client.BidDocument.Item;

/**
 * The price schedule a bidder prepares: CSV lines "item,amount" (an optional header, '#' comments; the amount is after
 * the last comma so an item may contain commas), or JSON: [{ "item", "amount" }] or { "schedule": [...] }.
 */
final class PriceScheduleFile {

    private PriceScheduleFile() {
    }

    static List<Item> read(Path file) throws IOException {
        var text = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.startsWith("[") || text.startsWith("{") ? json(text) : csv(text);
    }

    private static List<Item> json(String text) {
        var root = Json.MAPPER.readTree(text);
        var array = root.isObject() ? root.get("schedule") : root;
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("the JSON price schedule is not [{ item, amount }] nor { schedule: [...] }");
        }
        var items = new ArrayList<Item>();
        for (var node : array) {
            var amount = node.get("amount");
            if (Json.text(node, "item") == null || amount == null) {
                throw new IllegalArgumentException("a schedule entry without item or amount");
            }
            items.add(new Item(Json.text(node, "item"), new BigDecimal(amount.asString())));
        }
        return items;
    }

    private static List<Item> csv(String text) {
        var items = new ArrayList<Item>();
        var lines = text.split("\\R");
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean header = first;
            first = false;
            int comma = line.lastIndexOf(',');
            if (comma <= 0) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not \"item,amount\"");
            }
            var item = unquote(line.substring(0, comma).strip());
            var amount = line.substring(comma + 1).strip();
            try {
                items.add(new Item(item, new BigDecimal(amount)));
            } catch (NumberFormatException e) {
                if (header) {
                    continue; // the header line ("item,amount" / "项目,金额")
                }
                throw new IllegalArgumentException("line " + (i + 1) + ": \"" + amount + "\" is not an amount");
            }
        }
        return items;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1).replace("\"\"", "\"") : value;
    }
}
