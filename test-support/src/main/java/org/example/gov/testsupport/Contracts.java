package org.example.gov.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The event contracts in {@code contracts/} (on the test classpath as the {@code contracts} jar): producer
 * tests validate what they published, consumer tests feed the schema's examples.
 */
public final class Contracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private Contracts() {
    }

    /** Throws with every violation if {@code json} does not match the schema of {@code eventType}. */
    public static void assertValid(String eventType, String json) {
        try {
            Set<ValidationMessage> errors = schema(eventType).validate(JSON.readTree(json));
            if (!errors.isEmpty()) {
                throw new AssertionError(eventType + " payload breaks its contract: "
                        + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; ")) + "\n" + json);
            }
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** The first example of the schema, as JSON text. */
    public static String example(String eventType) {
        try (InputStream in = open(eventType)) {
            JsonNode schema = JSON.readTree(in);
            return JSON.writeValueAsString(schema.path("examples").path(0));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonSchema schema(String eventType) throws IOException {
        try (InputStream in = open(eventType)) {
            return FACTORY.getSchema(in);
        }
    }

    private static InputStream open(String eventType) {
        String area = eventType.split("\\.")[1]; // gov.<area>.<name>.v1
        String path = "contracts/events/" + area + "/" + eventType + ".json";
        InputStream in = Contracts.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new AssertionError("No contract " + path + " on the classpath (is the contracts jar a test dependency?)");
        }
        return in;
    }
}
