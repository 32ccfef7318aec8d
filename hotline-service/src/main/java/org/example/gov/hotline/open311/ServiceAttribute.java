package org.example.gov.hotline.open311;

import java.util.List;

/**
 * One attribute of a service definition, with GeoReport v2's fields: {@code variable} (true: the client asks the
 * user; false: informational), {@code code}, {@code datatype} (string, number, datetime, text, singlevaluelist,
 * multivaluelist), {@code required}, {@code datatype_description}, {@code order}, {@code description} and, for lists,
 * {@code values} of key and name.
 */
public record ServiceAttribute(boolean variable, String code, String datatype, boolean required,
        String datatypeDescription, int order, String description, List<Value> values) {

    public record Value(String key, String name) {
    }

    static ServiceAttribute list(String code, boolean required, int order, String description, List<Value> values) {
        return new ServiceAttribute(true, code, "singlevaluelist", required, null, order, description, values);
    }

    static ServiceAttribute string(String code, boolean required, int order, String description, String hint) {
        return new ServiceAttribute(true, code, "string", required, hint, order, description, List.of());
    }

    /** The submitted value is acceptable: a list's value is one of its keys; a string is at most 100 characters. */
    boolean accepts(String value) {
        return switch (datatype) {
            case "singlevaluelist" -> values.stream().anyMatch(v -> v.key().equals(value));
            default -> value.codePointCount(0, value.length()) <= 100;
        };
    }

    /** The key's name for a list, the value itself otherwise (written into the ticket for the department). */
    String label(String value) {
        return values.stream().filter(v -> v.key().equals(value)).map(Value::name).findFirst().orElse(value);
    }
}
