package org.example.gov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.platform.security.Role;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.trading.client.BidDocument;
import org.example.gov.trading.client.BidSealer;
import org.example.gov.trading.client.BidderKeys;
import org.example.gov.trading.client.SealedBid;
import org.example.gov.testsupport.TestApplicants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;

/**
 * Issue 11's authorization matrix, through the gateway with every service running: each operation of every service's
 * OpenAPI document has a row in {@code authorization-matrix.tsv} (a new endpoint without one fails the build), and
 * every row is called anonymously, by every role of the objects' region and department (深圳 440300), and by every
 * allowed role of another region, department or owner (广州 440100, another applicant), with the answer checked.
 * Calls that are denied come first, so the objects are still as built when they are checked; the allowed calls last
 * (they may move an object on: a later step answering 409 still proves it was reached). Then malformed input on
 * every operation: never a 5xx, and not one row more or less in any business table.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixIT {

    static final List<String> SERVICES = List.of("item-catalog-service", "case-service", "evaluation-service",
            "trading-service", "hotline-service");
    /** The operations that show personal data in full, to the roles their row allows (and audited); all others mask it. */
    static final Set<String> FULL_PERSONAL_DATA = Set.of("case-service GET /api/cases/{id}/applicant",
            "hotline-service GET /api/hotline/tickets/{id}/caller");
    static final String SZ = "440300";
    static final String GZ = "440100";

    static ApiClient gateway;
    static AuthorizationMatrix matrix;
    /** partner-gx signs its calls (issue 12) with the demo key of the gateway's local profile */
    static DemoPartner partner;
    /** guarantor1 signs its calls to /api/guarantor/** with the demo SM2 key of the gateway's local profile */
    static DemoPartner guarantor;
    /** Per role: a caller of the fixtures' region/department (or their owner), and one of another region/owner. */
    static final Map<Role, String> inside = new EnumMap<>(Role.class);
    static final Map<Role, String> outside = new EnumMap<>(Role.class);
    /** Fixture name → its id, and the path placeholders it fills. */
    static final Map<String, Map<String, String>> fixtures = new HashMap<>();
    static final Map<String, String> values = new HashMap<>();

    @BeforeAll
    static void platformTokensAndFixtures() {
        RunningPlatform.get();
        gateway = RunningPlatform.gateway();
        matrix = AuthorizationMatrix.load();
        partner = DemoPartner.load(RunningPlatform.repositoryRoot());
        guarantor = DemoPartner.guarantor(RunningPlatform.repositoryRoot());
        for (Role role : Role.values()) {
            String department = switch (role) {
                case APPROVER -> "市市场监督管理局";
                case HOTLINE_HANDLER -> "市住房和建设局";
                default -> "市政务服务数据管理局";
            };
            switch (role) {
                case APPLICANT -> {
                    inside.put(role, RunningPlatform.token("applicant1", SZ, null, role.name()));
                    outside.put(role, RunningPlatform.token("applicant-mx-other", SZ, null, role.name()));
                }
                case PARTNER -> {
                    inside.put(role, RunningPlatform.token("partner-gx", "450000", null, role.name()));
                    outside.put(role, RunningPlatform.token("partner-gx", "450000", null, role.name()));
                }
                case GUARANTOR -> {
                    inside.put(role, RunningPlatform.token("guarantor1", SZ, null, role.name()));
                    outside.put(role, RunningPlatform.token("guarantor1", SZ, null, role.name()));
                }
                case WINDOW_DEVICE -> {
                    inside.put(role, RunningPlatform.token("SZ-FUTIAN-W01", SZ, null, role.name()));
                    outside.put(role, RunningPlatform.token("SZ-FUTIAN-W09", SZ, null, role.name()));
                }
                default -> {
                    inside.put(role, RunningPlatform.token(role.name().toLowerCase() + "-sz", SZ, department, role.name()));
                    outside.put(role, RunningPlatform.token(role.name().toLowerCase() + "-gz", GZ, department, role.name()));
                }
            }
        }
        buildFixtures();
    }

    @Test
    @Order(1)
    void everyDocumentedOperationHasARowAndEveryRowAnOperation() {
        Set<String> documented = new TreeSet<>();
        for (String service : SERVICES) {
            JsonNode paths = gateway.get("/v3/api-docs/" + service, null).expect(200).body().path("paths");
            paths.propertyNames().forEach(path -> paths.path(path).propertyNames()
                    .forEach(method -> documented.add(service + " " + method.toUpperCase() + " " + path)));
        }
        Set<String> rows = new TreeSet<>(matrix.rows().stream().map(AuthorizationMatrix.Row::operation).toList());

        assertThat(difference(documented, rows)).as("documented operations without a row in authorization-matrix.tsv")
                .isEmpty();
        assertThat(difference(rows, documented)).as("rows of authorization-matrix.tsv that no document lists").isEmpty();
        assertThat(rows).hasSizeGreaterThan(60);
    }

    @Test
    @Order(2)
    void everyOperationAnswersEveryRoleAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        // 1. anonymous, and every role the row does not allow: nothing happens to the fixtures
        for (AuthorizationMatrix.Row row : matrix.rows()) {
            int anonymous = call(row, null, row.body()).status();
            if (row.open() ? anonymous == 401 || anonymous >= 500 : anonymous != 401) {
                wrong.add(row + " anonymous → " + anonymous);
            }
            for (Role role : Role.values()) {
                if (!row.allows(role)) {
                    expect(wrong, row, role + " (not allowed)", call(row, inside.get(role), row.body()), row.denied(role));
                }
            }
        }
        // 2. allowed roles of another region, department or owner: the object is not theirs
        for (AuthorizationMatrix.Row row : matrix.rows()) {
            if (row.outside() != null) {
                for (Role role : row.allowed()) {
                    if (role != Role.PARTNER && role != Role.GUARANTOR) {
                        expect(wrong, row, role + " (outside)", call(row, outside.get(role), row.body()), row.outside());
                    }
                }
            }
        }
        // 3. allowed roles in scope: reached (whatever the object's state now says), never refused or broken
        for (AuthorizationMatrix.Row row : matrix.rows()) {
            for (Role role : row.open() ? Set.of(Role.APPLICANT, Role.CLERK) : row.allowed()) {
                String region = row.allowedFrom().get(role);
                ApiClient.Response response = call(row, region == null ? inside.get(role)
                        : RunningPlatform.token(role.name().toLowerCase() + "-" + region, region, "省政务服务数据管理局",
                                role.name()), row.body());
                int status = response.status();
                if (status == 401 || status == 403 || status >= 500 || row.outside() != null && status == 404) {
                    wrong.add(row + " " + role + " (in scope) → " + status + " " + abbreviate(response.raw()));
                }
                // field masking: the fixtures' identity card number and phone appear in full only where a row says so
                if (!FULL_PERSONAL_DATA.contains(row.operation()) && response.raw() != null
                        && (response.raw().contains(TestApplicants.ID_NUMBER) || response.raw().contains(TestApplicants.PHONE))) {
                    wrong.add(row + " " + role + " (in scope) shows personal data unmasked: " + abbreviate(response.raw()));
                }
            }
        }
        assertThat(wrong).as("answers that differ from authorization-matrix.tsv").isEmpty();
    }

    /** The business tables of every schema: what a malformed request must never change. */
    static final Map<String, List<String>> TABLES = Map.of(
            "catalog", List.of("item", "item_version", "base_item", "bundle", "calendar_year", "calendar_day",
                    "calendar_closed_day"),
            "cases", List.of("case_file", "case_history", "partner_request", "bundle_application", "progress_query_attempt"),
            "evaluation", List.of("invitation", "rating", "rectification_ticket", "rectification_step", "service_occurrence"),
            "hotline", List.of("ticket", "ticket_history", "ticket_assist", "category", "responsibility", "article",
                    "article_version"),
            "trading", List.of("tender_project", "tender_lot", "document_download", "sealed_bid", "lot_opening",
                    "opening_objection", "lot_evaluation", "evaluation_score", "expert_account", "tender_document",
                    "candidate_publicity", "ocds_release", "credit_record", "agent_evaluation", "inspector",
                    "inspection_plan"));

    /** Broken on purpose, each in its own way; none can be read as a valid request. */
    static final List<String> MALFORMED_BODIES = List.of("{\"", "[1,2", "{\"level\":}", "\u0000\u0001", "{" + "[".repeat(3000),
            "{\"itemId\":\"" + "x".repeat(5000));
    static final List<String> BAD_IDS = List.of("not-an-id", "%27%20OR%201%3D1--", "..%2F..%2Fetc%2Fpasswd", "x".repeat(300),
            "00000000-0000-0000-0000-00000000000g");

    @Test
    @Order(3)
    void aThousandMalformedRequestsOverEveryOperationAndRoleAnswerNo5xxAndChangeNothing() {
        Map<String, Long> before = quietRowCounts();
        List<String> broken = new ArrayList<>();
        int sent = 0;
        while (sent < 1000) {
            for (AuthorizationMatrix.Row row : matrix.rows()) {
                List<Role> callers = row.open() ? List.of(Role.APPLICANT) : List.copyOf(row.allowed());
                for (Role role : callers) {
                    String token = inside.get(role);
                    List<ApiClient.Response> answers = new ArrayList<>();
                    if (!"GET".equals(row.method()) && !"DELETE".equals(row.method())) {
                        String body = MALFORMED_BODIES.get(sent % MALFORMED_BODIES.size());
                        answers.add(send(row.method(), fill(row.path(), row.fixture()), token, body));
                    }
                    if (row.path().contains("{")) {
                        String bad = BAD_IDS.get(sent % BAD_IDS.size());
                        answers.add(send(row.method(), row.path().replaceAll("\\{\\w+}", bad), token, null));
                    }
                    if ("GET".equals(row.method())) {
                        answers.add(send("GET", fill(row.path(), row.fixture())
                                + "?page=-1&size=100000&from=yesterday&to=2026-13-45&status=%00&region=44%25", token, null));
                    }
                    for (ApiClient.Response answer : answers) {
                        sent++;
                        if (answer.status() >= 500) {
                            broken.add(row + " " + role + " → " + answer.status() + " " + abbreviate(answer.raw()));
                        }
                    }
                }
            }
        }
        assertThat(broken).as("5xx answers to malformed requests").isEmpty();
        assertThat(quietRowCounts()).as("rows in every business table").isEqualTo(before);
        assertThat(sent).isGreaterThanOrEqualTo(1000);
    }

    /** Row counts once asynchronous work from earlier tests (events, invitations) has settled: two equal reads. */
    static Map<String, Long> quietRowCounts() {
        Map<String, Long>[] last = new Map[] {rowCounts()};
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Map<String, Long> now = rowCounts();
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
        return last[0];
    }

    static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        TABLES.forEach((schema, tables) -> tables.forEach(table ->
                counts.put(schema + "." + table, RunningPlatform.count(schema, "SELECT COUNT(*) FROM " + table))));
        return counts;
    }

    // ---------------------------------------------------------------- calls

    static ApiClient.Response call(AuthorizationMatrix.Row row, String token, String body) {
        String path = fill(row.path(), row.fixture()) + (row.query() == null ? "" : "?" + substitute(row.query()));
        try {
            return send(row.method(), path, token, body == null ? null : substitute(body));
        } catch (RuntimeException e) { // a timeout names the operation, not only the line of this loop
            throw new IllegalStateException(row + " as " + roleOf(token) + ": " + e.getMessage(), e);
        }
    }

    private static String roleOf(String token) {
        return token == null ? "anonymous" : inside.entrySet().stream().filter(e -> token.equals(e.getValue()))
                .map(e -> e.getKey().name()).findFirst().orElse("another actor");
    }

    /**
     * Sends through the gateway; partner-gx's calls to /api/partner/** and guarantor1's to /api/guarantor/** are signed,
     * as a real machine client's must be. Other
     * roles' calls there stay unsigned: the gateway answers them 403 (anonymous 401), as the matrix says.
     */
    static ApiClient.Response send(String method, String path, String token, String body, String... headers) {
        DemoPartner signer = token == null ? null
                : token.equals(inside.get(Role.PARTNER)) && path.startsWith("/api/partner/") ? partner
                : token.equals(inside.get(Role.GUARANTOR)) && path.startsWith("/api/guarantor/") ? guarantor : null;
        if (signer != null) {
            List<String> signed = new ArrayList<>(List.of(headers));
            signed.addAll(List.of(signer.sign(method, path, body)));
            headers = signed.toArray(String[]::new);
        }
        return gateway.send(method, path, token, body, headers);
    }

    static void expect(List<String> wrong, AuthorizationMatrix.Row row, String who, ApiClient.Response response,
            Integer expected) {
        if (expected == null || response.status() != expected) {
            wrong.add(row + " " + who + " → " + response.status() + " (expected " + expected + ") "
                    + abbreviate(response.raw()));
        }
    }

    static String fill(String path, String fixture) {
        Map<String, String> placeholders = fixture == null ? Map.of() : fixtures.get(fixture);
        if (placeholders == null) {
            throw new IllegalStateException("no fixture " + fixture);
        }
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(path);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = placeholders.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("fixture " + fixture + " has no {" + m.group(1) + "} for " + path);
            }
            m.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return m.appendTail(filled).toString();
    }

    /** ${name}: a fixture value; ${newCode}: a fresh code each time (creates never collide). */
    static String substitute(String text) {
        Matcher m = Pattern.compile("\\$\\{(\\w+)}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = "newCode".equals(m.group(1)) ? "MX" + System.nanoTime() : values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new LinkedHashSet<>(a);
        d.removeAll(b);
        return d;
    }

    static String abbreviate(String raw) {
        return raw == null ? "" : raw.length() > 160 ? raw.substring(0, 160) + "…" : raw;
    }

    // ---------------------------------------------------------------- fixtures (深圳, applicant1)

    static void buildFixtures() {
        String maintainer = inside.get(Role.CATALOG_MAINTAINER);
        String reviewer = inside.get(Role.CATALOG_REVIEWER);
        String applicant = inside.get(Role.APPLICANT);
        String clerk = inside.get(Role.CLERK);
        String approver = inside.get(Role.APPROVER);
        String supervisor = inside.get(Role.SUPERVISOR);

        String item = RunningPlatform.publishItem("XK-MX-" + System.nanoTime(), 20, 5);
        values.put("item", item);
        String item2 = RunningPlatform.publishItem("XK-MX2-" + System.nanoTime(), "市人力资源和社会保障局", 20, 10);
        values.put("item2", item2); // a bundle (一件事) holds items of two departments at least
        fixtures.put("item", Map.of("id", item, "number", "1"));

        String draftCode = "XK-MX-D" + System.nanoTime();
        values.put("draftCode", draftCode);
        fixtures.put("draft", Map.of("id", gateway.post("/api/catalog/items", maintainer, """
                {"code":"%s","name":"食品经营许可证核发","department":"市市场监督管理局","region":"440300","kind":"PROMISED",
                 "legalDays":20,"promisedDays":5}""".formatted(draftCode)).expect(201).text("id")));

        String baseCode = "MXB" + System.nanoTime();
        gateway.post("/api/catalog/base-items", gateway.devToken("maintainer1"), """
                {"code":"%s","name":"测试基本事项","itemType":"LICENSING"}""".formatted(baseCode)).expect(201);
        fixtures.put("base", Map.of("code", baseCode));

        fixtures.put("bundle", Map.of("id", bundle(maintainer, item)));
        String published = bundle(maintainer, item);
        gateway.post("/api/catalog/bundles/" + published + "/publication", reviewer, null).expect(200);
        values.put("publishedBundle", published);
        fixtures.put("publishedBundle", Map.of("id", published));

        fixtures.put("year", Map.of("year", "2030"));
        fixtures.put("closedDay", Map.of("region", SZ, "date", "2030-01-02"));

        ApiClient.Response submitted = gateway.post("/api/cases", applicant, TestApplicants.online(item)).expect(201);
        String caseId = submitted.text("id");
        values.put("case", caseId);
        values.put("caseNumber", submitted.text("caseNumber"));
        values.put("queryCode", submitted.text("queryCode"));
        fixtures.put("case", Map.of("id", caseId, "caseNumber", submitted.text("caseNumber")));
        gateway.post("/api/cases/" + caseId + "/reception", clerk, null).expect(200);

        fixtures.put("bundleApplication", Map.of("id", gateway.post("/api/cases/bundle-applications", applicant,
                "{\"bundleId\":\"" + published + "\",\"applicant\":{" + TestApplicants.CONTACT + "}}").expect(201).text("id")));
        // as a partner does: a 503 (the gateway's nonce store not ready yet) is retried, signed anew, with the same key
        String forward = """
                {"itemId":"%s","partnerReference":"GX-MX-%d","applicant":{"id":"gx-citizen-1","name":"黄六","idNumber":"11010519491231002X","phone":"13800138000"}}"""
                .formatted(item, System.nanoTime());
        String forwardKey = "mx-" + System.nanoTime();
        ApiClient.Response[] forwarded = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> (forwarded[0] = send("POST", "/api/partner/cases",
                inside.get(Role.PARTNER), forward, "Idempotency-Key", forwardKey)).status() != 503);
        fixtures.put("partnerCase", Map.of("id", forwarded[0].expect(201).text("id")));

        // a window service for applicant1 at window W01 (evaluation-service knows the case from its events)
        String openOccurrence = """
                {"caseId":"%s","caseNumber":"%s","applicantId":"applicant1","hallCode":"SZ-FUTIAN","windowId":"SZ-FUTIAN-W01"}"""
                .formatted(caseId, submitted.text("caseNumber"));
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.post("/api/evaluations/service-occurrences", clerk,
                openOccurrence).status() != 404);
        JsonNode occurrences = gateway.get("/api/evaluations/window-devices/me/occurrence", inside.get(Role.WINDOW_DEVICE))
                .expect(200).body();
        fixtures.put("occurrence", Map.of("id", occurrences.path("id").asString()));

        // a closed case rated 差评 by applicant1: a rectification ticket for 深圳's 市市场监督管理局
        String closed = gateway.post("/api/cases", applicant, TestApplicants.online(item)).expect(201).text("id");
        gateway.post("/api/cases/" + closed + "/reception", clerk, null).expect(200);
        gateway.post("/api/cases/" + closed + "/acceptance", clerk, null).expect(200);
        gateway.post("/api/cases/" + closed + "/decision", approver, "{\"outcome\":\"APPROVED\"}").expect(200);
        gateway.post("/api/cases/" + closed + "/delivery", clerk, "{\"method\":\"WINDOW_PICKUP\"}").expect(200);
        gateway.post("/api/cases/" + closed + "/closure", clerk, null).expect(200);
        values.put("closedCase", closed);
        fixtures.put("closedCase", Map.of("id", closed));
        String rating = "{\"caseId\":\"" + closed + "\",\"stage\":\"COMPLETION\",\"level\":1,\"comment\":\"排队太久\"}";
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.post("/api/evaluations/ratings", applicant, rating)
                .status() == 201);
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.get("/api/evaluations/tickets?caseId=" + closed, supervisor)
                .expect(200).body().path("items").size() == 1);
        fixtures.put("ticket", Map.of("id", gateway.get("/api/evaluations/tickets?caseId=" + closed, supervisor)
                .body().path("items").get(0).path("id").asString()));

        // a 12345 ticket filed online by applicant1 in 福田, dispatched by 深圳's centre to 市住房和建设局 (the seeded
        // responsibility list routes category 010102 there): the lead department is the matrix's HOTLINE_HANDLER
        String hotlineTicket = gateway.post("/api/hotline/tickets", applicant, """
                {"channel":"WEB","type":"COMPLAINT","categoryCode":"010102",
                 "location":{"region":"440304","address":"福田区莲花街道某小区 3 栋"},"description":"楼上漏水，物业不处理",
                 "caller":{"name":"王五","phone":"%s"}}""".formatted(TestApplicants.PHONE)).expect(201).text("id");
        gateway.post("/api/hotline/tickets/" + hotlineTicket + "/dispatch", inside.get(Role.HOTLINE_AGENT), "{}").expect(200);
        fixtures.put("hotlineTicket", Map.of("id", hotlineTicket));
        // 重复件 (c): another caller at the same address about the same category → a suggestion for 深圳's centre
        String nearby = gateway.post("/api/hotline/tickets", inside.get(Role.HOTLINE_AGENT), """
                {"channel":"PHONE","type":"COMPLAINT","categoryCode":"010102",
                 "location":{"region":"440304","address":"福田区莲花街道某小区3栋"},"description":"楼上漏水，物业不处理",
                 "caller":{"name":"钱七","phone":"13600136000"}}""").expect(201).text("id");
        String suggestion = gateway.get("/api/hotline/duplicate-suggestions?status=SUGGESTED&size=200",
                inside.get(Role.HOTLINE_AGENT)).expect(200).body().path("content").valueStream()
                .filter(s -> s.path("ticketId").asString().equals(nearby)).findFirst().orElseThrow()
                .path("id").asString();
        fixtures.put("hotlineSuggestion", Map.of("id", suggestion));
        values.put("hotlineMaster", hotlineTicket);

        // a knowledge article of 深圳's centre, written by the matrix's agent and published by a second one (four eyes),
        // and a consult recorded by the centre that it may answer directly
        String hotlineAgent2 = RunningPlatform.token("hotline_agent-sz2", SZ, "市政务服务数据管理局", Role.HOTLINE_AGENT.name());
        String article = gateway.post("/api/hotline/knowledge/articles", inside.get(Role.HOTLINE_AGENT), """
                {"title":"保障性住房申请条件","body":"须在本市连续缴纳社保满 3 年","categoryCode":"010103"}""")
                .expect(201).text("id");
        gateway.post("/api/hotline/knowledge/articles/" + article + "/publication", hotlineAgent2, null).expect(200);
        fixtures.put("hotlineArticle", Map.of("id", article, "number", "1"));
        values.put("hotlineArticle", article);
        fixtures.put("hotlineConsult", Map.of("id", gateway.post("/api/hotline/tickets", inside.get(Role.HOTLINE_AGENT), """
                {"channel":"PHONE","type":"CONSULT","categoryCode":"010103",
                 "location":{"region":"440304","address":"福田区莲花街道"},"description":"保障性住房怎么申请",
                 "caller":{"name":"赵六","phone":"13700137000"}}""").expect(201).text("id")));
        tradingFixtures();
    }

    /**
     * A construction tender of the matrix's tenderee (subject tenderee-sz) entrusted to its agent (tender_agent-sz), in
     * 福田, announced with its bid deadline 25 days ahead; the matrix's bidder has objected to the documents. When that
     * deadline falls in a year the catalogue has not loaded (every December until next year's schedule is out), a test
     * schedule for that year is loaded as an operator would load the official one, and trading-service's replica hears
     * of it before the announcement goes through.
     */
    static void tradingFixtures() {
        String tenderee = inside.get(Role.TENDEREE);
        String project = gateway.post("/api/trading/projects", tenderee, """
                {"title":"市民中心改造工程","track":"CONSTRUCTION","method":"OPEN_TENDER","agent":"tender_agent-sz",
                 "region":"440304","lots":[{"name":"土建标段","amount":"1000000.00","deposit":"20000.00","bidValidityDays":90}]}""")
                .expect(201).text("id");
        LocalDate today = ShanghaiDate.today(Clock.systemUTC());
        LocalDate deadline = today.plusDays(25);
        values.put("announcementUntil", today.plusDays(10).toString());
        values.put("documentsFrom", today.toString());
        values.put("documentsUntil", today.plusDays(10).toString());
        values.put("bidDeadline", deadline.atTime(9, 30).atZone(ShanghaiDate.ZONE).toInstant().toString());
        String announcement = substitute("""
                {"announcementUntil":"${announcementUntil}","documentsFrom":"${documentsFrom}",
                 "documentsUntil":"${documentsUntil}","bidDeadline":"${bidDeadline}"}""");
        // the draft's document text, lawful (the negative list lets it through), so its GET finds it in scope
        gateway.send("PUT", "/api/trading/projects/" + project + "/document", tenderee,
                "{\"text\":\"投标人须具有独立承担民事责任的能力。\"}").expect(200);
        int year = CalendarYears.firstYearNotLoadedFrom(gateway, today.getYear());
        if (year <= deadline.getYear()) {
            gateway.put("/api/calendar/years/" + year, gateway.devToken("operator1"), CalendarYears.testSchedule(year))
                    .expect(200);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> gateway.post(
                "/api/trading/projects/" + project + "/announcement", tenderee, announcement).status() == 200);
        String lot = gateway.get("/api/trading/projects/" + project, tenderee).expect(200).body().path("lots").get(0)
                .path("id").asString();
        String objection = gateway.post("/api/trading/projects/" + project + "/objections", inside.get(Role.BIDDER),
                "{\"text\":\"资格条件要求本市业绩，排斥外地投标人\"}").expect(201).text("id");
        // the matrix's bidder bids, sealed by the reference client on "its machine" with a key pair of its own
        BidDocument document = new BidDocument(lot, "bidder-sz", BidDocument.Price.ofSchedule(List.of(
                new BidDocument.Item("土建工程", new BigDecimal("960000.00")))), "投标文件.pdf",
                "%PDF-1.7 投标文件".getBytes(StandardCharsets.UTF_8));
        SealedBid sealed = BidSealer.seal(document, BidderKeys.generate().getPublic());
        String bid = gateway.post("/api/trading/lots/" + lot + "/bids", inside.get(Role.BIDDER),
                new String(sealed.toJson(), StandardCharsets.UTF_8)).expect(201).text("bidId");
        fixtures.put("tender", Map.of("id", project, "lotId", lot, "objectionId", objection, "bidId", bid, "seat", "1",
                "drawId", UUID.randomUUID().toString()));
        // the tender's contracting process in the open-data feed (trading-service's default OCID prefix)
        fixtures.put("ocds", Map.of("ocid", "ocds-gd0000-" + project));

        // bid security: guarantor1 pushes a guarantee for the matrix's bidder (signed, through its own route), the
        // trading centre records the bidder's deposit
        values.put("tenderLot", lot);
        values.put("validUntil", deadline.plusDays(365).toString());
        values.put("guaranteeNumber", "MX-G-" + System.nanoTime());
        send("POST", "/api/guarantor/guarantees", inside.get(Role.GUARANTOR), substitute("""
                {"guaranteeNumber":"${guaranteeNumber}","lotId":"${tenderLot}","bidder":"bidder-sz","amount":"20000.00",
                 "validUntil":"${validUntil}","documentSm3":"%s"}""".formatted("ab".repeat(32)))).expect(201);
        fixtures.put("guarantee", Map.of("guaranteeNumber", values.get("guaranteeNumber")));
        String staff = inside.get(Role.TRADING_STAFF);
        fixtures.put("deposit", Map.of("id", gateway.post("/api/trading/lots/" + lot + "/deposits", staff, substitute("""
                {"bidder":"bidder-sz","amount":"20000.00","payingAccount":"6222 0200 1234 5678",
                 "paidOn":"${documentsFrom}"}""")).expect(201).text("id")));

        // an expert of the pool in 福田, registered by the trading centre (the fixtures' ID number and phone: every
        // answer must mask them)
        fixtures.put("expert", Map.of("id", gateway.post("/api/trading/experts", staff, """
                {"name":"欧阳娜娜","idNumber":"%s","phone":"%s","profile":{"specialties":["A01"],"region":"440304",
                 "level":"SENIOR","employer":"org-mx-1"}}""".formatted(TestApplicants.ID_NUMBER, TestApplicants.PHONE))
                .expect(201).text("id")));

        // credit: a record (not barring) of the matrix's bidder by the trading centre; the matrix's agent's rating
        fixtures.put("credit", Map.of("recordId", gateway.post("/api/trading/credit/records", staff, """
                {"subjectKind":"BIDDER","subjectId":"bidder-sz","misconduct":"投标文件弄虚作假（警告）",
                 "basis":"招标投标法实施条例 第六十八条","decisionRef":"深建罚〔2026〕9号","department":"深圳市住房和建设局",
                 "region":"440300","bars":false,"from":"2026-01-01","until":"2026-12-31"}""").expect(201).text("id"),
                "subjectId", "bidder-sz", "agent", "tender_agent-sz"));
        // 双随机: an inspector of the 深圳 list (the DELETE row removes them) and an id no plan has (nothing is awarded)
        String inspector = gateway.post("/api/trading/inspectors", inside.get(Role.SUPERVISOR), """
                {"account":"mx-inspector-%d","department":"深圳市住房和建设局","region":"440300"}"""
                .formatted(System.nanoTime())).expect(201).text("id");
        fixtures.put("inspection", Map.of("inspectionId", UUID.randomUUID().toString(), "inspectorId", inspector));
        values.put("inspectedProject", project);
    }

    static String bundle(String maintainer, String item) {
        return gateway.post("/api/catalog/bundles", maintainer, """
                {"code":"MX-%d","name":"开办餐饮店","topic":"企业开办","region":"440300","itemIds":["%s","%s"]}"""
                .formatted(System.nanoTime(), item, values.get("item2"))).expect(201).text("id");
    }
}
