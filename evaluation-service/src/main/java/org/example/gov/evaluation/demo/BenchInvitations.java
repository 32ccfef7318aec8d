package org.example.gov.evaluation.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For bench/evaluation.sh: {@code platform.evaluation.bench-invitations} (env {@code EVALUATION_BENCH_INVITATIONS})
 * open COMPLETION invitations for applicant1, with predictable case ids {@value #CASE_ID_PREFIX}&lt;12-digit n&gt; so a
 * load generator can rate them with a body template and a counter. Inserted if absent (a restart adds none twice).
 */
@Component
@ConditionalOnExpression("${platform.evaluation.bench-invitations:0} > 0")
class BenchInvitations implements ApplicationRunner {

    static final String CASE_ID_PREFIX = "b0000000-0000-4000-8000-";
    private static final Logger log = LoggerFactory.getLogger(BenchInvitations.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int count;

    BenchInvitations(JdbcTemplate jdbc, Clock clock, @Value("${platform.evaluation.bench-invitations}") int count) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        Timestamp opened = Timestamp.from(now);
        Timestamp expires = Timestamp.from(now.plus(Duration.ofDays(30)));
        for (int from = 0; from < count; from += 500) {
            int to = Math.min(count, from + 500);
            List<Object> values = new ArrayList<>();
            for (int n = from; n < to; n++) {
                String caseId = CASE_ID_PREFIX + String.format("%012d", n);
                values.addAll(List.of(caseId, caseId, "BENCH-" + n, "COMPLETION", "applicant1", "11440300MB2C93676R-XK-001",
                        "食品经营许可证核发", "市市场监督管理局", "440300", opened, expires, "OPEN", "clerk1", "WEB"));
            }
            jdbc.update("INSERT IGNORE INTO invitation (id, case_id, case_number, stage, applicant_id, item_code, item_name,"
                    + " department, region, opened_at, expires_at, status, staff_id, channel) VALUES "
                    + String.join(",", Collections.nCopies(to - from, "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)")), values.toArray());
        }
        log.info("Benchmark: {} invitations for applicant1 ready (case ids {}000000000000...)", count, CASE_ID_PREFIX);
    }
}
