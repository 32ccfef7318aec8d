package org.example.gov.trading.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

/** The canonical form of a draw's pool and the hash that names it; no Spring, no DB. */
class PoolSnapshotTest {

    static List<ExpertId> sortedIds(int n, long seed) {
        Random random = new Random(seed);
        List<ExpertId> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(new ExpertId(new UUID(random.nextLong(), random.nextLong())));
        }
        ids.sort(null);
        return ids;
    }

    static String sm3(String text) {
        SM3Digest sm3 = new SM3Digest();
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        sm3.update(bytes, 0, bytes.length);
        byte[] out = new byte[32];
        sm3.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    @Test
    void theHashIsTheSm3OfTheStoredTextOneIdPerLine() {
        PoolSnapshot s = PoolSnapshot.of(sortedIds(50, 1));
        assertThat(s.canonicalText().lines().toList())
                .containsExactlyElementsOf(s.ids().stream().map(ExpertId::toString).toList());
        assertThat(s.canonicalText()).endsWith("\n");
        assertThat(s.hash()).isEqualTo(sm3(s.canonicalText())).isEqualTo(CommitteeDraw.poolHash(s.ids()));
    }

    @Test
    void aStoredTextReadsBackUnderItsHash() {
        PoolSnapshot s = PoolSnapshot.of(sortedIds(30, 2));
        PoolSnapshot read = PoolSnapshot.stored(s.hash(), s.canonicalText());
        assertThat(read.ids()).containsExactlyElementsOf(s.ids());
        assertThat(PoolSnapshot.stored(PoolSnapshot.of(List.of()).hash(), "").ids()).isEmpty();
    }

    @Test
    void aStoredTextThatIsNotItsHashsContentIsRefused() {
        PoolSnapshot s = PoolSnapshot.of(sortedIds(30, 3));
        String text = s.canonicalText();
        String dropped = text.substring(text.indexOf('\n') + 1);
        assertThatThrownBy(() -> PoolSnapshot.stored(s.hash(), dropped)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(s.hash());
        String swapped = text.replace(s.ids().get(4).toString(), ExpertId.newId().toString());
        assertThatThrownBy(() -> PoolSnapshot.stored(s.hash(), swapped)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PoolSnapshot.stored(s.hash(), text.stripTrailing()))
                .isInstanceOf(IllegalStateException.class);
    }
}
