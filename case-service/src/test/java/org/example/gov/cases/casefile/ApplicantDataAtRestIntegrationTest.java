package org.example.gov.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.example.gov.cases.support.CaseIntegrationTest;
import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.crypto.BlindIndex;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestApplicants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12: the applicant's name, identity card number and phone are never readable in the case table (SM4-GCM with
 * the key id; blind indexes for lookups), are masked in every answer, in full only to the roles that need them and
 * then audited; rows from before are encrypted by the job while the service serves them.
 */
class ApplicantDataAtRestIntegrationTest extends CaseIntegrationTest {

    private static final String NAME = "欧阳娜娜";

    @Autowired
    ApplicantDataEncryption encryption;

    @Autowired
    BlindIndex index;

    private String windowCase(String itemId) {
        return api.post("/api/cases", clerk, """
                {"itemId":"%s","channel":"WINDOW","applicant":{"id":"citizen-77","name":"%s","idNumber":"%s","phone":"%s"}}"""
                .formatted(itemId, NAME, TestApplicants.OTHER_ID_NUMBER, TestApplicants.OTHER_PHONE)).expect(201).text("id");
    }

    @Test
    void noColumnOfTheRowHoldsTheNameTheNumberOrThePhone() {
        String id = windowCase(UUID.randomUUID().toString());

        Map<String, Object> row = jdbc.sql("SELECT * FROM case_file WHERE id = :id").param("id", id).query().singleRow();
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain("欧阳", "娜娜", TestApplicants.OTHER_ID_NUMBER, TestApplicants.OTHER_PHONE,
                        TestApplicants.OTHER_ID_NUMBER.substring(6, 14)));
        assertThat((String) row.get("applicant_id_number")).startsWith("v1:");
        assertThat((String) row.get("applicant_phone")).startsWith("v1:");
        assertThat(row.get("applicant_id_number_index")).isEqualTo(index.of(IdCardNumber.of(TestApplicants.OTHER_ID_NUMBER)));
    }

    @Test
    void everyAnswerMasksTheApplicantAndOnlyTheAuditedReadShowsThemInFull() {
        String id = windowCase(UUID.randomUUID().toString());

        ApiClient.Response asStaff = api.get("/api/cases/" + id, supervisor).expect(200);
        assertThat(asStaff.text("applicantName")).isEqualTo("欧阳**");
        assertThat(asStaff.text("applicantIdNumber")).isEqualTo("440***********1238");
        assertThat(asStaff.text("applicantPhone")).isEqualTo("139****5678");
        assertThat(api.get("/api/cases?size=200", clerk).expect(200).body().path("content").findValuesAsString("applicantName"))
                .doesNotContain(NAME).contains("欧阳**");
        assertThat(asStaff.body().toString()).doesNotContain(TestApplicants.OTHER_ID_NUMBER, TestApplicants.OTHER_PHONE);

        long auditedBefore = personalDataReads(id);
        ApiClient.Response full = api.get("/api/cases/" + id + "/applicant", clerk).expect(200);
        assertThat(full.text("name")).isEqualTo(NAME);
        assertThat(full.text("idNumber")).isEqualTo(TestApplicants.OTHER_ID_NUMBER);
        assertThat(full.text("phone")).isEqualTo(TestApplicants.OTHER_PHONE);
        assertThat(full.header("Cache-Control")).contains("no-store");
        assertThat(personalDataReads(id)).as("the clerk's full read is in the audit trail").isEqualTo(auditedBefore + 1);
        assertThat(jdbc.sql("""
                SELECT person_index FROM (SELECT subject_id, kind, person_index FROM audit_pending
                                          UNION ALL SELECT subject_id, kind, person_index FROM audit_log) a
                WHERE subject_id = :id AND kind = 'PERSONAL_DATA_READ'""").param("id", id).query(String.class).list())
                .as("found again by the person's blind index").contains(index.of(IdCardNumber.of(TestApplicants.OTHER_ID_NUMBER)));

        api.get("/api/cases/" + id + "/applicant", supervisor).expect(403); // no need: supervisors see it masked
        api.get("/api/cases/" + id + "/applicant", guangzhouClerk).expect(404); // out of scope
        assertThat(personalDataReads(id)).isEqualTo(auditedBefore + 1);
    }

    @Test
    void aSupervisorFindsWhoReadAPersonsDataByTheirNumberInOneQuery() throws Exception {
        String id = windowCase(UUID.randomUUID().toString());
        api.get("/api/cases/" + id + "/applicant", clerk).expect(200);
        String byNumber = "{\"idNumber\":\"" + TestApplicants.OTHER_ID_NUMBER + "\"}";

        List<String> readers = List.of();
        for (int i = 0; i < 50 && !readers.contains("clerk1"); i++) { // the chainer links new entries within a second
            Thread.sleep(100);
            ApiClient.Response entries = api.post("/api/cases/audit/person-entries?kind=PERSONAL_DATA_READ&size=200",
                    supervisor, byNumber).expect(200);
            readers = entries.body().findValuesAsString("actorId");
            assertThat(entries.raw()).doesNotContain(TestApplicants.OTHER_ID_NUMBER);
        }
        assertThat(readers).contains("clerk1");
        api.post("/api/cases/audit/person-entries", clerk, byNumber).expect(403);
        api.post("/api/cases/audit/person-entries", supervisor, "{\"idNumber\":\"12345\"}").expect(400);
    }

    @Test
    void theApplicantReadsTheirOwnDataWithoutAnAuditEntry() {
        String id = submitOnline(UUID.randomUUID().toString());
        long before = personalDataReads(id);
        ApiClient.Response own = api.get("/api/cases/" + id + "/applicant", applicant).expect(200);
        assertThat(own.text("idNumber")).isEqualTo(TestApplicants.ID_NUMBER);
        assertThat(own.text("phone")).isEqualTo(TestApplicants.PHONE);
        api.get("/api/cases/" + id + "/applicant", otherApplicant).expect(404);
        assertThat(personalDataReads(id)).isEqualTo(before);
    }

    @Test
    void staffFindAPersonsCasesByNumberWithinTheirScopeAndTheSearchIsAudited() {
        String id = windowCase(UUID.randomUUID().toString());
        long searchesBefore = searches();

        String byNumber = "{\"idNumber\":\"" + TestApplicants.OTHER_ID_NUMBER.toLowerCase() + "\"}"; // x or X: the same person
        List<String> found = api.post("/api/cases/applicant-search?size=200", supervisor, byNumber).expect(200)
                .body().path("content").findValuesAsString("id");
        assertThat(found).contains(id);
        assertThat(api.post("/api/cases/applicant-search?size=200", clerk, "{\"phone\":\"139 1234 5678\"}").expect(200)
                .body().path("content").findValuesAsString("id")).contains(id);
        assertThat(api.post("/api/cases/applicant-search?size=200", guangzhouClerk, byNumber).expect(200)
                .body().path("content").findValuesAsString("id")).doesNotContain(id);
        assertThat(searches()).isEqualTo(searchesBefore + 3);

        api.post("/api/cases/applicant-search", applicant, byNumber).expect(403);
        assertThat(api.post("/api/cases/applicant-search", clerk, "{}").expect(400).body().toString())
                .contains("exactly one");
    }

    @Test
    void aMistypedNumberOrPhoneIsA400NamingTheFieldAndStoresNothing() {
        long before = countCases();
        String badCheck = TestApplicants.ID_NUMBER.substring(0, 17) + "1";
        ApiClient.Response refused = api.post("/api/cases", applicant, """
                {"itemId":"%s","applicant":{"idNumber":"%s","phone":"%s"}}""".formatted(UUID.randomUUID(), badCheck,
                TestApplicants.PHONE)).expect(400);
        assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactly("applicant.idNumber");
        assertThat(refused.body().toString()).contains("check character").doesNotContain(badCheck);
        assertThat(api.post("/api/cases", applicant, """
                {"itemId":"%s","applicant":{"idNumber":"%s","phone":"12345"}}""".formatted(UUID.randomUUID(),
                TestApplicants.ID_NUMBER)).expect(400).body().path("errors").findValuesAsString("field"))
                .containsExactly("applicant.phone");
        assertThat(api.post("/api/cases", applicant, "{\"itemId\":\"" + UUID.randomUUID() + "\"}").expect(400)
                .body().path("errors").findValuesAsString("field")).containsExactly("applicant");
        assertThat(api.post("/api/cases", clerk, """
                {"itemId":"%s","applicant":{"id":"%s","name":"王五","idNumber":"%s","phone":"%s"}}""".formatted(UUID.randomUUID(),
                TestApplicants.ID_NUMBER, TestApplicants.ID_NUMBER, TestApplicants.PHONE)).expect(400).body()
                .path("errors").findValuesAsString("field")).as("an ID number as the account id").containsExactly("applicant.idNotPersonalData");
        assertThat(countCases()).isEqualTo(before);
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

    private long personalDataReads(String caseId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT subject_id, kind FROM audit_pending UNION ALL SELECT subject_id, kind FROM audit_log) a
                WHERE subject_id = :id AND kind = 'PERSONAL_DATA_READ'""").param("id", caseId).query(Long.class).single();
    }

    private long searches() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT action FROM audit_pending UNION ALL SELECT action FROM audit_log) a
                WHERE action = 'case.search-by-applicant'""").query(Long.class).single();
    }

    private String storedName(String id) {
        return jdbc.sql("SELECT applicant_name FROM case_file WHERE id = :id").param("id", id).query(String.class).single();
    }
}
