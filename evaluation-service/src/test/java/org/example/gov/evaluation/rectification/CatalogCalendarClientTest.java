package org.example.gov.evaluation.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.LocalDate;

import org.example.gov.platform.problem.DependencyUnavailableException;
import org.junit.jupiter.api.Test;

class CatalogCalendarClientTest {

    @Test
    void fiveWorkingDaysFrom26SeptemberSpanNationalDayAndEndOn10October() {
        try (CalendarStub stub = CalendarStub.start()) {
            WorkingDays days = new CatalogCalendarClient(stub.url());
            assertThat(days.addWorkingDays(LocalDate.parse("2025-09-26"), 5)).isEqualTo(LocalDate.parse("2025-10-10"));
        }
    }

    @Test
    void anUnreachableCatalogIsA503() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        WorkingDays days = new CatalogCalendarClient("http://127.0.0.1:" + port);
        assertThatThrownBy(() -> days.addWorkingDays(LocalDate.parse("2025-09-26"), 5))
                .isInstanceOfSatisfying(DependencyUnavailableException.class, e -> assertThat(e.status()).isEqualTo(503));
    }
}
