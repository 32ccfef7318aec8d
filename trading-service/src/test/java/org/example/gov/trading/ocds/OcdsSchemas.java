package org.example.gov.trading.ocds;

import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The official OCDS 1.1.5 package schemas (src/test/resources/ocds-1.1.5, unchanged; JSON Schema draft-04). The
 * packages refer to the release schema by its published URL: mapped to the copy on the classpath, never fetched.
 */
public final class OcdsSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                    "https://standard.open-contracting.org/schema/1__1__5/", "classpath:ocds-1.1.5/")));
    public static final JsonSchema RELEASE_PACKAGE = FACTORY.getSchema(SchemaLocation.of("classpath:ocds-1.1.5/release-package-schema.json"));
    public static final JsonSchema RECORD_PACKAGE = FACTORY.getSchema(SchemaLocation.of("classpath:ocds-1.1.5/record-package-schema.json"));

    private OcdsSchemas() {
    }

    /** Throws with every violation if {@code json} is not a valid package of {@code schema}. */
    public static void assertValid(JsonSchema schema, String json) {
        try {
            Set<ValidationMessage> errors = schema.validate(JSON.readTree(json));
            if (!errors.isEmpty()) {
                throw new AssertionError("not a valid OCDS 1.1.5 package: "
                        + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; ")) + "\n" + json);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
