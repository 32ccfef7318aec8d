package org.example.gov.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestApplicants;

/**
 * Seeds a fresh local platform through the gateway, exactly as the front ends would: published items, published
 * bundles (出生 / 企业开办 / 身后一件事 for each city) and cases in several states (one closed, so a rating invitation is waiting). Skipped when the catalogue
 * already has items, so a second start on the same data directory changes nothing. The few hundred demo cases with
 * past dates are seeded by case-service itself once these items are published (they need acts in the past).
 */
final class DemoData {

    private record DemoItem(String code, String name, String department, String region, String kind, int legalDays,
            Integer promisedDays, Map<String, Object> guide) {
    }

    /** name, department (without the region prefix), code prefix, kind, legal days, promised days, online depth, topic, keywords. */
    private record Template(String name, String department, String prefix, String kind, int legalDays, Integer promisedDays,
            String onlineDepth, String topic, List<String> keywords, List<String> materials) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("食品经营许可证核发", "市场监督管理局", "XK-SCJG-01", "PROMISED", 20, 5, "ONLINE_ACCEPTANCE", "企业开办",
                    List.of("餐饮", "食品经营许可证"), List.of("食品经营许可申请书", "营业执照", "食品安全管理制度")),
            new Template("营业执照登记（设立）", "市场监督管理局", "XK-SCJG-02", "PROMISED", 15, 1, "FULLY_ONLINE", "企业开办",
                    List.of("开办企业", "营业执照", "个体工商户"), List.of("公司登记申请书", "公司章程", "股东身份证明")),
            new Template("出生医学证明首次签发", "卫生健康委员会", "GG-WJ-01", "PROMISED", 10, 3, "ONLINE_PRE_REVIEW", "出生",
                    List.of("出生证", "新生儿"), List.of("父母身份证", "分娩记录")),
            new Template("户口迁移（省内）", "公安局", "QR-GA-01", "PROMISED", 20, 5, "ONLINE_ACCEPTANCE", "户籍",
                    List.of("迁户口", "户口迁移", "落户"), List.of("居民户口簿", "居民身份证", "准予迁入证明")),
            new Template("出生登记（新生儿入户）", "公安局", "QR-GA-02", "PROMISED", 10, 3, "ONLINE_ACCEPTANCE", "出生",
                    List.of("新生儿落户", "报户口"), List.of("出生医学证明", "父母户口簿")),
            new Template("社会保障卡申领", "人力资源和社会保障局", "GG-RS-01", "PROMISED", 20, 5, "FULLY_ONLINE", "出生",
                    List.of("社保卡", "社会保障卡"), List.of("居民身份证", "免冠照片")),
            new Template("丧葬补助金领取", "人力资源和社会保障局", "GF-RS-02", "PROMISED", 20, 10, "ONLINE_ACCEPTANCE", "身后",
                    List.of("丧葬费", "抚恤金"), List.of("死亡证明", "申领人身份证")),
            new Template("住房公积金提取（离退休）", "住房公积金管理中心", "GF-GJJ-01", "INSTANT", 3, null, "FULLY_ONLINE", "住房",
                    List.of("公积金", "提取公积金"), List.of("退休证明", "银行卡")),
            new Template("住房公积金账户设立", "住房公积金管理中心", "GG-GJJ-02", "INSTANT", 3, null, "FULLY_ONLINE", "企业开办",
                    List.of("公积金开户", "单位开户"), List.of("营业执照", "经办人身份证")),
            new Template("不动产转移登记", "规划和自然资源局", "QR-GZ-01", "PROMISED", 30, 5, "ONLINE_PRE_REVIEW", "住房",
                    List.of("房产过户", "不动产登记", "房产证"), List.of("不动产权证书", "买卖合同", "完税凭证")),
            new Template("建设工程规划许可证核发", "规划和自然资源局", "XK-GZ-02", "PROMISED", 20, 10, "ONLINE_ACCEPTANCE", "工程建设",
                    List.of("规划许可", "建设工程"), List.of("建设工程规划许可申请表", "设计方案")),
            new Template("结婚登记", "民政局", "QR-MZ-01", "INSTANT", 1, null, "CONSULT", "婚育",
                    List.of("领结婚证", "婚姻登记"), List.of("居民户口簿", "居民身份证", "免冠合照")),
            new Template("死亡殡葬证明与火化", "民政局", "GG-MZ-02", "INSTANT", 1, null, "CONSULT", "身后",
                    List.of("火化证明", "殡葬"), List.of("居民死亡医学证明", "逝者身份证")),
            new Template("新办纳税人套餐式服务（税务登记）", "税务局", "QT-SW-01", "PROMISED", 5, 1, "FULLY_ONLINE", "企业开办",
                    List.of("税务登记", "发票申领", "开业报税"), List.of("营业执照", "法定代表人身份证")),
            // appended (not inserted) so the first items, which the demo cases use, stay the same
            new Template("城乡居民医保参保登记", "医疗保障局", "GG-YB-01", "INSTANT", 1, null, "FULLY_ONLINE", "出生",
                    List.of("医保参保", "新生儿医保"), List.of("居民户口簿", "居民身份证")),
            new Template("公章刻制备案", "公安局", "QT-GA-03", "INSTANT", 1, null, "FULLY_ONLINE", "企业开办",
                    List.of("刻章", "印章备案"), List.of("营业执照", "法定代表人身份证")),
            new Template("户口注销（死亡）", "公安局", "QR-GA-04", "INSTANT", 1, null, "ONLINE_ACCEPTANCE", "身后",
                    List.of("注销户口", "死亡销户"), List.of("居民死亡医学证明", "居民户口簿")));

    /** A bundle (一件事一次办): code prefix, name, topic, item code prefixes, shared materials (name, item code prefixes). */
    private record DemoBundle(String prefix, String name, String topic, String description, List<String> items,
            Map<String, List<String>> sharedMaterials) {
    }

    private static final List<DemoBundle> BUNDLES = List.of(
            new DemoBundle("YJS-CS", "出生一件事", "出生", "新生儿出生医学证明、出生登记（入户）、社会保障卡、医保参保一次办好",
                    List.of("GG-WJ-01", "QR-GA-02", "GG-RS-01", "GG-YB-01"),
                    orderedMap("父母居民身份证", List.of("GG-WJ-01", "QR-GA-02", "GG-RS-01"),
                            "居民户口簿", List.of("QR-GA-02", "GG-YB-01"))),
            new DemoBundle("YJS-QYKB", "企业开办一件事", "企业开办", "营业执照、公章刻制、税务登记、公积金单位开户一次办好",
                    List.of("XK-SCJG-02", "QT-GA-03", "QT-SW-01", "GG-GJJ-02"),
                    orderedMap("营业执照", List.of("QT-GA-03", "QT-SW-01", "GG-GJJ-02"),
                            "法定代表人身份证", List.of("XK-SCJG-02", "QT-GA-03", "QT-SW-01"))),
            new DemoBundle("YJS-SH", "身后一件事", "身后", "火化证明、户口注销、丧葬补助金领取一次办好",
                    List.of("GG-MZ-02", "QR-GA-04", "GF-RS-02"),
                    orderedMap("居民死亡医学证明", List.of("GG-MZ-02", "QR-GA-04", "GF-RS-02"),
                            "逝者居民身份证", List.of("GG-MZ-02", "QR-GA-04"))));

    private static Map<String, List<String>> orderedMap(String k1, List<String> v1, String k2, List<String> v2) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static final List<String[]> REGIONS = List.of(new String[] {"440300", "深圳市", "2"},
            new String[] {"440100", "广州市", "2"}, new String[] {"440000", "广东省", "1"});

    private static final List<DemoItem> ITEMS = items();

    private static List<DemoItem> items() {
        List<DemoItem> items = new ArrayList<>();
        for (String[] region : REGIONS) {
            for (Template t : TEMPLATES) {
                Map<String, Object> guide = new LinkedHashMap<>();
                guide.put("description", region[1] + t.name() + "（" + t.topic() + "）");
                guide.put("conditions", List.of("申请人符合" + t.name() + "的法定条件"));
                guide.put("materials", t.materials().stream().map(m -> Map.of("name", m, "required", true,
                        "form", "ELECTRONIC", "copies", 1, "source", m.contains("证") ? "GOVERNMENT" : "APPLICANT")).toList());
                guide.put("steps", List.of("申请", "受理", "审查", "决定", "送达"));
                guide.put("charged", false);
                guide.put("onlineDepth", t.onlineDepth());
                guide.put("maxVisits", "FULLY_ONLINE".equals(t.onlineDepth()) ? 0 : 1);
                guide.put("delivery", List.of("EXPRESS", "APPOINTMENT"));
                guide.put("scope", "440000".equals(region[0]) ? "PROVINCE" : "CITY");
                guide.put("keywords", t.keywords());
                guide.put("topics", List.of(t.topic(), t.prefix().startsWith("XK") ? "法人" : "自然人"));
                if (t.prefix().startsWith("XK")) { // 行政许可法第四十二条: the head of the office may extend by ten days
                    guide.put("extensionAllowed", true);
                    guide.put("extensionMaxDays", 10);
                }
                guide.put("faq", List.of(Map.of("question", t.name() + "需要多久？",
                        "answer", t.promisedDays() == null ? "即办件，当场办结" : "承诺 " + t.promisedDays() + " 个工作日内办结")));
                String prefix = "440000".equals(region[0]) ? "省" : "市";
                items.add(new DemoItem(t.prefix() + "-" + region[0], t.name(), prefix + t.department(), region[0], t.kind(),
                        t.legalDays(), t.promisedDays(), guide));
            }
        }
        return List.copyOf(items);
    }

    /** How many demo cases case-service seeds by itself ({@code PLATFORM_CASES_DEMO_SEED}, see LocalPlatform). */
    private static final int DEMO_CASES = 320;

    private final ApiClient gateway;

    DemoData(ApiClient gateway) {
        this.gateway = gateway;
    }

    /** @return a one-line summary of what was loaded */
    String load() {
        String anonymous = null;
        if (gateway.get("/api/catalog/items?size=1", anonymous).expect(200).body().path("totalElements").asLong() > 0) {
            return "demo data already present (kept from the previous run)";
        }
        String maintainer = gateway.devToken("maintainer1");
        String reviewer = gateway.devToken("reviewer1");
        List<String> itemIds = new ArrayList<>();
        Map<String, String> idByCode = new LinkedHashMap<>();
        for (DemoItem item : ITEMS) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", item.code());
            body.put("name", item.name());
            body.put("department", item.department());
            body.put("region", item.region());
            body.put("kind", item.kind());
            body.put("legalDays", item.legalDays());
            body.put("promisedDays", item.promisedDays());
            body.put("guide", item.guide());
            String id = gateway.post("/api/catalog/items", maintainer, ApiClient.json(body)).expect(201).text("id");
            gateway.post("/api/catalog/items/" + id + "/review-request", maintainer, null).expect(200);
            gateway.post("/api/catalog/items/" + id + "/publication", reviewer, null).expect(200);
            if ("440300".equals(item.region()) && "市市场监督管理局".equals(item.department())) {
                itemIds.add(id); // the demo staff (clerk1, approver1) work 深圳's cases of this department
            }
            idByCode.put(item.code(), id);
        }
        int bundles = 0;
        for (String[] region : REGIONS) {
            if ("440000".equals(region[0])) {
                continue;
            }
            for (DemoBundle b : BUNDLES) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("code", b.prefix() + "-" + region[0]);
                body.put("name", b.name());
                body.put("topic", b.topic());
                body.put("region", region[0]);
                body.put("description", region[1] + b.description());
                body.put("itemIds", b.items().stream().map(c -> idByCode.get(c + "-" + region[0])).toList());
                body.put("sharedMaterials", b.sharedMaterials().entrySet().stream().map(e -> Map.of("name", e.getKey(),
                        "itemIds", e.getValue().stream().map(c -> idByCode.get(c + "-" + region[0])).toList())).toList());
                String id = gateway.post("/api/catalog/bundles", maintainer, ApiClient.json(body)).expect(201).text("id");
                gateway.post("/api/catalog/bundles/" + id + "/publication", reviewer, null).expect(200);
                bundles++;
            }
        }
        String applicant = gateway.devToken("applicant1");
        String clerk = gateway.devToken("clerk1");
        int closed = 0;
        for (int i = 0; i < 8; i++) {
            String itemId = itemIds.get(i % itemIds.size());
            String caseId = gateway.post("/api/cases", applicant, TestApplicants.online(itemId)).expect(201).text("id");
            if (i % 3 != 0) {
                gateway.post("/api/cases/" + caseId + "/reception", clerk, null).expect(200);
                gateway.post("/api/cases/" + caseId + "/acceptance", clerk, null).expect(200);
            }
            if (i % 3 == 2) {
                gateway.post("/api/cases/" + caseId + "/decision", gateway.devToken("approver1"), "{\"outcome\":\"APPROVED\"}")
                        .expect(200);
                gateway.post("/api/cases/" + caseId + "/delivery", clerk, "{\"method\":\"WINDOW_PICKUP\"}").expect(200);
                gateway.post("/api/cases/" + caseId + "/closure", clerk, null).expect(200);
                closed++;
            }
        }
        return ITEMS.size() + " published items, " + bundles + " published bundles (一件事), 8 cases for applicant1 (" + closed
                + " closed with rating invitations);\n               ~" + DEMO_CASES + " more cases in every state over the past"
                + " two months, with their deadline warnings, are being seeded by case-service (see its log)";
    }
}
