package org.example.gov.cases.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.example.gov.cases.casefile.CaseEvents;
import org.example.gov.cases.support.CaseIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestApplicants;
import org.example.gov.testsupport.Contracts;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.Test;

/** 一件事: one application, one sub-case per item and department, complete when all sub-cases have ended. */
class BundleIntegrationTest extends CaseIntegrationTest {

    @Test
    void aBundleApplicationMakesOneSubCasePerItemAndCompletesWhenTheLastEnds() {
        String bundleId = UUID.randomUUID().toString();
        String instantItem = "instant" + UUID.randomUUID().toString().substring(7); // ids are 36 characters
        String promisedItem = UUID.randomUUID().toString();
        String withdrawnItem = UUID.randomUUID().toString();
        CATALOG.route("/api/catalog/bundles/" + bundleId, """
                {"id":"%s","code":"YJS-CSX-440300","name":"新生儿出生一件事","region":"440300","status":"PUBLISHED",
                 "items":[{"itemId":"%s","code":"A","name":"出生医学证明","department":"市卫生健康委员会","inForce":true},
                          {"itemId":"%s","code":"B","name":"户口登记","department":"市公安局","inForce":true},
                          {"itemId":"%s","code":"C","name":"社保卡申领","department":"市人力资源和社会保障局","inForce":true},
                          {"itemId":"%s","code":"D","name":"已废止事项","department":"市医疗保障局","inForce":false}]}"""
                .formatted(bundleId, instantItem, promisedItem, withdrawnItem, UUID.randomUUID()));

        ApiClient.Response applied = api.post("/api/cases/bundle-applications", applicant,
                "{\"bundleId\":\"" + bundleId + "\",\"applicant\":{" + TestApplicants.CONTACT + "}}").expect(201);
        String applicationId = applied.text("id");
        assertThat(applied.body().path("subCases")).hasSize(3);
        // each sub-case is pinned to its own item (the stub gives every item the same department)
        assertThat(applied.body().path("subCases").findValuesAsString("caseNumber")).doesNotHaveDuplicates();
        List<String> caseIds = applied.body().path("subCases").findValuesAsString("caseId");

        for (String id : caseIds.subList(0, 2)) {
            api.post("/api/cases/" + id + "/reception", clerk, null).expect(200);
            api.post("/api/cases/" + id + "/acceptance", clerk, null).expect(200);
        }
        ApiClient.Response view = api.get("/api/cases/bundle-applications/" + applicationId, applicant).expect(200);
        assertThat(view.body().path("subCases").findValuesAsString("dueDate")).hasSize(3);
        assertThat(api.get("/api/cases/bundle-applications/" + applicationId, otherApplicant).status()).isEqualTo(404);

        for (String id : caseIds.subList(0, 2)) {
            api.post("/api/cases/" + id + "/decision", approver, "{\"outcome\":\"APPROVED\"}").expect(200);
            api.post("/api/cases/" + id + "/delivery", clerk, "{\"method\":\"WINDOW_PICKUP\"}").expect(200);
            api.post("/api/cases/" + id + "/closure", clerk, null).expect(200);
        }
        assertThat(api.get("/api/cases/bundle-applications/" + applicationId, applicant).expect(200).text("status"))
                .isEqualTo("OPEN");
        api.post("/api/cases/" + caseIds.get(2) + "/withdrawal", applicant, null).expect(200);

        assertThat(api.get("/api/cases/bundle-applications/" + applicationId, applicant).expect(200).text("status"))
                .isEqualTo("COMPLETED");
        List<EventProbe.Event> completed = EventProbe.await(SharedInfrastructure.kafka().bootstrapServers(),
                CaseEvents.TOPIC, e -> applicationId.equals(e.key()), Duration.ofSeconds(20));
        assertThat(completed).singleElement().satisfies(e -> Contracts.assertValid(e.type(), e.data()));
    }

    @Test
    void anUnknownBundleAnswers422AndCreatesNothing() {
        long before = countCases();
        CATALOG.route("/api/catalog/bundles/draft-bundle", """
                {"id":"draft-bundle","code":"X","name":"草稿","region":"440300","status":"DRAFT","items":[]}""");
        assertThat(api.post("/api/cases/bundle-applications", applicant, "{\"bundleId\":\"draft-bundle\",\"applicant\":{" + TestApplicants.CONTACT + "}}").expect(422)
                .text("code")).isEqualTo("BUNDLE_NOT_PUBLISHED");
        assertThat(countCases()).isEqualTo(before);
    }
}
