package org.example.gov.trading.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The canonical order of expert ids, the order of every pool snapshot; no Spring, no DB. */
class ExpertIdTest {

    /** Half of random UUIDs have the sign bit set in a half: the case UUID.compareTo orders differently from its text. */
    @Test
    void expertIdsAreOrderedAsTheirCanonicalText() {
        Random random = new Random(4);
        List<ExpertId> byCompareTo = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            byCompareTo.add(new ExpertId(new UUID(random.nextLong(), random.nextLong())));
        }
        List<ExpertId> byText = new ArrayList<>(byCompareTo);
        byCompareTo.sort(null);
        byText.sort(Comparator.comparing(ExpertId::toString));
        assertThat(byCompareTo).containsExactlyElementsOf(byText);
        ExpertId low = ExpertId.of("7fffffff-ffff-ffff-7fff-ffffffffffff");
        ExpertId high = ExpertId.of("80000000-0000-0000-8000-000000000000");
        assertThat(low.compareTo(high)).isNegative();
        assertThat(high.compareTo(low)).isPositive();
        assertThat(ExpertId.of("80000000-0000-0000-0000-000000000001")
                .compareTo(ExpertId.of("80000000-0000-0000-8000-000000000000"))).isNegative();
        assertThat(high.compareTo(ExpertId.of(high.toString()))).isZero();
    }
}
