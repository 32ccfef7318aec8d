package org.example.gov.catalog.item.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.catalog.item.ItemContent;
import org.example.gov.catalog.item.ItemKind;
import org.example.gov.catalog.item.ItemVersion;
import org.example.gov.catalog.item.ServiceGuide;

/** An item version as an EU CPSV-AP {@code PublicService} JSON-LD document. */
final class Cpsv {

    static final Map<String, Object> CONTEXT = ordered(
            "cpsv", "http://purl.org/vocab/cpsv#",
            "cv", "http://data.europa.eu/m8g/",
            "dct", "http://purl.org/dc/terms/",
            "schema", "https://schema.org/",
            "PublicService", "cpsv:PublicService",
            "identifier", "dct:identifier",
            "name", "dct:title",
            "description", "dct:description",
            "hasCompetentAuthority", "cv:hasCompetentAuthority",
            "hasInput", "cpsv:hasInput",
            "hasCost", "cv:hasCost",
            "follows", "cpsv:follows",
            "processingTime", "cv:processingTime",
            "spatial", "dct:spatial",
            "produces", "cpsv:produces",
            "value", "cv:value",
            "currency", "cv:currency");

    private Cpsv() {
    }

    static Map<String, Object> publicService(String id, String code, String baseCode, ItemVersion v) {
        ItemContent c = v.content();
        ServiceGuide g = c.guide();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.put("@type", "PublicService");
        doc.put("@id", "urn:gov:catalog:item:" + id + ":v" + v.number());
        doc.put("identifier", code);
        if (baseCode != null) {
            doc.put("baseIdentifier", baseCode);
        }
        doc.put("name", Map.of("@language", "zh", "@value", c.name()));
        doc.put("description", Map.of("@language", "zh", "@value", g.description() == null ? c.name() : g.description()));
        doc.put("hasCompetentAuthority", ordered("@type", "PublicOrganisation", "prefLabel", c.department(),
                "identifier", c.departmentCode(), "spatial", c.region()));
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (ServiceGuide.Material m : g.materials()) {
            inputs.add(ordered("@type", "Evidence", "name", m.name(), "required", m.required(),
                    "form", m.form() == null ? null : m.form().name(), "copies", m.copies(),
                    "source", m.source() == null ? null : m.source().name()));
        }
        doc.put("hasInput", inputs);
        List<Map<String, Object>> costs = new ArrayList<>();
        for (ServiceGuide.Fee f : g.fees()) {
            costs.add(ordered("@type", "Cost", "description", f.name(), "value", f.amount(), "currency", "CNY",
                    "isDefinedBy", f.basis()));
        }
        doc.put("hasCost", costs);
        doc.put("follows", c.legalBasis().stream().map(b -> ordered("@type", "Rule", "name", b)).toList());
        doc.put("processingTime", c.kind() == ItemKind.INSTANT ? "P0D" : "P" + c.promisedDays() + "D");
        doc.put("spatial", ordered("@type", "Location", "identifier", c.region()));
        if (g.result() != null) {
            doc.put("produces", ordered("@type", "Output", "name", g.result().name(), "type", g.result().type()));
        }
        doc.put("version", v.number());
        doc.put("effectiveDate", v.effectiveDate() == null ? null : v.effectiveDate().toString());
        return doc;
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }
}
