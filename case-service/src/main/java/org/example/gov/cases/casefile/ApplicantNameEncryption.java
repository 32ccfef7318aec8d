package org.example.gov.cases.casefile;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Encrypts applicant names still stored in clear and re-encrypts those under an older key (key rotation: set the new
 * key current, keep the old one until this job has run), while the service keeps serving: bounded batches in id
 * order, each row updated only if nobody changed it meanwhile (compare-and-set on the stored text), so every replica
 * may run it at once.
 */
@Component
class ApplicantNameEncryption {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(ApplicantNameEncryption.class);

    private final JdbcClient jdbc;
    private final ApplicantNameCipher names;

    ApplicantNameEncryption(JdbcClient jdbc, ApplicantNameCipher names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    private record Row(String id, String stored) {
    }

    @Scheduled(initialDelayString = "${platform.cases.applicant-name-encryption.initial-delay:PT20S}",
            fixedDelayString = "${platform.cases.applicant-name-encryption.interval:PT10M}")
    void run() {
        try {
            int changed = encryptAll();
            if (changed > 0) {
                log.info("Encrypted or re-encrypted {} applicant name(s) under the current key", changed);
            }
        } catch (RuntimeException e) {
            log.warn("Applicant name encryption failed; retried at the next run: {}", e.toString());
        }
    }

    /** @return how many rows it changed */
    int encryptAll() {
        int changed = 0;
        String after = "";
        for (List<Row> rows; !(rows = page(after)).isEmpty(); after = rows.getLast().id()) {
            for (Row row : rows) {
                if (names.needsWork(row.stored())) {
                    changed += jdbc.sql("UPDATE case_file SET applicant_name = :sealed WHERE id = :id AND applicant_name = :stored")
                            .param("sealed", names.reseal(row.stored())).param("id", row.id()).param("stored", row.stored())
                            .update();
                }
            }
        }
        return changed;
    }

    private List<Row> page(String after) {
        return jdbc.sql("SELECT id, applicant_name FROM case_file WHERE id > :after ORDER BY id LIMIT :limit")
                .param("after", after).param("limit", BATCH)
                .query((rs, n) -> new Row(rs.getString("id"), rs.getString("applicant_name"))).list();
    }
}
