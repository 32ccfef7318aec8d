package org.example.gov.cases.casefile;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Key rotation and late encryption of the applicant's personal data in {@code case_file} (name, identity card number,
 * phone): encrypts names still stored in clear and re-encrypts every value under an older key, while the service
 * keeps serving. Rotation: give every replica the new key next to the old one, then make the new one current (new
 * rows use it at once), let this job run, and only then drop the old key. Bounded batches in id order, each column
 * updated only if nobody changed it meanwhile (compare-and-set on the stored text), so every replica may run it at
 * once. The blind indexes do not change: they use the index key, which does not rotate with the SM4 keys.
 */
@Component
class ApplicantDataEncryption {

    static final int BATCH = 500;
    /** The encrypted columns; the names are constants, never input. */
    private static final List<String> COLUMNS = List.of("applicant_name", "applicant_id_number", "applicant_phone");
    private static final Logger log = LoggerFactory.getLogger(ApplicantDataEncryption.class);

    private final JdbcClient jdbc;
    private final ApplicantDataCipher data;

    ApplicantDataEncryption(JdbcClient jdbc, ApplicantDataCipher data) {
        this.jdbc = jdbc;
        this.data = data;
    }

    private record Row(String id, List<String> stored) {
    }

    @Scheduled(initialDelayString = "${platform.cases.applicant-data-encryption.initial-delay:PT20S}",
            fixedDelayString = "${platform.cases.applicant-data-encryption.interval:PT10M}")
    void run() {
        try {
            int changed = encryptAll();
            if (changed > 0) {
                log.info("Encrypted or re-encrypted {} applicant value(s) under the current key", changed);
            }
        } catch (RuntimeException e) {
            log.warn("Applicant data encryption failed; retried at the next run: {}", e.toString());
        }
    }

    /** @return how many values it changed */
    int encryptAll() {
        int changed = 0;
        String after = "";
        for (List<Row> rows; !(rows = page(after)).isEmpty(); after = rows.getLast().id()) {
            for (Row row : rows) {
                for (int i = 0; i < COLUMNS.size(); i++) {
                    String stored = row.stored().get(i);
                    if (data.needsWork(stored)) {
                        String column = COLUMNS.get(i);
                        changed += jdbc.sql("UPDATE case_file SET " + column + " = :sealed WHERE id = :id AND " + column + " = :stored")
                                .param("sealed", data.reseal(stored)).param("id", row.id()).param("stored", stored).update();
                    }
                }
            }
        }
        return changed;
    }

    private List<Row> page(String after) {
        return jdbc.sql("SELECT id, " + String.join(", ", COLUMNS) + " FROM case_file WHERE id > :after ORDER BY id LIMIT :limit")
                .param("after", after).param("limit", BATCH)
                .query((rs, n) -> {
                    List<String> stored = new ArrayList<>(COLUMNS.size()); // nulls allowed: not collected on old rows
                    for (String column : COLUMNS) {
                        stored.add(rs.getString(column));
                    }
                    return new Row(rs.getString("id"), stored);
                }).list();
    }
}
