package org.example.gov.hotline.category;

import static org.assertj.core.api.Assertions.assertThat;

import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The category tree is loadable by provincial supervisors; tickets are filed under active leaves only. */
class CategoryIntegrationTest extends HotlineIntegrationTest {

    final String provincialSupervisor = TestTokens.shared().mint("supervisor-gd", "440000", "省政务服务数据管理局",
            "SUPERVISOR");

    @Test
    void aProvincialSupervisorLoadsAndRetiresBranchesAndIntakeFollows() {
        assertProblem(api.put("/api/hotline/categories", supervisor, "{\"categories\":[{\"code\":\"07\",\"name\":\"教育\"}]}"),
                403, "CATEGORY_TREE_IS_PROVINCIAL");
        assertProblem(api.put("/api/hotline/categories", provincialSupervisor,
                "{\"categories\":[{\"code\":\"080101\",\"name\":\"孤儿节点\"}]}"), 422, "CATEGORY_PARENT_UNKNOWN");
        assertProblem(api.put("/api/hotline/categories", provincialSupervisor,
                "{\"categories\":[{\"code\":\"0701\",\"name\":\"\"}]}"), 400, null);

        api.put("/api/hotline/categories", provincialSupervisor, """
                {"categories":[{"code":"070101","name":"校外培训退费"},{"code":"07","name":"教育"},
                               {"code":"0701","name":"校外培训"}]}""").expect(200);
        assertThat(api.get("/api/hotline/categories", applicant).expect(200).body().findValuesAsString("code"))
                .contains("07", "0701", "070101");
        String ticket = complaint("张三", "13800138000", false).replace("010102", "070101");
        api.post("/api/hotline/tickets", agent, ticket).expect(201);

        api.put("/api/hotline/categories", provincialSupervisor, "{\"categories\":[{\"code\":\"0701\",\"name\":\"校外培训\",\"active\":false}]}")
                .expect(200);
        assertThat(api.get("/api/hotline/categories", agent).expect(200).body().findValuesAsString("code"))
                .contains("07").doesNotContain("0701", "070101");
        assertProblem(api.post("/api/hotline/tickets", agent, ticket), 400, "CATEGORY_UNKNOWN");
    }
}
