package org.example.gov.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.testsupport.ApiClient;

/**
 * Seeds a fresh local platform through the gateway, exactly as the front ends would: published items and
 * cases in several states (one closed, so a rating invitation is waiting). Skipped when the catalogue
 * already has items, so a second start on the same data directory changes nothing.
 */
final class DemoData {

    private record DemoItem(String code, String name, String department, String region, String kind, int legalDays,
            Integer promisedDays) {
    }

    private static final List<DemoItem> ITEMS = List.of(
            new DemoItem("XK-440300-SCJG-0001", "食品经营许可证核发", "市市场监督管理局", "440300", "PROMISED", 20, 5),
            new DemoItem("XK-440300-SCJG-0002", "营业执照登记（设立）", "市市场监督管理局", "440300", "PROMISED", 15, 1),
            new DemoItem("GG-440300-WJ-0001", "出生医学证明首次签发", "市卫生健康委员会", "440300", "PROMISED", 10, 3),
            new DemoItem("QR-440300-GA-0001", "户口迁移（省内）", "市公安局", "440300", "PROMISED", 20, 5),
            new DemoItem("GG-440300-RS-0001", "社会保障卡申领", "市人力资源和社会保障局", "440300", "PROMISED", 20, 5),
            new DemoItem("GF-440300-GJJ-0001", "住房公积金提取（离退休）", "市住房公积金管理中心", "440300", "INSTANT", 3, null),
            new DemoItem("QR-440300-GZ-0001", "不动产转移登记", "市规划和自然资源局", "440300", "PROMISED", 30, 5),
            new DemoItem("XK-440300-GZ-0002", "建设工程规划许可证核发", "市规划和自然资源局", "440300", "PROMISED", 20, 10));

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
        List<String> itemIds = new ArrayList<>();
        for (DemoItem item : ITEMS) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", item.code());
            body.put("name", item.name());
            body.put("department", item.department());
            body.put("region", item.region());
            body.put("kind", item.kind());
            body.put("legalDays", item.legalDays());
            body.put("promisedDays", item.promisedDays());
            String id = gateway.post("/api/catalog/items", maintainer, ApiClient.json(body)).expect(201).text("id");
            gateway.post("/api/catalog/items/" + id + "/publication", maintainer, null).expect(200);
            itemIds.add(id);
        }
        String applicant = gateway.devToken("applicant1");
        String clerk = gateway.devToken("clerk1");
        int closed = 0;
        for (int i = 0; i < itemIds.size(); i++) {
            String caseId = gateway.post("/api/cases", applicant, "{\"itemId\":\"" + itemIds.get(i) + "\"}").expect(201).text("id");
            if (i % 3 != 0) {
                gateway.post("/api/cases/" + caseId + "/acceptance", clerk, null).expect(200);
            }
            if (i % 3 == 2) {
                gateway.post("/api/cases/" + caseId + "/closure", clerk, null).expect(200);
                closed++;
            }
        }
        return ITEMS.size() + " published items, " + itemIds.size() + " cases for applicant1 (" + closed
                + " closed with rating invitations)";
    }
}
