package org.example.gov.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.example.gov.platform.digest.Sha256;

/**
 * Open311 GeoReport v2 at /open311/v2 on the real service: services and definitions, POST through the hotline's
 * intake with an api_key, the list's window and filters, the same list in JSON and XML, the spec's error list, and no
 * personal data in any answer.
 */
class Open311IntegrationTest extends HotlineIntegrationTest {

    static final String APP_KEY = "test-app-key-7f3a9c1e";
    static final String PARTNER_KEY = "test-partner-key-2b8d4e6f";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    Open311Service open311;

    @BeforeEach
    void keysAndNoRequests() {
        jdbc.sql("DELETE FROM open311_request").update();
        for (String[] k : new String[][] { { APP_KEY, "test-app", "APP" }, { PARTNER_KEY, "partner-gx", "PARTNER" } }) {
            jdbc.sql("""
                    INSERT INTO open311_api_key (key_sha256, client_id, client_kind, client_name, active, created_at)
                    VALUES (:hash, :id, :kind, :id, TRUE, NOW(6)) ON DUPLICATE KEY UPDATE active = TRUE""")
                    .param("hash", Sha256.hex(k[0])).param("id", k[1]).param("kind", k[2]).update();
        }
    }

    // ---- services

    @Test
    void servicesAreTheLeafCategoriesWithTheSpecsFieldsInJsonAndXml() throws Exception {
        HttpResponse<String> json = get("/open311/v2/services.json?jurisdiction_id=440300");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode services = JSON.readTree(json.body());
        JsonNode leak = find(services, "service_code", "010102");
        assertThat(leak.path("service_name").asString()).isEqualTo("房屋漏水维修");
        assertThat(leak.path("metadata").asBoolean()).isTrue();
        assertThat(leak.path("type").asString()).isEqualTo("realtime");
        assertThat(leak.path("group").asString()).isEqualTo("城乡建设");
        assertThat(services.valueStream().map(s -> s.path("service_code").asString()))
                .as("only leaves (level 3) are services").allMatch(code -> code.length() == 6).contains("050101");
        assertThat(JSON.readTree(json.body()).get(0).propertyNames()).containsExactly("service_code", "service_name",
                "description", "metadata", "type", "keywords", "group");

        HttpResponse<String> xml = get("/open311/v2/services.xml");
        assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
        assertThat(xml.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><services><service><service_code>");
        assertThat(items(xml.body(), "service").stream().map(s -> s.get("service_code")).toList())
                .isEqualTo(services.valueStream().map(s -> s.path("service_code").asString()).toList());
        assertThat(get("/v3/api-docs").body()).as("GeoReport v2 is its own contract, outside the OpenAPI document")
                .contains("/api/hotline/tickets").doesNotContain("/open311");
    }

    @Test
    void aServiceDefinitionListsItsAttributesAndAnUnknownServiceIs404() throws Exception {
        JsonNode definition = JSON.readTree(get("/open311/v2/services/010102.json").body());
        assertThat(definition.path("service_code").asString()).isEqualTo("010102");
        JsonNode leak = find(definition.path("attributes"), "code", "leak_source");
        assertThat(leak.path("required").asBoolean()).isTrue();
        assertThat(leak.path("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(leak.path("variable").asBoolean()).isTrue();
        assertThat(leak.path("values").valueStream().map(v -> v.path("key").asString())).contains("UPSTAIRS", "ROOF");
        assertThat(find(definition.path("attributes"), "code", "request_type").path("required").asBoolean()).isFalse();

        String xml = get("/open311/v2/services/010102.xml").body();
        assertThat(xml).contains("<service_definition><service_code>010102</service_code><attributes><attribute>"
                + "<variable>true</variable><code>request_type</code><datatype>singlevaluelist</datatype>")
                .contains("<values><value><key>UPSTAIRS</key><name>楼上住户</name></value>");

        assertError(get("/open311/v2/services/019999.json"), 404);
        assertError(get("/open311/v2/services/010102.csv"), 404);
    }

    @Test
    void anUnknownJurisdictionIs404InTheSpecsErrorFormatOnEveryResource() throws Exception {
        assertError(get("/open311/v2/services.json?jurisdiction_id=110000"), 404);
        assertError(get("/open311/v2/services/010102.json?jurisdiction_id=110000"), 404);
        assertError(get("/open311/v2/requests.json?jurisdiction_id=110000"), 404);
        HttpResponse<String> xml = get("/open311/v2/services.xml?jurisdiction_id=not-a-region");
        assertThat(xml.statusCode()).isEqualTo(404);
        assertThat(xml.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>404</code>"
                + "<description>jurisdiction_id not found</description></error></errors>");
        long before = countTickets();
        assertError(post("json", leak(APP_KEY).replace("jurisdiction_id=440304", "jurisdiction_id=110000")), 404);
        assertThat(countTickets()).isEqualTo(before);
    }

    // ---- POST requests

    @Test
    void postWithoutOrWithAnInvalidApiKeyIs403AndStoresNothing() throws Exception {
        long before = countTickets();
        assertError(post("json", leak(APP_KEY).replace("api_key=" + APP_KEY + "&", "")), 403);
        assertError(post("xml", leak("not-a-key")), 403);
        jdbc.sql("UPDATE open311_api_key SET active = FALSE WHERE client_id = 'partner-gx'").update();
        assertError(post("json", leak(PARTNER_KEY)), 403);
        assertThat(countTickets()).isEqualTo(before);
    }

    @Test
    void postWithoutAnyLocationIs400() throws Exception {
        long before = countTickets();
        String noLocation = leak(APP_KEY).replaceAll("&lat=[^&]*|&long=[^&]*|&address_string=[^&]*", "");
        HttpResponse<String> refused = post("json", noLocation);
        assertError(refused, 400);
        assertThat(refused.body()).contains("location");
        assertError(post("json", noLocation + "&lat=22.547"), 400); // a latitude alone is no location either
        assertThat(countTickets()).isEqualTo(before);
        // each form of location alone is enough
        assertThat(post("json", noLocation + "&lat=22.547&long=114.059").statusCode()).isEqualTo(200);
        assertThat(post("json", noLocation.replace("13912345678", "13912345679") + "&address_id=SZ-FT-000123")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void postWithoutARequiredAttributeOrWithAValueOutsideTheListIs400() throws Exception {
        long before = countTickets();
        HttpResponse<String> missing = post("json", leak(APP_KEY).replace("&attribute%5Bleak_source%5D=UPSTAIRS", ""));
        assertError(missing, 400);
        assertThat(missing.body()).contains("attribute[leak_source]");
        assertError(post("json", leak(APP_KEY).replace("leak_source%5D=UPSTAIRS", "leak_source%5D=BASEMENT")), 400);
        assertError(post("json", leak(APP_KEY).replace("attribute%5Brequest_type%5D=COMPLAINT",
                "attribute%5Brequest_type%5D=GOSSIP")), 400);
        assertThat(countTickets()).isEqualTo(before);
    }

    @Test
    void aPostIsATicketOfTheIntakeWithTheReporterSealedAndItsTokenFindsIt() throws Exception {
        today("2025-09-26", "09:30");
        HttpResponse<String> created = post("json", leak(APP_KEY));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(created.body()).get(0);
        String number = answer.path("service_request_id").asString();
        assertThat(number).matches("RX20250926-[0-9A-Z]{8}");
        assertThat(answer.propertyNames()).containsExactly("service_request_id", "token", "service_notice", "account_id");

        Map<String, Object> ticket = jdbc.sql("""
                SELECT channel, type, category_code, region, caller_id, caller_name, caller_phone, description
                FROM ticket WHERE ticket_number = :n""").param("n", number).query().singleRow();
        assertThat(ticket.get("channel")).isEqualTo("APP");
        assertThat(ticket.get("type")).isEqualTo("COMPLAINT");
        assertThat(ticket.get("region")).isEqualTo("440304");
        assertThat(ticket.get("caller_id")).isEqualTo("open311:test-app");
        assertThat((String) ticket.get("caller_name")).startsWith("v1:").doesNotContain("欧阳");
        assertThat((String) ticket.get("caller_phone")).startsWith("v1:").doesNotContain("13912345678");
        assertThat((String) ticket.get("description")).contains("漏水来源: 楼上住户");
        Map<String, Object> extra = jdbc.sql("SELECT client_id, email, media_url, attributes FROM open311_request")
                .query().singleRow();
        assertThat(extra.get("client_id")).isEqualTo("test-app");
        assertThat((String) extra.get("email")).startsWith("v1:").doesNotContain("example.org");
        assertThat((String) extra.get("attributes")).contains("UPSTAIRS");

        HttpResponse<String> token = get("/open311/v2/tokens/" + answer.path("token").asString() + ".xml");
        assertThat(token.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"utf-8\"?><service_requests><request>"
                + "<service_request_id>" + number + "</service_request_id><token>" + answer.path("token").asString()
                + "</token></request></service_requests>");
        assertError(get("/open311/v2/tokens/00000000-0000-0000-0000-000000000000.json"), 404);

        // the intake's duplicate rule applies: the same reporter's same open matter joins the first request
        JsonNode again = JSON.readTree(post("json", leak(APP_KEY)).body()).get(0);
        assertThat(again.path("service_request_id").asString()).isEqualTo(number);
        assertThat(countTickets()).isEqualTo(1);
    }

    @Test
    void apiKeysComeFromConfigurationAsHashesAndAKeyNoLongerConfiguredIsRefused() throws Exception {
        String key = "fms-provisioned-key-91c2";
        open311.provisionKeys(Map.of("fixmystreet", new ConfiguredClient(ClientKind.APP, "FixMyStreet",
                List.of(Sha256.hex(key).toUpperCase()))));
        String number = number(post("json", leak(key)));
        assertThat(jdbc.sql("SELECT caller_id FROM ticket WHERE ticket_number = :n").param("n", number)
                .query(String.class).single()).isEqualTo("open311:fixmystreet");
        assertThat(jdbc.sql("SELECT client_id FROM open311_api_key WHERE key_sha256 = :h AND active")
                .param("h", Sha256.hex(key)).query(String.class).list()).containsExactly("fixmystreet");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM open311_api_key WHERE key_sha256 = :k OR client_name = :k")
                .param("k", key).query(Long.class).single()).as("the key itself is stored nowhere").isZero();

        assertThatThrownBy(() -> open311.provisionKeys(Map.of("leaky", new ConfiguredClient(ClientKind.PARTNER, null,
                List.of(key))))).as("a raw key in the configuration").isInstanceOf(IllegalStateException.class);

        open311.provisionKeys(Map.of()); // removed from the configuration: deactivated, kept for history
        assertError(post("json", leak(key).replace("13912345678", "13912340000")), 403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM open311_api_key WHERE key_sha256 = :h AND NOT active")
                .param("h", Sha256.hex(key)).query(Long.class).single()).isEqualTo(1);
    }

    // ---- GET requests

    @Test
    void aRangeOfMoreThanNinetyDaysIs400AndNinetyDaysAreServed() throws Exception {
        assertError(get("/open311/v2/requests.json?start_date=2025-06-01T00:00:00%2B08:00"
                + "&end_date=2025-08-31T00:00:00.001%2B08:00"), 400); // 91 days
        assertError(get("/open311/v2/requests.xml?start_date=2025-01-01&end_date=2025-04-02"), 400);
        assertError(get("/open311/v2/requests.json?updated_after=2025-01-01T00:00:00Z&updated_before=2025-06-01T00:00:00Z"),
                400);
        assertError(get("/open311/v2/requests.json?start_date=2025-09-01T00:00:00Z&end_date=2025-08-01T00:00:00Z"), 400);
        assertError(get("/open311/v2/requests.json?start_date=yesterday"), 400);
        assertError(get("/open311/v2/requests.json?page_size=1001"), 400);
        assertError(get("/open311/v2/requests.json?status=pending"), 400);
        assertThat(get("/open311/v2/requests.json?start_date=2025-06-01T00:00:00%2B08:00"
                + "&end_date=2025-08-30T00:00:00%2B08:00").statusCode()).isEqualTo(200);
    }

    @Test
    void theListDefaultsToTheLastNinetyDaysAndFiltersByStatusServiceIdsJurisdictionPagesAndUpdates() throws Exception {
        today("2025-05-20", "10:00");
        String old = number(post("json", leak(APP_KEY)));
        today("2025-09-20", "10:00");
        String leak = number(post("json", leak(APP_KEY).replace("13912345678", "13900000001")));
        today("2025-09-21", "10:00");
        String noise = number(post("json", noise()));
        today("2025-09-26", "10:00");
        agentHandsOff(noise); // closed: an emergency passed to 110

        assertThat(numbers(get("/open311/v2/requests.json"))).containsExactly(noise, leak);
        assertThat(numbers(get("/open311/v2/requests.json?status=open"))).containsExactly(leak);
        assertThat(numbers(get("/open311/v2/requests.json?status=closed"))).containsExactly(noise);
        assertThat(numbers(get("/open311/v2/requests.json?status=open,closed"))).containsExactly(noise, leak);
        assertThat(numbers(get("/open311/v2/requests.json?service_code=050101"))).containsExactly(noise);
        assertThat(numbers(get("/open311/v2/requests.json?service_code=050101,010102"))).containsExactly(noise, leak);
        assertThat(numbers(get("/open311/v2/requests.json?jurisdiction_id=440300"))).containsExactly(noise, leak);
        assertThat(numbers(get("/open311/v2/requests.json?jurisdiction_id=440304"))).containsExactly(leak);
        assertThat(numbers(get("/open311/v2/requests.json?jurisdiction_id=440106"))).isEmpty();
        // service_request_id: any age, every other filter ignored (GeoReport v2)
        assertThat(numbers(get("/open311/v2/requests.json?status=closed&service_request_id=" + old + "," + leak)))
                .containsExactlyInAnyOrder(old, leak);
        assertThat(numbers(get("/open311/v2/requests.json?start_date=2025-05-01T00:00:00%2B08:00"
                + "&end_date=2025-06-01T00:00:00%2B08:00"))).containsExactly(old);
        // the page/page_size extension
        assertThat(numbers(get("/open311/v2/requests.json?page_size=1"))).containsExactly(noise);
        assertThat(numbers(get("/open311/v2/requests.json?page_size=1&page=2"))).containsExactly(leak);
        assertThat(numbers(get("/open311/v2/requests.json?page_size=1&page=3"))).isEmpty();
        // the updated_after/updated_before extension: what changed since, whenever it was requested
        assertThat(numbers(get("/open311/v2/requests.json?updated_after=2025-09-25T00:00:00%2B08:00"))).containsExactly(noise);
        assertThat(numbers(get("/open311/v2/requests.json?updated_before=2025-09-21T00:00:00%2B08:00")))
                .containsExactly(leak); // a window of at most 90 days before it: not the May request

        JsonNode closed = find(JSON.readTree(get("/open311/v2/requests.json").body()), "service_request_id", noise);
        assertThat(closed.path("status").asString()).isEqualTo("closed");
        assertThat(closed.path("status_notes").asString()).isEqualTo("EMERGENCY_HANDED_OFF");
        assertThat(closed.path("updated_datetime").asString()).isEqualTo("2025-09-26T10:00:00+08:00");
        assertThat(closed.path("requested_datetime").asString()).isEqualTo("2025-09-21T10:00:00+08:00");
    }

    @Test
    void oneRequestCarriesItsHistoryAsNotesAndTheDepartmentInCharge() throws Exception {
        today("2025-09-26", "09:30");
        String number = number(post("json", leak(APP_KEY)));
        today("2025-09-26", "10:00");
        api.post("/api/hotline/tickets/" + idOf(number) + "/dispatch", agent, "{}").expect(200);

        JsonNode request = JSON.readTree(get("/open311/v2/requests/" + number + ".json").body()).get(0);
        assertThat(request.path("status").asString()).isEqualTo("open");
        assertThat(request.path("status_notes").asString()).isEqualTo("DISPATCHED");
        assertThat(request.path("agency_responsible").asString()).isEqualTo(HOUSING);
        assertThat(request.path("service_name").asString()).isEqualTo("房屋漏水维修");
        assertThat(request.path("expected_datetime").asString()).startsWith("2025-10-");
        assertThat(request.path("media_url").asString()).isEqualTo("https://media.example.org/leak.jpg");
        JsonNode notes = request.path("notes");
        assertThat(notes.valueStream().map(n -> n.path("type").asString()).toList()).containsExactly("opened", "activity");
        assertThat(notes.get(1).path("description").asString()).isEqualTo("DISPATCHED");
        assertThat(notes.get(1).path("summary").asString()).isEqualTo("dispatch");
        assertThat(notes.get(1).path("datetime").asString()).isEqualTo("2025-09-26T10:00:00+08:00");
        assertThat(notes.get(1).propertyNames()).containsExactly("datetime", "summary", "description", "type", "status");

        String xml = get("/open311/v2/requests/" + number + ".xml").body();
        assertThat(xml).contains("<notes><note><datetime>2025-09-26T09:30:00+08:00</datetime><summary>create</summary>"
                + "<description>RECEIVED</description><type>opened</type><status>open</status></note>");
        assertError(get("/open311/v2/requests/RX20250926-NOSUCHID.json"), 404);
    }

    @Test
    void theSameTicketListInJsonAndXmlCarriesTheSameRequests() throws Exception {
        today("2025-09-20", "10:00");
        post("json", leak(APP_KEY));
        today("2025-09-21", "11:00");
        post("json", noise());
        api.post("/api/hotline/tickets", agent, complaint("张三", "13800138000", false)).expect(201);

        for (String query : List.of("", "?status=open", "?page_size=2&page=1", "?service_code=010102")) {
            HttpResponse<String> json = get("/open311/v2/requests.json" + query);
            HttpResponse<String> xml = get("/open311/v2/requests.xml" + query);
            assertThat(xml.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><service_requests>");
            List<Map<String, String>> fromJson = new ArrayList<>();
            for (JsonNode r : JSON.readTree(json.body())) {
                Map<String, String> fields = new LinkedHashMap<>();
                r.properties().forEach(e -> fields.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asString()));
                fromJson.add(fields);
            }
            List<Map<String, String>> fromXml = items(xml.body(), "request");
            assertThat(fromXml).as(query).isEqualTo(fromJson);
        }
        List<Map<String, String>> all = items(get("/open311/v2/requests.xml").body(), "request");
        assertThat(all).hasSize(3);
        assertThat(all.getFirst().keySet()).containsExactly("service_request_id", "status", "status_notes", "service_name",
                "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
                "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
    }

    @Test
    void aListIsGzippedForAClientThatAcceptsItAndIsTheSameListUnzipped() throws Exception {
        today("2025-09-21", "11:00");
        post("json", leak(APP_KEY));
        post("json", noise());
        for (int i = 0; i < 4; i++) {
            api.post("/api/hotline/tickets", agent, complaint("张三", "1380013800" + i, false)).expect(201);
        }

        for (String format : List.of("json", "xml")) {
            String path = "/open311/v2/requests." + format;
            HttpResponse<String> plain = get(path);
            HttpResponse<byte[]> gzipped = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept-Encoding", "gzip, deflate, br").GET().build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(plain.headers().firstValue("Content-Encoding")).as(format).isEmpty();
            assertThat(plain.headers().allValues("Vary")).as(format).contains("Accept-Encoding");
            assertThat(gzipped.statusCode()).isEqualTo(200);
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(format).hasValue("gzip");
            assertThat(gzipped.headers().allValues("Vary")).as(format).contains("Accept-Encoding");
            assertThat(gzipped.body().length).as(format).isLessThan(plain.body().getBytes(StandardCharsets.UTF_8).length / 2);
            try (var unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
                assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8)).as(format).isEqualTo(plain.body());
            }
        }
        // a single request (never kept) and an error go as they are
        HttpResponse<String> error = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/open311/v2/requests.json?jurisdiction_id=110000")).header("Accept-Encoding", "gzip").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertError(error, 404);
        assertThat(error.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void noAnswerCarriesPersonalData() throws Exception {
        today("2025-09-26", "09:30");
        HttpResponse<String> created = post("json", leak(APP_KEY) + "&description="
                + enc("楼上漏水，请联系我 13800138000，身份证 440304199001011234"));
        String number = number(created);
        String token = JSON.readTree(created.body()).get(0).path("token").asString();
        api.post("/api/hotline/tickets", agent, complaint("司马光", "13711112222", false)).expect(201);

        List<String> answers = new ArrayList<>(List.of(created.body()));
        for (String format : List.of("json", "xml")) {
            answers.add(get("/open311/v2/requests." + format).body());
            answers.add(get("/open311/v2/requests/" + number + "." + format).body());
            answers.add(get("/open311/v2/tokens/" + token + "." + format).body());
        }
        for (String answer : answers) {
            assertThat(answer).doesNotContain("13912345678", "欧阳", "娜娜", "someone@example.org", "13800138000",
                    "440304199001011234", "司马", "13711112222", "3 栋 1201", "栋", "SN-7781", "acct-42");
        }
        String list = get("/open311/v2/requests.json").body();
        assertThat(list).contains("138****8000").contains("福田区莲花街*").contains("22.547").doesNotContain("22.5470");
    }

    @Test
    void aConfidentialCallersTicketAndAReportShowNoDescriptionAddressOrPlace() throws Exception {
        today("2025-09-26", "09:30");
        api.post("/api/hotline/tickets", agent, complaint("张三", "13800138000", true)).expect(201);
        api.post("/api/hotline/tickets", agent, complaint("李四", "13800138001", false)
                .replace("\"COMPLAINT\"", "\"REPORT\"").replace("010102", "020101")).expect(201);
        String open = number(post("json", leak(APP_KEY)));

        JsonNode list = JSON.readTree(get("/open311/v2/requests.json").body());
        assertThat(list).hasSize(3);
        for (JsonNode r : list) {
            boolean shown = r.path("service_request_id").asString().equals(open);
            assertThat(r.path("description").isNull()).as(r.toString()).isEqualTo(!shown);
            assertThat(r.path("address").isNull()).as(r.toString()).isEqualTo(!shown);
            assertThat(r.path("lat").isNull()).as(r.toString()).isEqualTo(!shown);
            assertThat(r.path("status").asString()).isEqualTo("open");
        }
    }

    // ---- helpers

    /** A leak in 福田 (service 010102, which requires attribute leak_source), reported with every personal field. */
    static String leak(String apiKey) {
        return "api_key=" + apiKey + "&jurisdiction_id=440304&service_code=010102"
                + "&lat=22.547012&long=114.059034&address_string=" + enc("福田区莲花街道某小区 3 栋 1201")
                + "&attribute%5Bleak_source%5D=UPSTAIRS&attribute%5Brequest_type%5D=COMPLAINT"
                + "&first_name=" + enc("娜娜") + "&last_name=" + enc("欧阳") + "&phone=13912345678"
                + "&email=someone%40example.org&device_id=SN-7781&account_id=acct-42"
                + "&media_url=" + enc("https://media.example.org/leak.jpg");
    }

    static String noise() {
        return "api_key=" + PARTNER_KEY + "&jurisdiction_id=440305&service_code=050101&address_string="
                + enc("南山区粤海街道科技园") + "&attribute%5Bnoise_period%5D=NIGHT&phone=13900000002&description="
                + enc("夜间施工噪音");
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    HttpResponse<String> post(String format, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/open311/v2/requests." + format))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String idOf(String number) {
        return jdbc.sql("SELECT id FROM ticket WHERE ticket_number = :n").param("n", number).query(String.class).single();
    }

    void agentHandsOff(String number) {
        api.post("/api/hotline/tickets/" + idOf(number) + "/emergency-handoff", agent,
                "{\"service\":\"POLICE_110\",\"mode\":\"TRANSFER\"}").expect(200);
    }

    static String number(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return JSON.readTree(created.body()).get(0).path("service_request_id").asString();
    }

    static List<String> numbers(HttpResponse<String> list) {
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return JSON.readTree(list.body()).valueStream().map(r -> r.path("service_request_id").asString()).toList();
    }

    static JsonNode find(JsonNode array, String field, String value) {
        return array.valueStream().filter(n -> n.path(field).asString().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError(value + " not in " + array));
    }

    /** The spec's error list: this status, a JSON array (or XML errors) of one {code, description}. */
    static void assertError(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/xml")) {
            assertThat(response.body()).contains("<errors><error><code>" + status + "</code><description>");
            return;
        }
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode errors = JSON.readTree(response.body());
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.get(0).path("code").asInt()).isEqualTo(status);
        assertThat(errors.get(0).path("description").asString()).isNotBlank();
    }

    /** The children of each {@code <item>} element as name → text (empty elements as ""), in document order. */
    static List<Map<String, String>> items(String xml, String item) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList nodes = doc.getDocumentElement().getElementsByTagName(item);
        List<Map<String, String>> all = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            NodeList children = nodes.item(i).getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                Node child = children.item(j);
                if (child instanceof Element e) {
                    fields.put(e.getTagName(), e.getTextContent());
                }
            }
            all.add(fields);
        }
        return all.stream().collect(Collectors.toList());
    }
}
