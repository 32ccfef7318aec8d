package org.example.gov.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.example.gov.hotline.support.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The work list's paging: newest first, the total exact below the count cap, pages beyond the cap refused (a list of
 * a million tickets is narrowed by its filters, not paged through).
 */
class TicketWorkListIntegrationTest extends HotlineIntegrationTest {

    @Test
    void newestFirstWithAnExactTotalAndNoPageBeyondTheCap() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            today("2025-11-1" + i, "10:00");
            ids.add(api.post("/api/hotline/tickets", agent, complaint("欧阳娜娜", "1391234567" + i, false)).expect(201)
                    .text("id"));
        }
        clock.reset();

        JsonNode page = api.get("/api/hotline/tickets?size=2", supervisor).expect(200).body();
        assertThat(page.path("totalElements").asLong()).isEqualTo(3);
        assertThat(page.path("totalExact").asBoolean()).isTrue();
        assertThat(page.path("content").findValuesAsString("id")).containsExactly(ids.get(2), ids.get(1));
        assertThat(api.get("/api/hotline/tickets?size=2&page=1", supervisor).expect(200).body().path("content")
                .findValuesAsString("id")).containsExactly(ids.get(0));
        assertThat(api.get("/api/hotline/tickets?status=CLOSED", supervisor).expect(200).body().path("totalElements")
                .asLong()).isZero();

        int lastPage = TicketQueryRepository.COUNT_CAP / 20 - 1;
        api.get("/api/hotline/tickets?size=20&page=" + lastPage, supervisor).expect(200);
        assertProblem(api.get("/api/hotline/tickets?size=20&page=" + (lastPage + 1), supervisor), 400, "PAGE_TOO_DEEP");
    }
}
