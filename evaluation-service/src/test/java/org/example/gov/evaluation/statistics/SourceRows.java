package org.example.gov.evaluation.statistics;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base-table rows written straight into the tables (as the demo loader does) for days and regions of a test's own:
 * invitations and window occurrences in every state, ratings of every level with upheld appeals, tickets in every
 * state, keys that are sometimes missing (no hall, no staff), times on the very first and last microsecond of a day.
 */
final class SourceRows {

    static final String[] DEPARTMENTS = {"市市场监督管理局", "市公安局", "市民政局"};
    static final String[] CHANNELS = {"WEB", "APP", "HOTLINE", "QR_CODE"};
    static final String[] TICKET_STATES = {"OPEN", "IN_RECTIFICATION", "FEEDBACK_PENDING", "APPEALED", "CLOSED"};

    private final JdbcClient jdbc;
    private final Random random;
    private int n;

    SourceRows(JdbcClient jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    /** {@code services} services offered on {@code day} in these regions, about half rated (some the next day). */
    void day(LocalDate day, int services, String... regions) {
        Instant start = day.atStartOfDay(StatisticsPeriod.ZONE).toInstant();
        for (int i = 0; i < services; i++) {
            Instant at = switch (i) {
                case 0 -> start;
                case 1 -> start.plus(Duration.ofDays(1)).minusNanos(1000); // 23:59:59.999999
                default -> start.plusSeconds(random.nextInt(86_400)).plusNanos(random.nextInt(1_000_000) * 1000L);
            };
            service(at, regions[random.nextInt(regions.length)]);
        }
    }

    private void service(Instant at, String region) {
        n++;
        String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
        String item = "ITEM-" + random.nextInt(3);
        String staff = random.nextInt(4) == 0 ? null : "staff-" + random.nextInt(3);
        String hall = "HALL-" + random.nextInt(2);
        String caseId = UUID.randomUUID().toString();
        String serviceId = UUID.randomUUID().toString();
        boolean onSite = random.nextBoolean();
        boolean rated = random.nextBoolean();
        String status = rated ? "RATED" : random.nextBoolean() ? "EXPIRED" : onSite ? "AWAITING_RATING" : "OPEN";
        String channel = onSite ? "WINDOW_DEVICE" : CHANNELS[random.nextInt(CHANNELS.length)];
        if (onSite) {
            jdbc.sql("""
                    INSERT INTO service_occurrence (id, case_id, case_number, applicant_id, item_code, item_name,
                        department, region, hall_code, window_id, staff_id, opened_by, opened_at, expires_at, status)
                    VALUES (?, ?, ?, 'rollup-applicant', ?, '事项', ?, ?, ?, 'W1', ?, 'clerk', ?, ?, ?)""")
                    .params(serviceId, caseId, "RU-" + n, item, department, region, hall, staff == null ? "staff-x" : staff,
                            ts(at), ts(at.plus(Duration.ofMinutes(30))), status)
                    .update();
        } else {
            jdbc.sql("""
                    INSERT INTO invitation (id, case_id, case_number, stage, applicant_id, item_code, item_name,
                        department, region, opened_at, expires_at, status, staff_id, channel)
                    VALUES (?, ?, ?, 'COMPLETION', 'rollup-applicant', ?, '事项', ?, ?, ?, ?, ?, ?, ?)""")
                    .params(serviceId, caseId, "RU-" + n, item, department, region, ts(at), ts(at.plus(Duration.ofDays(15))),
                            status, staff, channel)
                    .update();
        }
        if (rated) {
            Instant ratedAt = at.plus(Duration.ofMinutes(1 + random.nextInt(random.nextBoolean() ? 30 : 2000)));
            rating(serviceId, caseId, onSite ? "ON_SITE" : "ONLINE", 1 + random.nextInt(5), channel, department, item,
                    region, onSite ? hall : null, staff, ratedAt);
        }
    }

    private void rating(String serviceId, String caseId, String source, int level, String channel, String department,
            String item, String region, String hall, String staff, Instant ratedAt) {
        String ratingId = UUID.randomUUID().toString();
        boolean upheld = level <= 2 && random.nextInt(4) == 0;
        jdbc.sql("""
                INSERT INTO rating (id, invitation_id, source, case_id, case_number, stage, level, tags, channel, rater_id,
                    department, item_code, region, hall_code, staff_id, rated_at, excluded_from_bad_rate)
                VALUES (?, ?, ?, ?, ?, 'COMPLETION', ?, '', ?, 'rollup-applicant', ?, ?, ?, ?, ?, ?, ?)""")
                .params(ratingId, serviceId, source, caseId, "RU-" + n, level, channel, department, item, region, hall,
                        staff, ts(ratedAt), upheld)
                .update();
        if (level > 2) {
            return;
        }
        String state = upheld ? "CLOSED" : TICKET_STATES[random.nextInt(TICKET_STATES.length)];
        jdbc.sql("""
                INSERT INTO rectification_ticket (id, rating_id, case_id, case_number, level, rater_id, department,
                    item_code, opened_at, due_date, status, resolution, call_back_result, overdue, region, hall_code,
                    staff_id, channel)
                VALUES (?, ?, ?, ?, ?, 'rollup-applicant', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), ratingId, caseId, "RU-" + n, level, department, item,
                        ts(ratedAt), Date.valueOf(LocalDate.ofInstant(ratedAt, StatisticsPeriod.ZONE).plusDays(7)),
                        state, upheld ? "APPEAL_UPHELD" : state.equals("CLOSED") ? "SATISFIED" : null,
                        random.nextBoolean() ? "CONFIRMED" : null, random.nextInt(3) == 0, region, hall, staff, channel)
                .update();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
