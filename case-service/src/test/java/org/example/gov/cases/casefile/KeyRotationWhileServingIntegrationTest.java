package org.example.gov.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.example.gov.cases.support.CaseIntegrationTest;
import org.example.gov.platform.personal.crypto.FileKeys;
import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.example.gov.platform.personal.crypto.PersonalDataKeys;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestApplicants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, "a key rotation re-encrypts rows while the service keeps serving; lookups by ID number still work": a new
 * SM4 key is added to the running service's key file and made current, the rotation job moves every applicant value
 * to it while another thread keeps reading the cases and searching them by identity card number, and no request
 * fails. The old key stays in the file (other test contexts of this JVM share it); in production it is removed after
 * the job has run everywhere.
 */
class KeyRotationWhileServingIntegrationTest extends CaseIntegrationTest {

    @Autowired
    PersonalDataKeys keys;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    ApplicantDataEncryption encryption;

    @Test
    void rowsMoveToTheNewKeyWhileReadsAndLookupsByNumberKeepWorking() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(submitOnline(UUID.randomUUID().toString()));
        }
        String oldKey = keys.currentKeyId();
        String newKey = "rot" + Long.toHexString(System.nanoTime());
        addCurrentKey(((FileKeys) keys).file(), newKey);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> keys.currentKeyId().equals(newKey));
        assertThat(keyIdsOf(ids.getFirst())).as("rows stay under the old key until the job moves them").contains(oldKey);

        AtomicBoolean rotating = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ApiClient reader = new ApiClient("http://127.0.0.1:" + port);
        String search = "{\"idNumber\":\"" + TestApplicants.ID_NUMBER + "\"}";
        CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
            while (rotating.get() || reads.get() < 40) {
                String id = ids.get(reads.get() % ids.size());
                boolean ok = reader.get("/api/cases/" + id, applicant).status() == 200
                        && reader.get("/api/cases/" + id + "/applicant", applicant).status() == 200
                        && reader.post("/api/cases/applicant-search?size=200", clerk, search).status() == 200;
                reads.incrementAndGet();
                if (!ok) {
                    failures.incrementAndGet();
                }
            }
        });
        int moved = encryption.encryptAll();
        rotating.set(false);
        serving.get();

        assertThat(failures).as("requests failing during the rotation").hasValue(0);
        assertThat(moved).isGreaterThanOrEqualTo(ids.size() * 3);
        for (String id : ids) {
            assertThat(keyIdsOf(id)).containsOnly(newKey);
        }
        List<String> found = api.post("/api/cases/applicant-search?size=200", clerk, search).expect(200)
                .body().path("content").findValuesAsString("id");
        assertThat(found).as("the blind index does not change with the SM4 key").containsAll(ids);
        assertThat(api.get("/api/cases/" + ids.getFirst() + "/applicant", applicant).expect(200).text("idNumber"))
                .isEqualTo(TestApplicants.ID_NUMBER);
        assertThat(keyIdsOf(submitOnline(UUID.randomUUID().toString()))).containsOnly(newKey);
    }

    private List<String> keyIdsOf(String caseId) {
        Map<String, Object> row = jdbc.sql("SELECT applicant_name, applicant_id_number, applicant_phone FROM case_file WHERE id = :id")
                .param("id", caseId).query().singleRow();
        return row.values().stream().map(stored -> cipher.keyIdOf((String) stored)).toList();
    }

    /** Adds a key and makes it current, replacing the file in one move so no reader sees half of it. */
    private static void addCurrentKey(Path file, String keyId) throws Exception {
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        String content = Files.readString(file).replaceAll("(?m)^current=.*$", "current=" + keyId)
                + "key." + keyId + "=" + Base64.getEncoder().encodeToString(key) + "\n";
        Path temporary = Files.createTempFile(file.getParent(), ".rotation", ".tmp");
        Files.writeString(temporary, content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 2_000));
    }
}
