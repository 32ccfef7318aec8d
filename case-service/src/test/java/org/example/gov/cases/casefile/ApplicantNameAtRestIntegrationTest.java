package org.example.gov.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.example.gov.cases.support.CaseIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12: the applicant's name is never readable in the case table (SM4-GCM with its key id), rows from before are
 * encrypted by the job while the service serves them, and staff see it masked.
 */
class ApplicantNameAtRestIntegrationTest extends CaseIntegrationTest {

    @Autowired
    ApplicantNameEncryption encryption;

    @Test
    void theNameIsEncryptedInTheTableAndMaskedForStaff() {
        String id = api.post("/api/cases", clerk, """
                {"itemId":"%s","channel":"WINDOW","applicant":{"id":"citizen-77","name":"欧阳娜娜"}}"""
                .formatted(UUID.randomUUID())).expect(201).text("id");

        String stored = storedName(id);
        assertThat(stored).startsWith("v1:").doesNotContain("欧阳", "娜娜");
        ApiClient.Response asStaff = api.get("/api/cases/" + id, supervisor).expect(200);
        assertThat(asStaff.text("applicantName")).isEqualTo("欧阳**");
        assertThat(api.get("/api/cases?size=200", clerk).expect(200).body().path("content").findValuesAsString("applicantName"))
                .doesNotContain("欧阳娜娜").contains("欧阳**");
    }

    @Test
    void aNameStoredInClearBeforeIsEncryptedByTheJobAndReadTheSameMeanwhile() {
        String id = submitOnline(UUID.randomUUID().toString());
        jdbc.sql("UPDATE case_file SET applicant_name = '张三' WHERE id = :id").param("id", id).update(); // as before V9
        assertThat(api.get("/api/cases/" + id, applicant).expect(200).text("applicantName")).isEqualTo("张三");

        assertThat(encryption.encryptAll()).isGreaterThanOrEqualTo(1);

        assertThat(storedName(id)).startsWith("v1:").doesNotContain("张三");
        assertThat(api.get("/api/cases/" + id, applicant).expect(200).text("applicantName")).isEqualTo("张三");
        assertThat(encryption.encryptAll()).as("nothing left to do").isZero();
    }

    private String storedName(String id) {
        return jdbc.sql("SELECT applicant_name FROM case_file WHERE id = :id").param("id", id).query(String.class).single();
    }
}
