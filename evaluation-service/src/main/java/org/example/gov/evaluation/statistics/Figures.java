package org.example.gov.evaluation.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The 好差评 figures of one group (a month, hall, department, item, staff member or channel) in a period. Counts are
 * additive across groups; rates are derived:
 * <ul>
 * <li>participation (参评率) = rated services / services offered a rating in the period (online invitations and
 * window occurrences, by when they were offered); one that expired unrated stays in the denominator, never as good;</li>
 * <li>good rate (好评率) and bad rate = good or bad ratings / ratings, both without the ratings whose appeal was upheld;</li>
 * <li>on-time rectification (整改率) = tickets answered within their deadline / tickets answered or past their
 * deadline; real-name call-back = tickets called back / tickets; upheld appeals are left out of both.</li>
 * </ul>
 */
public record Figures(String key, long services, long ratedServices, long expired, long ratings, long excluded, long good, long bad,
        long tickets, long ticketsDue, long ticketsOnTime, long calledBack) {

    public Figures plus(Figures o) {
        return new Figures(key, services + o.services, ratedServices + o.ratedServices, expired + o.expired, ratings + o.ratings, excluded + o.excluded,
                good + o.good, bad + o.bad, tickets + o.tickets, ticketsDue + o.ticketsDue,
                ticketsOnTime + o.ticketsOnTime, calledBack + o.calledBack);
    }

    public Figures withKey(String newKey) {
        return new Figures(newKey, services, ratedServices, expired, ratings, excluded, good, bad, tickets, ticketsDue, ticketsOnTime,
                calledBack);
    }

    public static Figures empty(String key) {
        return new Figures(key, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Ratings that count for the good and bad rates (upheld appeals excluded). */
    public long counted() {
        return ratings - excluded;
    }

    public BigDecimal participationRate() {
        return rate(ratedServices, services);
    }

    public BigDecimal goodRate() {
        return rate(good, counted());
    }

    public BigDecimal badRate() {
        return rate(bad, counted());
    }

    public BigDecimal onTimeRectificationRate() {
        return rate(ticketsOnTime, ticketsDue);
    }

    public BigDecimal callBackRate() {
        return rate(calledBack, tickets);
    }

    /** Null when there is nothing to divide by (no services, no ratings, no tickets). */
    static BigDecimal rate(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
