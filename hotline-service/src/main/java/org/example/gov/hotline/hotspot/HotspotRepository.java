package org.example.gov.hotline.hotspot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.example.gov.hotline.ticket.Page;
import org.example.gov.platform.scope.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts by category × region over {@code ticket} (read only; computed, not maintained: the statistics index covers a
 * day's GROUP BY and the category-region-time index one pair's trailing days) and the stored warnings.
 */
@Repository
public class HotspotRepository {

    private final JdbcClient jdbc;

    public HotspotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The (category, region) pairs with at least {@code minCount} tickets received in [from, to). */
    public List<DayCount> countsFrom(Instant from, Instant to, int minCount) {
        return jdbc.sql("""
                SELECT category_code, region, COUNT(*) AS n FROM ticket
                WHERE received_at >= :from AND received_at < :to
                GROUP BY category_code, region HAVING COUNT(*) >= :min""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("min", minCount)
                .query((rs, n) -> new DayCount(rs.getString("category_code"), rs.getString("region"), rs.getLong("n")))
                .list();
    }

    /** One category's tickets in one region received in [from, to). */
    public long count(String categoryCode, String region, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM ticket WHERE category_code = :category AND region = :region
                   AND received_at >= :from AND received_at < :to""")
                .param("category", categoryCode).param("region", region).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).query(Long.class).single();
    }

    public boolean raised(String categoryCode, String region, LocalDate day) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM hotspot_warning WHERE category_code = :category AND region = :region AND day = :day""")
                .param("category", categoryCode).param("region", region).param("day", Date.valueOf(day))
                .query(Long.class).single() > 0;
    }

    /** Stores a warning; a concurrent scan storing the same (category, region, day) fails on the unique key. */
    public void insert(HotspotWarning w) {
        jdbc.sql("""
                INSERT INTO hotspot_warning (id, category_code, region, day, day_count, trailing_days, trailing_count,
                                             expected, p_value, detected_at)
                VALUES (:id, :category, :region, :day, :count, :trailingDays, :trailingCount, :expected, :p, :at)""")
                .param("id", w.id()).param("category", w.categoryCode()).param("region", w.region())
                .param("day", Date.valueOf(w.day())).param("count", w.dayCount()).param("trailingDays", w.trailingDays())
                .param("trailingCount", w.trailingCount())
                .param("expected", BigDecimal.valueOf(w.expected()).setScale(4, RoundingMode.HALF_UP))
                .param("p", w.pValue()).param("at", Timestamp.from(w.detectedAt())).update();
    }

    /** The warnings of the regions in {@code scope} for days in [from, to], newest first. */
    public Page<HotspotWarning> list(Scope scope, LocalDate from, LocalDate to, int page, int size) {
        Scope.SqlCondition located = scope.where("h.region", "NULL");
        Map<String, Object> params = new HashMap<>(located.params());
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        String where = " WHERE " + located.sql() + " AND h.day BETWEEN :from AND :to";
        long total = jdbc.sql("SELECT COUNT(*) FROM hotspot_warning h" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<HotspotWarning> content = jdbc.sql("SELECT h.* FROM hotspot_warning h" + where
                + " ORDER BY h.day DESC, h.p_value, h.id LIMIT :limit OFFSET :offset").params(params).query(this::map)
                .list();
        return new Page<>(content, page, size, total);
    }

    private HotspotWarning map(ResultSet rs, int row) throws SQLException {
        return new HotspotWarning(rs.getString("id"), rs.getString("category_code"), rs.getString("region"),
                rs.getDate("day").toLocalDate(), rs.getInt("day_count"), rs.getInt("trailing_days"),
                rs.getLong("trailing_count"), rs.getBigDecimal("expected").doubleValue(), rs.getDouble("p_value"),
                rs.getTimestamp("detected_at").toInstant());
    }

    /** A day's count of one category in one region. */
    public record DayCount(String categoryCode, String region, long count) {
    }
}
