package org.example.gov.hotline.open311.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Hidden;

import org.example.gov.hotline.open311.Open311Client;
import org.example.gov.hotline.open311.Open311Exception;
import org.example.gov.hotline.open311.Open311Service;
import org.example.gov.hotline.open311.PublicRequest;
import org.example.gov.hotline.open311.RequestQuery;
import org.example.gov.hotline.open311.ServiceAttribute;
import org.example.gov.hotline.open311.Submission;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2) at {@code /open311/v2}, through the gateway's public route
 * {@code open311}: every resource as {@code .json} and {@code .xml}, the specification's field names, its error list.
 * Reading is public; POST needs an {@code api_key} of an app or partner. Nothing here needs a login, and nothing
 * answers personal data ({@link PublicRequest}).
 *
 * <p>Not in the service's OpenAPI document ({@link Hidden}) nor in the authorization matrix: the contract is the
 * GeoReport v2 specification itself, which existing clients already implement, and its access rule is the api_key,
 * not a role (Open311IntegrationTest covers it).
 */
@Hidden
@RestController
@RequestMapping("/open311/v2")
public class Open311Controller {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([A-Za-z0-9_]{1,50})]");

    private final Open311Service open311;
    private final JsonMapper json;
    private final Open311ListCache lists;

    public Open311Controller(Open311Service open311, JsonMapper json, Open311ListCache lists) {
        this.open311 = open311;
        this.json = json;
        this.lists = lists;
    }

    @GetMapping("/services.{format:json|xml}")
    public ResponseEntity<byte[]> services(@PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        List<Map<String, Object>> services = open311.services(jurisdictionId).stream().map(s -> {
            Map<String, Object> f = Open311Documents.fields();
            f.put("service_code", s.category().code());
            f.put("service_name", s.category().name());
            f.put("description", s.path());
            f.put("metadata", true); // every service has attributes (request_type at least)
            f.put("type", "realtime");
            f.put("keywords", s.group() + "," + s.category().name());
            f.put("group", s.group());
            return f;
        }).toList();
        return Open311Documents.respond(200, format, "services", services, json);
    }

    @GetMapping("/services/{serviceCode}.{format:json|xml}")
    public ResponseEntity<byte[]> definition(@PathVariable String serviceCode, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        List<Map<String, Object>> attributes = open311.definition(jurisdictionId, serviceCode).stream()
                .map(Open311Controller::attribute).toList();
        Map<String, Object> definition = Open311Documents.fields();
        definition.put("service_code", serviceCode);
        definition.put("attributes", attributes);
        return Open311Documents.respond(200, format, "service_definition", definition, json);
    }

    private static Map<String, Object> attribute(ServiceAttribute a) {
        Map<String, Object> f = Open311Documents.fields();
        f.put("variable", a.variable());
        f.put("code", a.code());
        f.put("datatype", a.datatype());
        f.put("required", a.required());
        f.put("datatype_description", a.datatypeDescription());
        f.put("order", a.order());
        f.put("description", a.description());
        f.put("values", a.values().stream().map(v -> {
            Map<String, Object> value = Open311Documents.fields();
            value.put("key", v.key());
            value.put("name", v.name());
            return value;
        }).toList());
        return f;
    }

    /**
     * POST a request: form-urlencoded fields as GeoReport v2 names them (query parameters are read too). 200 with the
     * new request's id (the ticket number) and its token; when the same reporter (phone) already has this matter open
     * through the same client, the report joins it (重复件) and its id is answered.
     */
    @PostMapping("/requests.{format:json|xml}")
    public ResponseEntity<byte[]> create(@PathVariable String format,
            @RequestParam MultiValueMap<String, String> form) {
        Open311Client client = open311.client(form.getFirst("api_key"));
        Map<String, String> attributes = new HashMap<>();
        form.forEach((name, values) -> {
            Matcher m = ATTRIBUTE.matcher(name);
            if (m.matches() && !values.isEmpty()) {
                attributes.put(m.group(1), values.getFirst());
            }
        });
        Open311Service.Accepted accepted = open311.submit(client, new Submission(form.getFirst("jurisdiction_id"),
                form.getFirst("service_code"), form.getFirst("lat"), form.getFirst("long"),
                form.getFirst("address_string"), form.getFirst("address_id"), attributes, form.getFirst("email"),
                form.getFirst("device_id"), form.getFirst("account_id"), form.getFirst("first_name"),
                form.getFirst("last_name"), form.getFirst("phone"), form.getFirst("description"),
                form.getFirst("media_url")));
        Map<String, Object> f = Open311Documents.fields();
        f.put("service_request_id", accepted.serviceRequestId());
        f.put("token", accepted.token());
        f.put("service_notice", null);
        f.put("account_id", null);
        return Open311Documents.respond(200, format, "service_requests", List.of(f), json);
    }

    @GetMapping("/requests.{format:json|xml}")
    public ResponseEntity<byte[]> requests(@PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
            @RequestParam(name = "service_request_id", required = false) String serviceRequestIds,
            @RequestParam(name = "service_code", required = false) String serviceCodes,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(name = "updated_after", required = false) String updatedAfter,
            @RequestParam(name = "updated_before", required = false) String updatedBefore,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize,
            @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        RequestQuery query = open311.query(serviceRequestIds, jurisdictionId, serviceCodes, status, startDate, endDate,
                updatedAfter, updatedBefore, page, pageSize); // a 400 before anything is looked up or kept
        List<String> key = Arrays.asList(format, jurisdictionId, serviceRequestIds, serviceCodes, status, startDate,
                endDate, updatedAfter, updatedBefore, page, pageSize);
        RenderedList rendered = lists.get(key, () -> Open311Documents.render(format, "service_requests",
                open311.requests(query).stream().map(r -> request(r, false)).toList(), json));
        return Open311Documents.respondRendered(format, rendered, AcceptEncoding.acceptsGzip(acceptEncoding),
                lists.ttl());
    }

    /** One request, with the {@code notes} history extension. */
    @GetMapping("/requests/{serviceRequestId}.{format:json|xml}")
    public ResponseEntity<byte[]> request(@PathVariable String serviceRequestId, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        PublicRequest found = open311.request(jurisdictionId, serviceRequestId);
        return Open311Documents.respond(200, format, "service_requests", List.of(request(found, true)), json);
    }

    @GetMapping("/tokens/{token}.{format:json|xml}")
    public ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        String id = open311.token(jurisdictionId, token).orElseThrow(() -> Open311Exception.notFound("token not found"));
        Map<String, Object> f = Open311Documents.fields();
        f.put("service_request_id", id);
        f.put("token", token);
        return Open311Documents.respond(200, format, "service_requests", List.of(f), json);
    }

    /** Anything else under /open311/v2 (another format, a misspelt resource): the specification's 404. */
    @RequestMapping("/**")
    public ResponseEntity<byte[]> unknown() {
        throw Open311Exception.notFound("No such GeoReport v2 resource (services, requests, tokens as .json or .xml)");
    }

    private static Map<String, Object> request(PublicRequest r, boolean withNotes) {
        Map<String, Object> f = Open311Documents.fields();
        f.put("service_request_id", r.serviceRequestId());
        f.put("status", r.status().value());
        f.put("status_notes", r.statusNotes());
        f.put("service_name", r.serviceName());
        f.put("service_code", r.serviceCode());
        f.put("description", r.description());
        f.put("agency_responsible", r.agencyResponsible());
        f.put("service_notice", null);
        f.put("requested_datetime", Open311Documents.datetime(r.requestedAt()));
        f.put("updated_datetime", Open311Documents.datetime(r.updatedAt()));
        f.put("expected_datetime", Open311Documents.datetime(r.expectedAt()));
        f.put("address", r.address());
        f.put("address_id", null);
        f.put("zipcode", null);
        f.put("lat", r.lat());
        f.put("long", r.lon());
        f.put("media_url", r.mediaUrl());
        if (withNotes) {
            f.put("notes", r.notes().stream().map(n -> {
                Map<String, Object> note = Open311Documents.fields();
                note.put("datetime", Open311Documents.datetime(n.datetime()));
                note.put("summary", n.summary());
                note.put("description", n.description());
                note.put("type", n.type());
                note.put("status", n.status().value());
                return note;
            }).toList());
        }
        return f;
    }
}
