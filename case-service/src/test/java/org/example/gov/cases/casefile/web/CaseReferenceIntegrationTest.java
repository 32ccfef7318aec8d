package org.example.gov.cases.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.example.gov.cases.support.CaseIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A case by number for a 12345 ticket: the hotline agent of the case's region (or above) and the case's own applicant
 * get its reference facts; anyone else gets 404 like an unknown number; no personal data either way.
 */
class CaseReferenceIntegrationTest extends CaseIntegrationTest {

    final String agent = TestTokens.shared().mint("agent1", "440300", "市12345热线中心", "HOTLINE_AGENT");
    final String guangzhouAgent = TestTokens.shared().mint("agent-gz", "440100", "市12345热线中心", "HOTLINE_AGENT");

    @Test
    void theCentreOfTheCasesRegionAndTheApplicantThemselfLookACaseUpByNumber() {
        String id = submitOnline(CATALOG.item("440300", 5));
        String number = api.get("/api/cases/" + id, applicant).expect(200).text("caseNumber");

        ApiClient.Response byAgent = api.get("/api/cases/references/" + number, agent).expect(200);
        assertThat(byAgent.text("caseId")).isEqualTo(id);
        assertThat(byAgent.text("department")).isEqualTo("市市场监督管理局");
        assertThat(byAgent.text("region")).isEqualTo("440300");
        assertThat(byAgent.body().path("viewerIsApplicant").asBoolean()).isFalse();
        assertThat(byAgent.raw()).doesNotContain("applicant1", "身份证", "idNumber", "phone");

        assertThat(api.get("/api/cases/references/" + number, applicant).expect(200).body().path("viewerIsApplicant")
                .asBoolean()).isTrue();

        assertThat(api.get("/api/cases/references/" + number, guangzhouAgent).expect(404).text("code"))
                .isEqualTo("CASE_NOT_FOUND");
        api.get("/api/cases/references/" + number, otherApplicant).expect(404);
        api.get("/api/cases/references/" + number, clerk).expect(403);
        assertThat(api.get("/api/cases/references/20250101-AAAAAAAA", agent).expect(404).text("code"))
                .isEqualTo("CASE_NOT_FOUND");
        api.get("/api/cases/references/not-a-number", agent).expect(400);
    }
}
