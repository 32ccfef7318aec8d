package org.example.gov.hotline.open311.web;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.example.gov.calendar.ShanghaiDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/**
 * One document, two formats, the element names written once: a response is built as ordered maps and lists with
 * GeoReport v2's names, then written as JSON (a list is an array) or as XML (a list named {@code services} holds
 * {@code <service>} elements, {@code service_requests} holds {@code <request>}, {@code errors} {@code <error>},
 * {@code attributes} {@code <attribute>}, {@code values} {@code <value>}, {@code notes} {@code <note>}), UTF-8 with
 * the XML declaration as the specification requires. Date-times are W3C with their offset (China time, +08:00).
 */
final class Open311Documents {

    static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");
    static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");
    private static final Map<String, String> ITEMS = Map.of("services", "service", "service_requests", "request",
            "errors", "error", "attributes", "attribute", "values", "value", "notes", "note");
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private Open311Documents() {
    }

    /** A map that keeps the order fields are put in (the specification's order). */
    static Map<String, Object> fields() {
        return new LinkedHashMap<>();
    }

    static String datetime(Instant instant) {
        return instant == null ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ShanghaiDate.ZONE).format(W3C);
    }

    static ResponseEntity<String> respond(int status, String format, String root, Object body, JsonMapper json) {
        boolean xml = "xml".equals(format);
        return ResponseEntity.status(status).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(xml ? XML : JSON).body(xml ? xml(root, body) : json.writeValueAsString(body));
    }

    static String xml(String root, Object body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XML_OUTPUT.createXMLStreamWriter(out);
            w.writeStartDocument("utf-8", "1.0");
            write(w, root, body);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Open311 document not written", e);
        }
        return out.toString();
    }

    private static void write(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value == null) {
            w.writeEmptyElement(name);
            return;
        }
        w.writeStartElement(name);
        if (value instanceof List<?> list) {
            String item = ITEMS.getOrDefault(name, name);
            for (Object element : list) {
                write(w, item, element);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(w, e.getKey().toString(), e.getValue());
            }
        } else if (value instanceof BigDecimal decimal) {
            w.writeCharacters(decimal.toPlainString());
        } else {
            w.writeCharacters(value.toString());
        }
        w.writeEndElement();
    }
}
