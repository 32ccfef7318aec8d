package org.example.gov.trading.client;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/** A platform receipt public key as GET /api/trading/receipt-keys lists it: [{ "keyId", "publicKey": PEM }]. */
public record ReceiptKey(String keyId, PublicKey publicKey) {

    public static byte[] toJson(List<ReceiptKey> keys) {
        var array = Json.MAPPER.createArrayNode();
        for (var key : keys) {
            array.addObject().put("keyId", key.keyId()).put("publicKey", BidderKeys.toPem(key.publicKey()));
        }
        return Json.bytes(array);
    }

    public static List<ReceiptKey> fromJson(byte[] json) {
        try {
            var array = Json.MAPPER.readTree(json);
            if (!array.isArray()) {
                throw new IllegalArgumentException("the receipt keys are not a JSON array");
            }
            var keys = new ArrayList<ReceiptKey>();
            for (var node : array) {
                var keyId = Json.text(node, "keyId");
                var pem = Json.text(node, "publicKey");
                if (keyId == null || pem == null) {
                    throw new IllegalArgumentException("a receipt key without keyId or publicKey");
                }
                keys.add(new ReceiptKey(keyId, BidderKeys.readPublicKey(pem)));
            }
            return List.copyOf(keys);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("the receipt keys are not JSON");
        }
    }
}
