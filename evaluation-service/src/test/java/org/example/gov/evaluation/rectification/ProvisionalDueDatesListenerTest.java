package org.example.gov.evaluation.rectification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.platform.calendar.ProvisionalRecount;
import org.junit.jupiter.api.Test;

class ProvisionalDueDatesListenerTest {

    final RectificationService rectification = mock(RectificationService.class);
    final RegionalCalendars calendars = RegionalCalendars.empty();

    @Test
    void aPassVisitsEveryProvisionalTicketOnceInPagesEvenThoseThatStayProvisionalOrFail() {
        when(rectification.withProvisionalDueDate(null, ProvisionalRecount.BATCH)).thenReturn(List.of("a", "b"));
        when(rectification.withProvisionalDueDate("b", ProvisionalRecount.BATCH)).thenReturn(List.of("c"));
        when(rectification.withProvisionalDueDate("c", ProvisionalRecount.BATCH)).thenReturn(List.of());
        when(rectification.recomputeDueDate("a", calendars)).thenThrow(new IllegalStateException("lock wait timeout"));
        when(rectification.recomputeDueDate("b", calendars)).thenReturn(false); // its year is still not loaded
        when(rectification.recomputeDueDate("c", calendars)).thenReturn(true);

        new ProvisionalDueDatesListener(rectification).calendarChanged(calendars);

        for (String id : List.of("a", "b", "c")) {
            verify(rectification, times(1)).recomputeDueDate(eq(id), any());
        }
        verify(rectification, times(3)).withProvisionalDueDate(any(), eq(ProvisionalRecount.BATCH));
    }
}
