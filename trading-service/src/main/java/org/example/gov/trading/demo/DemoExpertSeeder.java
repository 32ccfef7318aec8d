package org.example.gov.trading.demo;

import java.util.List;
import java.util.Set;

import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.PersonName;
import org.example.gov.platform.personal.PhoneNumber;
import org.example.gov.trading.expert.Expert;
import org.example.gov.trading.expert.ExpertLevel;
import org.example.gov.trading.expert.ExpertPoolService;
import org.example.gov.trading.expert.ExpertProfile;
import org.example.gov.trading.scoring.EvaluationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The five demo experts of the gateway's local users
 * (expert1..expert5, role EXPERT) registered in the pool by trader1 — specialty {@value #SPECIALTY}, region 440300,
 * fictitious ID numbers — and their logins linked, so a committee drawn with that specialty and region seats them and
 * they can score online. Once: skipped when expert1 is already linked. Run at start-up of the local run only, before
 * the trading demo ({@link DemoTenderSeeding}).
 */
@Component
public class DemoExpertSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoExpertSeeder.class);
    static final String SPECIALTY = "A01";
    static final List<String> NAMES = List.of("评审专家一", "评审专家二", "评审专家三", "评审专家四", "评审专家五");

    private final ExpertPoolService pool;
    private final EvaluationService evaluations;
    private final JdbcClient jdbc;

    DemoExpertSeeder(ExpertPoolService pool, EvaluationService evaluations, JdbcClient jdbc) {
        this.pool = pool;
        this.evaluations = evaluations;
        this.jdbc = jdbc;
    }

    /** @return whether it seeded (false: already there, or failed — logged) */
    public boolean seedIfAbsent() {
        try {
            if (jdbc.sql("SELECT COUNT(*) FROM expert_account WHERE subject = 'expert1'").query(Long.class).single() > 0) {
                return false;
            }
            for (int i = 0; i < NAMES.size(); i++) {
                Expert e = pool.register(PersonName.of(NAMES.get(i)), IdCardNumber.of(idNumber(i + 1)),
                        PhoneNumber.of("1390000000" + (i + 1)), new ExpertProfile(Set.of(SPECIALTY),
                                DemoTenderSeeder.REGION, ExpertLevel.SENIOR, "demo-expert-firm-" + (i + 1), Set.of(),
                                Set.of(), null), DemoTenderSeeder.STAFF);
                evaluations.linkAccount(e.id(), "expert" + (i + 1), DemoTenderSeeder.STAFF);
            }
            log.info("Demo data: experts expert1..expert5 registered (specialty {}, region {}) and linked",
                    SPECIALTY, DemoTenderSeeder.REGION);
            return true;
        } catch (RuntimeException e) {
            log.warn("Demo data: seeding the demo experts failed", e);
            return false;
        }
    }

    /** A fictitious 440300 number born 1970-01-0n with its ISO 7064 MOD 11-2 check character. */
    static String idNumber(int n) {
        String first17 = "44030019700101" + "90" + n;
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
