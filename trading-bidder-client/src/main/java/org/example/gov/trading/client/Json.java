package org.example.gov.trading.client;

import java.util.Base64;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One mapper for the three formats; duplicate keys are refused so a field cannot say two things. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private Json() {
    }

    /** The parsed object, or null when the bytes are not one JSON object. */
    static ObjectNode object(byte[] json) {
        try {
            return MAPPER.readTree(json) instanceof ObjectNode object ? object : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    /** A string member, or null when it is absent or not a string. */
    static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    static String base64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }
}
