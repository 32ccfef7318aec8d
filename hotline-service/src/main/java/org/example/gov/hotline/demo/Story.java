package org.example.gov.hotline.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.hotline.category.Category;
import org.example.gov.hotline.ticket.Channel;
import org.example.gov.hotline.ticket.TicketType;
import org.example.gov.hotline.ticket.Urgency;

/** What one demo call is about: when, where, through which channel, which kind of demand, how urgent. */
record Story(Instant receivedAt, DemoReference.District district, Channel channel, TicketType type,
        String categoryCode, Urgency urgency, String description) {

    /** The noise complaints of today's hotspot: 南山, 噪声污染, during the day so far. */
    static final String SPIKE_CATEGORY = "050101";

    /** A call of the past {@value DemoTicketSeeder#DAYS} days, mostly in office hours, mixed as a centre sees them. */
    static Story random(Random random, Instant now, List<Category> leaves) {
        Instant day = ShanghaiDate.of(now).minusDays(random.nextInt(DemoTicketSeeder.DAYS))
                .atTime(8, 0).atZone(ShanghaiDate.ZONE).toInstant();
        Instant at = day.plus(Duration.ofMinutes(random.nextInt(12 * 60)));
        if (at.isAfter(now)) {
            at = now.minus(Duration.ofMinutes(1 + random.nextInt(60)));
        }
        Category category = leaves.get(random.nextInt(leaves.size()));
        int roll = random.nextInt(100);
        TicketType type = roll < 35 ? TicketType.CONSULT : roll < 60 ? TicketType.COMPLAINT : roll < 75 ? TicketType.HELP
                : roll < 83 ? TicketType.REPORT : roll < 95 ? TicketType.SUGGESTION : TicketType.PRAISE;
        int urgencyRoll = random.nextInt(100);
        Urgency urgency = urgencyRoll < 2 ? Urgency.EMERGENCY : urgencyRoll < 8 ? Urgency.URGENT : Urgency.NORMAL;
        Channel channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
        DemoReference.District district = DemoReference.DISTRICTS.get(random.nextInt(DemoReference.DISTRICTS.size()));
        return new Story(at, district, channel, type, category.code(), urgency,
                describe(type, category.name(), district.name()));
    }

    /** One of today's spike: a complaint about night noise near the same street in 南山. */
    static Story spike(Random random, Instant now) {
        Instant start = ShanghaiDate.of(now).atTime(0, 0).atZone(ShanghaiDate.ZONE).toInstant();
        long minutes = Math.max(1, Duration.between(start, now).toMinutes());
        Instant at = start.plus(Duration.ofMinutes(random.nextLong(minutes)));
        DemoReference.District nanshan = DemoReference.DISTRICTS.stream()
                .filter(d -> d.code().equals("440305")).findFirst().orElseThrow();
        return new Story(at, nanshan, Channel.PHONE, TicketType.COMPLAINT, SPIKE_CATEGORY, Urgency.NORMAL,
                "南山区粤海街道科技园附近通宵施工机械噪声扰民，严重影响休息");
    }

    /** The channels in the proportions of a big city's centre: mostly the phone. */
    private static final List<Channel> CHANNELS = List.of(Channel.PHONE, Channel.PHONE, Channel.PHONE, Channel.PHONE,
            Channel.PHONE, Channel.WEB, Channel.WECHAT, Channel.APP, Channel.SMS, Channel.MAILBOX);

    private static String describe(TicketType type, String category, String district) {
        return switch (type) {
            case CONSULT -> "咨询" + category + "相关政策和办理流程";
            case COMPLAINT -> "投诉" + district + category + "问题长期未解决";
            case HELP -> "求助：" + district + category + "，希望尽快协调处理";
            case REPORT -> "举报" + district + "存在" + category + "违法行为";
            case SUGGESTION -> "建议改进" + district + category + "相关工作";
            case PRAISE -> "表扬工作人员处理" + category + "问题热情高效";
        };
    }
}
