package org.example.gov.hotline.open311.web;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.example.gov.calendar.ShanghaiDate;
import org.springframework.http.CacheControl;
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

    /**
     * W3C date-time to the second with China's offset, as ISO_OFFSET_DATE_TIME writes it: 2025-09-26T10:00:00+08:00.
     * Written by hand: three per request, 3,000 on a page, and the formatter's field lookups were 10% of a list.
     */
    static String datetime(Instant instant) {
        if (instant == null) {
            return null;
        }
        ZoneOffset offset = ShanghaiDate.ZONE.getRules().getOffset(instant);
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, offset);
        StringBuilder w = new StringBuilder(25);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return OffsetDateTime.of(t, offset).format(W3C); // never for a ticket; kept exact all the same
        }
        w.append(t.getYear()).append('-');
        two(w, t.getMonthValue()).append('-');
        two(w, t.getDayOfMonth()).append('T');
        two(w, t.getHour()).append(':');
        two(w, t.getMinute()).append(':');
        two(w, t.getSecond());
        return w.append(offset.getId()).toString();
    }

    private static StringBuilder two(StringBuilder w, int value) {
        return w.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    static ResponseEntity<byte[]> respond(int status, String format, String root, Object body, JsonMapper json) {
        return ResponseEntity.status(status).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(type(format)).body(render(format, root, body, json));
    }

    /**
     * A list already rendered (Open311ListCache), which any client or cache may keep as long as it is kept here;
     * gzipped for a client that accepts it ({@code Vary: Accept-Encoding} either way, so that a shared cache keeps the
     * two forms apart).
     */
    static ResponseEntity<byte[]> respondRendered(String format, RenderedList rendered, boolean acceptsGzip,
            Duration maxAge) {
        CacheControl cache = maxAge.isZero() ? CacheControl.noStore() : CacheControl.maxAge(maxAge).cachePublic();
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().cacheControl(cache).contentType(type(format))
                .varyBy(HttpHeaders.ACCEPT_ENCODING);
        if (acceptsGzip && rendered.compressible()) {
            return ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(rendered.gzipped());
        }
        return ok.body(rendered.body());
    }

    /**
     * The document as UTF-8 bytes, written straight into the buffer: a 1,000-request page is half a megabyte of mostly
     * Chinese text, and building it as a String first (UTF-16) only to encode it again was 15% of the list's CPU
     * (JSON; XML below).
     */
    static byte[] render(String format, String root, Object body, JsonMapper json) {
        return "xml".equals(format) ? xml(root, body) : json.writeValueAsBytes(body);
    }

    private static MediaType type(String format) {
        return "xml".equals(format) ? XML : JSON;
    }

    /**
     * Written as characters and encoded once: the JDK's XML writer given an OutputStream writes every byte into it
     * one by one (tried: the XML writing's share of a list's CPU in a JFR profile tripled).
     */
    static byte[] xml(String root, Object body) {
        StringWriter out = new StringWriter(8192);
        try {
            XMLStreamWriter w = XML_OUTPUT.createXMLStreamWriter(out);
            w.writeStartDocument("utf-8", "1.0");
            write(w, root, body);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Open311 document not written", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
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
