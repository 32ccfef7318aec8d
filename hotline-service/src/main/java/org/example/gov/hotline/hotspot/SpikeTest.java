package org.example.gov.hotline.hotspot;

/**
 * Whether one day's count of a category in a region is a spike against its trailing days (未诉先办: act on a surge
 * before the complaints pile up), by a one-sided Poisson test.
 *
 * <p>Tickets of one category in one region arrive independently at a rate that the trailing {@code n} days estimate
 * (default n = 28, four whole weeks so that weekdays and weekends weigh alike). With {@code c} tickets in those days the
 * expected count of a day is
 *
 * <pre>   λ = (c + 1) / n</pre>
 *
 * (one ticket added so that a category never seen before has a small positive rate instead of zero, which would make
 * any single ticket infinitely unlikely). The day's count {@code k} is a spike when
 *
 * <pre>   k ≥ minCount   and   p = P(X ≥ k | X ~ Poisson(λ)) = Σ_{i≥k} e^(−λ) λ^i / i!  &lt;  significance</pre>
 *
 * (defaults minCount = 5, significance = 0.001): the minimum keeps two or three calls of a rare matter from raising
 * warnings, the significance is the sensitivity — lower it for fewer, surer warnings. The tail is summed upwards from
 * k in log space, so it stays accurate where 1 − P(X &lt; k) would cancel to zero.
 */
public record SpikeTest(int trailingDays, int minCount, double significance) {

    public static final SpikeTest DEFAULT = new SpikeTest(28, 5, 0.001);

    public SpikeTest {
        if (trailingDays < 7 || minCount < 1 || !(significance > 0 && significance < 1)) {
            throw new IllegalArgumentException("invalid hotspot test: trailing days ≥ 7, min count ≥ 1, 0 < significance < 1");
        }
    }

    /** λ: the expected count of one day after {@code trailingCount} tickets in the trailing days. */
    public double expected(long trailingCount) {
        return (trailingCount + 1.0) / trailingDays;
    }

    /** The verdict for a day with {@code dayCount} tickets after {@code trailingCount} in the trailing days. */
    public Verdict judge(long dayCount, long trailingCount) {
        double lambda = expected(trailingCount);
        double p = upperTail(dayCount, lambda);
        return new Verdict(dayCount >= minCount && p < significance, lambda, p);
    }

    /** P(X ≥ k) for X ~ Poisson(λ), λ &gt; 0. */
    static double upperTail(long k, double lambda) {
        if (k <= 0) {
            return 1.0;
        }
        double logFactorial = 0;
        for (long i = 2; i <= k; i++) {
            logFactorial += Math.log(i);
        }
        double term = Math.exp(-lambda + k * Math.log(lambda) - logFactorial);
        double sum = 0;
        for (long i = k; term > 0; i++) {
            sum += term;
            term *= lambda / (i + 1);
            if (i > lambda && term < sum * 1e-17) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }

    /** A spike or not, with the expected count and the p-value it was judged on. */
    public record Verdict(boolean spike, double expected, double pValue) {
    }
}
