package org.example.gov.trading.integrity;

import java.sql.Timestamp;
import java.util.Optional;

import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.example.gov.trading.tender.LotId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The latest collusion analysis per lot (V51), sealed: its evidence quotes addresses and accounts. */
@Repository
public class CollusionRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonalDataCipher cipher;

    public CollusionRepository(JdbcClient jdbc, JsonMapper json, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.json = json;
        this.cipher = cipher;
    }

    public void save(CollusionAnalysis a) {
        jdbc.sql("""
                INSERT INTO collusion_analysis (lot_id, analysed_at, sealed) VALUES (:lot, :at, :sealed)
                ON DUPLICATE KEY UPDATE analysed_at = VALUES(analysed_at), sealed = VALUES(sealed)""")
                .param("lot", a.lotId()).param("at", Timestamp.from(a.analysedAt()))
                .param("sealed", cipher.encrypt(json.writeValueAsString(a))).update();
    }

    public Optional<CollusionAnalysis> find(LotId lot) {
        return jdbc.sql("SELECT sealed FROM collusion_analysis WHERE lot_id = :lot").param("lot", lot.toString())
                .query(String.class).optional().map(s -> json.readValue(cipher.decrypt(s), CollusionAnalysis.class));
    }

    /** The analysis locked for this transaction (two recomputations of one lot run one after the other). */
    public Optional<CollusionAnalysis> lock(LotId lot) {
        return jdbc.sql("SELECT sealed FROM collusion_analysis WHERE lot_id = :lot FOR UPDATE")
                .param("lot", lot.toString()).query(String.class).optional()
                .map(s -> json.readValue(cipher.decrypt(s), CollusionAnalysis.class));
    }
}
