package org.example.gov.hotline.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpikeTestTest {

    @Test
    void thePoissonUpperTailMatchesTheClosedForm() {
        // P(X ≥ 8 | λ = 1) = 1 − e^(−1)·Σ_{i<8} 1/i! = 1.0249e-5
        assertThat(SpikeTest.upperTail(8, 1.0)).isCloseTo(1.0249e-5, within(1e-8));
        // P(X ≥ 1 | λ) = 1 − e^(−λ)
        assertThat(SpikeTest.upperTail(1, 2.5)).isCloseTo(1 - Math.exp(-2.5), within(1e-12));
        assertThat(SpikeTest.upperTail(0, 2.5)).isEqualTo(1.0);
    }

    @Test
    void theTailStaysAccurateFarOut() {
        // P(X ≥ 60 | λ = 5) ≈ e^(−5)·5^60/60! ≈ 1.3e-37: 1 − CDF would be 0
        assertThat(SpikeTest.upperTail(60, 5.0)).isGreaterThan(0).isLessThan(1e-35);
    }

    @Test
    void eightTicketsAfterOneADayAreASpikeAndSixAfterFiveADayAreNot() {
        SpikeTest test = SpikeTest.DEFAULT;
        assertThat(test.judge(8, 28).spike()).isTrue();
        assertThat(test.judge(6, 140).spike()).isFalse(); // λ = 5.04: p ≈ 0.39
        assertThat(test.judge(30, 140).spike()).isTrue();
    }

    @Test
    void theMinimumCountKeepsARareMatterQuiet() {
        // never seen before (λ = 1/28) and 4 today: p ≈ 6.7e-8, but below the minimum of 5
        SpikeTest.Verdict four = SpikeTest.DEFAULT.judge(4, 0);
        assertThat(four.pValue()).isLessThan(1e-6);
        assertThat(four.spike()).isFalse();
        assertThat(SpikeTest.DEFAULT.judge(5, 0).spike()).isTrue();
    }

    @Test
    void aLowerSignificanceIsLessSensitive() {
        // 8 after 2 a day: p ≈ 0.0045
        assertThat(new SpikeTest(28, 5, 0.01).judge(8, 56).spike()).isTrue();
        assertThat(new SpikeTest(28, 5, 0.001).judge(8, 56).spike()).isFalse();
    }
}
