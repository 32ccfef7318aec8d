package org.example.gov.trading.guarantee;

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
 * Guarantees in table {@code bid_guarantee}, sealed like the download register ({@code tender/DownloadRegister}),
 * because a guarantee links a bidder to a lot, as secret as a bid until the deadline: the whole guarantee is one
 * SM4-GCM {@code sealed} document under the personal-data key; the clear columns are only the platform id, the
 * guarantor (it knows its own guarantees; their number says nothing of any lot), the stage and two HMAC-SM3 blind tags
 * — {@code number_tag} (guarantor|number: finds a push or a presentation by the guarantor's number) and
 * {@code holder_tag} (lot|bidder: finds a bidder's own guarantees on a lot). There is no lot column and no time
 * column: nothing in the table groups or counts a lot's guarantees. Listing a lot's guarantees (after its deadline
 * only, which the service checks) decrypts the open ones and keeps the lot's. Nothing here logs.
 */
@Repository
public class GuaranteeRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final BlindIndex tags;
    private final PersonalDataCipher cipher;

    public GuaranteeRepository(JdbcClient jdbc, JsonMapper json, BlindIndex tags, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.json = json;
        this.tags = tags;
        this.cipher = cipher;
    }

    public void save(Guarantee g) {
        Guarantee.Snapshot s = g.snapshot();
        String sealed = cipher.encrypt(json.writeValueAsString(s.withRowVersion(0)));
        if (g.isNew()) {
            jdbc.sql("""
                    INSERT INTO bid_guarantee (id, guarantor, number_tag, holder_tag, status, sealed, row_version)
                    VALUES (:id, :guarantor, :numberTag, :holderTag, :status, :sealed, 0)""")
                    .param("id", s.id().toString()).param("guarantor", s.guarantor())
                    .param("numberTag", numberTag(s.guarantor(), s.number()))
                    .param("holderTag", holderTag(s.lotId(), s.bidder())).param("status", s.status().name())
                    .param("sealed", sealed).update();
            return;
        }
        int updated = jdbc.sql("""
                UPDATE bid_guarantee SET status = :status, sealed = :sealed, row_version = row_version + 1
                WHERE id = :id AND row_version = :rowVersion""")
                .param("id", s.id().toString()).param("status", s.status().name()).param("sealed", sealed)
                .param("rowVersion", s.rowVersion()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("guarantee " + s.id() + " was changed concurrently");
        }
    }

    public Optional<Guarantee> find(GuaranteeId id) {
        return one("SELECT sealed, row_version FROM bid_guarantee WHERE id = :v", id.toString());
    }

    public Optional<Guarantee> findForUpdate(GuaranteeId id) {
        return one("SELECT sealed, row_version FROM bid_guarantee WHERE id = :v FOR UPDATE", id.toString());
    }

    /** The guarantee this guarantor issued under this number, if any. */
    public Optional<Guarantee> byNumber(String guarantor, String number) {
        return one("SELECT sealed, row_version FROM bid_guarantee WHERE number_tag = :v", numberTag(guarantor, number));
    }

    /** A bidder's own guarantees on a lot. */
    public List<Guarantee> held(LotId lot, String bidder) {
        return jdbc.sql("SELECT sealed, row_version FROM bid_guarantee WHERE holder_tag = :tag")
                .param("tag", holderTag(lot, bidder)).query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).list();
    }

    /** Every guarantee of a lot in one of these stages. Call only once the lot's deadline has passed. */
    public List<Guarantee> ofLot(LotId lot, List<GuaranteeStatus> stages) {
        return jdbc.sql("SELECT sealed, row_version FROM bid_guarantee WHERE status IN (:stages)")
                .param("stages", stages.stream().map(Enum::name).toList())
                .query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).list().stream()
                .filter(g -> g.lotId().equals(lot)).toList();
    }

    private Optional<Guarantee> one(String sql, String value) {
        return jdbc.sql(sql).param("v", value).query((rs, n) -> restore(rs.getString(1), rs.getLong(2))).optional();
    }

    private Guarantee restore(String sealed, long rowVersion) {
        Guarantee.Snapshot s = json.readValue(cipher.decrypt(sealed), Guarantee.Snapshot.class);
        return Guarantee.restore(s.withRowVersion(rowVersion));
    }

    private String numberTag(String guarantor, String number) {
        return tags.of("guarantee-number|" + guarantor + "|" + number);
    }

    private String holderTag(LotId lot, String bidder) {
        return tags.of("guarantee-holder|" + lot + "|" + bidder);
    }
}
