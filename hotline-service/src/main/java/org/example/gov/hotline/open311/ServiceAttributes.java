package org.example.gov.hotline.open311;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.hotline.ticket.TicketType;

/**
 * What each service (a leaf category) asks beyond GeoReport v2's standard fields. Every service has the optional
 * {@code request_type} (诉求类型, default 求助 HELP: a 311 report is mostly a request for help); services whose
 * departments cannot act without a detail require it — where the leak comes from (房屋漏水维修), when the noise happens
 * (施工噪音扰民, 噪声污染), the taxi's plate (出租车拒载绕路). Clients submit them as {@code attribute[code]=key}.
 */
public final class ServiceAttributes {

    public static final String REQUEST_TYPE = "request_type";

    private static final ServiceAttribute TYPE = ServiceAttribute.list(REQUEST_TYPE, false, 1,
            "诉求类型 (默认求助) — type of request (default HELP)", List.of(
                    new ServiceAttribute.Value("HELP", "求助"), new ServiceAttribute.Value("COMPLAINT", "投诉"),
                    new ServiceAttribute.Value("REPORT", "举报"), new ServiceAttribute.Value("SUGGESTION", "建议"),
                    new ServiceAttribute.Value("CONSULT", "咨询"), new ServiceAttribute.Value("PRAISE", "表扬")));
    private static final ServiceAttribute NOISE = ServiceAttribute.list("noise_period", true, 2,
            "噪声发生时段 — when the noise happens", List.of(new ServiceAttribute.Value("DAY", "昼间 (6:00-22:00)"),
                    new ServiceAttribute.Value("NIGHT", "夜间 (22:00-6:00)")));
    private static final Map<String, List<ServiceAttribute>> SPECIFIC = Map.of(
            "010102", List.of(ServiceAttribute.list("leak_source", true, 2, "漏水来源 — where the water comes from",
                    List.of(new ServiceAttribute.Value("UPSTAIRS", "楼上住户"), new ServiceAttribute.Value("ROOF", "屋面"),
                            new ServiceAttribute.Value("SHARED_PIPE", "公共管道")))),
            "010201", List.of(NOISE),
            "050101", List.of(NOISE),
            "030102", List.of(ServiceAttribute.string("vehicle_plate", true, 2, "车牌号 — the taxi's plate",
                    "如 粤B12345")));

    private ServiceAttributes() {
    }

    /** The attributes of a service, in their order. */
    public static List<ServiceAttribute> of(String serviceCode) {
        List<ServiceAttribute> all = new ArrayList<>();
        all.add(TYPE);
        all.addAll(SPECIFIC.getOrDefault(serviceCode, List.of()));
        return all;
    }

    /**
     * The submitted attributes checked against the service: a missing required one or a value outside a list is a 400
     * naming the attribute (never its value). Unknown codes are ignored, as GeoReport v2 clients send what they have.
     * Returns the known ones, in the service's order.
     */
    public static Map<String, String> check(String serviceCode, Map<String, String> submitted) {
        Map<String, String> accepted = new LinkedHashMap<>();
        for (ServiceAttribute a : of(serviceCode)) {
            String value = submitted.get(a.code());
            if (value == null || value.isBlank()) {
                if (a.required()) {
                    throw Open311Exception.badRequest("attribute[" + a.code() + "] is required for service "
                            + serviceCode);
                }
                continue;
            }
            if (!a.accepts(value.strip())) {
                throw Open311Exception.badRequest("attribute[" + a.code() + "] is not a value of service " + serviceCode);
            }
            accepted.put(a.code(), value.strip());
        }
        return accepted;
    }

    public static TicketType typeOf(Map<String, String> accepted) {
        return TicketType.valueOf(accepted.getOrDefault(REQUEST_TYPE, TicketType.HELP.name()));
    }

    /** The attributes as lines for the ticket's description, so the department reads them with the matter. */
    public static String describe(String serviceCode, Map<String, String> accepted) {
        StringBuilder sb = new StringBuilder();
        for (ServiceAttribute a : of(serviceCode)) {
            if (accepted.containsKey(a.code()) && !a.code().equals(REQUEST_TYPE)) {
                sb.append('\n').append(a.description().split(" — ")[0]).append(": ").append(a.label(accepted.get(a.code())));
            }
        }
        return sb.toString();
    }
}
