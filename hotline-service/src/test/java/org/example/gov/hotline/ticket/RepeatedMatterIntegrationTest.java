package org.example.gov.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** 重复件 after closure: the same caller's same matter, closed within the window, with nothing new, is not accepted. */
class RepeatedMatterIntegrationTest extends HotlineIntegrationTest {

    final String agent2 = TestTokens.shared().mint("agent2", "440300", "市12345热线中心", "HOTLINE_AGENT");

    @Test
    void theSameCallersClosedMatterWithNothingNewIsRefusedWithThePreviousAnswerWithinThirtyDays() {
        today("2026-03-02", "10:00");
        String phone = "139" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        String article = api.post("/api/hotline/knowledge/articles", agent, """
                {"title":"人才公寓申请条件","body":"本科以上学历、在本市缴纳社保即可申请","categoryCode":"010103"}""")
                .expect(201).text("id");
        api.post("/api/hotline/knowledge/articles/" + article + "/publication", agent2, null).expect(200);
        ApiClient.Response first = api.post("/api/hotline/tickets", agent, consult(phone, "010103", null)).expect(201);
        api.post("/api/hotline/tickets/" + first.text("id") + "/direct-answer", agent,
                "{\"articleId\":\"" + article + "\"}").expect(200);
        long before = countTickets();

        today("2026-03-20", "10:00");
        // written differently (+86, spaces): the blind index is of the normalised number
        ApiClient.Response refused = api.post("/api/hotline/tickets", agent,
                consult("+86 " + phone.substring(0, 3) + " " + phone.substring(3), "010103", false));
        assertProblem(refused, 422, "REPEATED_MATTER");
        assertThat(refused.text("previousTicketNumber")).isEqualTo(first.text("number"));
        assertThat(refused.text("previousReply")).contains("人才公寓申请条件", article);
        assertThat(countTickets()).isEqualTo(before);

        // another category or another caller: a ticket as usual
        api.post("/api/hotline/tickets", agent, consult(phone, "010101", false)).expect(201);
        api.post("/api/hotline/tickets", agent, consult("13600136000", "010103", false)).expect(201);

        // past the 30-day window the matter is taken again; a call about it while that ticket is open is merged
        today("2026-04-02", "10:00");
        String second = api.post("/api/hotline/tickets", agent, consult(phone, "010103", false)).expect(201).text("id");
        assertThat(api.post("/api/hotline/tickets", agent, consult(phone, "010103", false)).expect(200).text("id"))
                .isEqualTo(second);

        // closed again: within the window, something new (the default) is a new ticket, nothing new is refused
        api.post("/api/hotline/tickets/" + second + "/direct-answer", agent, "{\"articleId\":\"" + article + "\"}")
                .expect(200);
        assertProblem(api.post("/api/hotline/tickets", agent, consult(phone, "010103", false)), 422, "REPEATED_MATTER");
        api.post("/api/hotline/tickets", agent, consult(phone, "010103", null)).expect(201);
    }

    private static String consult(String phone, String category, Boolean newFacts) {
        return """
                {"channel":"PHONE","type":"CONSULT","categoryCode":"%s",
                 "location":{"region":"440304","address":"福田区莲花街道"},"description":"人才公寓怎么申请",
                 "caller":{"name":"钱七","phone":"%s"}%s}"""
                .formatted(category, phone, newFacts == null ? "" : ",\"newFacts\":" + newFacts);
    }
}
