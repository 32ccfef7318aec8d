package org.example.gov.trading.deposit;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.example.gov.platform.personal.crypto.BlindIndex;
import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.example.gov.trading.tender.LotId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Deposits in table {@code bid_deposit}, sealed like guarantees and downloads (a deposit links a bidder to a lot before
 * the deadline, and its paying account is a collusion signal): the whole payment is one SM4-GCM {@code sealed} document;
 * in clear only the id, a blind tag of lot|bidder ({@code holder_tag}), the stage and the refund's due date, which is
 * set only after the award (no longer secret then) and lets the overdue list be a query. Listing a lot's deposits
 * decrypts the open ones and keeps the lot's. Nothing here logs.
 */
@Repository
public class DepositRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final BlindIndex tags;
    private final PersonalDataCipher cipher;

    public DepositRepository(JdbcClient jdbc, JsonMapper json, BlindIndex tags, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.json = json;
        this.tags = tags;
        this.cipher = cipher;
    }

    public void save(DepositPayment d) {
        DepositPayment.Snapshot s = d.snapshot();
        String sealed = cipher.encrypt(json.writeValueAsString(s.withRowVersion(0)));
        Date due = s.refundDue() == null ? null : Date.valueOf(s.refundDue());
        if (d.isNew()) {
            jdbc.sql("""
                    INSERT INTO bid_deposit (id, holder_tag, status, refund_due, sealed, row_version)
                    VALUES (:id, :holderTag, :status, :due, :sealed, 0)""")
                    .param("id", s.id().toString()).param("holderTag", holderTag(s.lotId(), s.bidder()))
                    .param("status", s.status().name()).param("due", due).param("sealed", sealed).update();
            return;
        }
        int updated = jdbc.sql("""
                UPDATE bid_deposit SET status = :status, refund_due = :due, sealed = :sealed,
                       row_version = row_version + 1
                WHERE id = :id AND row_version = :rowVersion""")
                .param("id", s.id().toString()).param("status", s.status().name()).param("due", due)
                .param("sealed", sealed).param("rowVersion", s.rowVersion()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("deposit " + s.id() + " was changed concurrently");
        }
    }

    public Optional<DepositPayment> find(DepositId id) {
        return jdbc.sql("SELECT sealed, row_version FROM bid_deposit WHERE id = :id").param("id", id.toString())
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).optional();
    }

    public Optional<DepositPayment> findForUpdate(DepositId id) {
        return jdbc.sql("SELECT sealed, row_version FROM bid_deposit WHERE id = :id FOR UPDATE")
                .param("id", id.toString()).query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).optional();
    }

    /** A bidder's own deposits on a lot. */
    public List<DepositPayment> held(LotId lot, String bidder) {
        return jdbc.sql("SELECT sealed, row_version FROM bid_deposit WHERE holder_tag = :tag")
                .param("tag", holderTag(lot, bidder)).query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).list();
    }

    /** The lot's deposits still PAID (not yet scheduled). Call only once the lot's deadline has passed. */
    public List<DepositPayment> unscheduled(LotId lot) {
        return jdbc.sql("SELECT sealed, row_version FROM bid_deposit WHERE status = :status")
                .param("status", DepositStatus.PAID.name())
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).list().stream()
                .filter(d -> d.lotId().equals(lot)).toList();
    }

    /** Scheduled refunds whose last day is before {@code today}, most overdue first. */
    public List<DepositPayment> overdue(LocalDate today, int page, int size) {
        return jdbc.sql("""
                SELECT sealed, row_version FROM bid_deposit WHERE status = :status AND refund_due < :today
                ORDER BY refund_due, id LIMIT :size OFFSET :offset""")
                .param("status", DepositStatus.REFUND_SCHEDULED.name()).param("today", Date.valueOf(today))
                .param("size", size).param("offset", page * size)
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).list();
    }

    private DepositPayment restore(String sealed, long rowVersion) {
        DepositPayment.Snapshot s = json.readValue(cipher.decrypt(sealed), DepositPayment.Snapshot.class);
        return DepositPayment.restore(s.withRowVersion(rowVersion));
    }

    private String holderTag(LotId lot, String bidder) {
        return tags.of("deposit-holder|" + lot + "|" + bidder);
    }
}
