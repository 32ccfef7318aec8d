package org.example.gov.launcher.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.example.gov.testsupport.ApiClient;

/**
 * Loads N extra published items through the gateway (maintainer drafts and submits, reviewer publishes), so
 * that the catalogue benchmark runs against a catalogue of realistic size.
 * {@code CatalogSeeder <gatewayUrl> <count>}
 */
public final class CatalogSeeder {

    private static final List<String> NAMES = List.of("营业执照变更登记", "食品经营许可证延续", "建筑工程施工许可证核发",
            "道路运输经营许可", "药品经营许可证核发", "排污许可证核发", "户外广告设置许可", "城镇污水排入排水管网许可",
            "医疗机构执业登记", "社会团体成立登记", "人力资源服务许可", "特种设备使用登记", "出版物零售单位设立",
            "公共场所卫生许可", "林木采伐许可证核发", "取水许可", "养老机构备案", "残疾人证办理", "最低生活保障审批",
            "机动车驾驶证换证");
    private static final List<String> DEPARTMENTS = List.of("市市场监督管理局", "市交通运输局", "市生态环境局", "市卫生健康委员会",
            "市民政局", "市人力资源和社会保障局", "市住房和建设局", "市水务局", "市公安局", "市城市管理和综合执法局");
    private static final List<String> REGIONS = List.of("440300", "440100", "440400", "440600", "441900");

    private CatalogSeeder() {
    }

    public static void main(String[] args) throws Exception {
        ApiClient gateway = new ApiClient(args[0]);
        int count = Integer.parseInt(args[1]);
        String maintainer = gateway.devToken("maintainer1");
        String reviewer = gateway.devToken("reviewer1");
        long run = System.currentTimeMillis() % 100000;
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < count; i++) {
                int n = i;
                pool.submit(() -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("code", "BENCH-" + run + "-" + n);
                    body.put("name", NAMES.get(n % NAMES.size()));
                    body.put("department", DEPARTMENTS.get(n % DEPARTMENTS.size()));
                    body.put("region", REGIONS.get(n % REGIONS.size()));
                    body.put("kind", "PROMISED");
                    body.put("legalDays", 20);
                    body.put("promisedDays", 1 + n % 15);
                    String id = gateway.post("/api/catalog/items", maintainer, ApiClient.json(body)).expect(201).text("id");
                    gateway.post("/api/catalog/items/" + id + "/review-request", maintainer, null).expect(200);
                    gateway.post("/api/catalog/items/" + id + "/publication", reviewer, null).expect(200);
                    int d = done.incrementAndGet();
                    if (d % 500 == 0) {
                        System.out.println(d + " items published");
                    }
                    return null;
                });
            }
        }
        System.out.printf("%d items published in %.1f s%n", done.get(), (System.nanoTime() - start) / 1e9);
    }
}
