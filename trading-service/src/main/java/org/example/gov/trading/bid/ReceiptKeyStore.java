package org.example.gov.trading.bid;

import java.security.KeyPair;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.example.gov.trading.client.BidderKeys;
import org.example.gov.trading.client.ReceiptKey;
import org.example.gov.trading.client.ReceiptSigner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The receipt key kept in the database when none is configured (V10's receipt_key: why there, and why sealed). The
 * first start generates it; a concurrent first start of another replica loses the insert race and reads the winner's.
 */
@Repository
public class ReceiptKeyStore {

    static final String LOCAL_KEY_ID = "platform-local-1";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public ReceiptKeyStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public ReceiptKeys loadOrGenerate(Instant now) {
        if (jdbc.sql("SELECT COUNT(*) FROM receipt_key WHERE key_id = ?").param(LOCAL_KEY_ID).query(Long.class).single() == 0) {
            KeyPair pair = BidderKeys.generate();
            jdbc.sql("""
                    INSERT IGNORE INTO receipt_key (key_id, private_key, public_key, created_at)
                    VALUES (:id, :private, :public, :at)""")
                    .param("id", LOCAL_KEY_ID).param("private", cipher.encrypt(BidderKeys.toPem(pair.getPrivate())))
                    .param("public", BidderKeys.toPem(pair.getPublic())).param("at", Timestamp.from(now)).update();
        }
        String sealedPrivate = jdbc.sql("SELECT private_key FROM receipt_key WHERE key_id = ?").param(LOCAL_KEY_ID)
                .query(String.class).single();
        List<ReceiptKey> published = jdbc.sql("SELECT key_id, public_key FROM receipt_key ORDER BY created_at")
                .query((rs, n) -> new ReceiptKey(rs.getString(1), BidderKeys.readPublicKey(rs.getString(2)))).list();
        return new ReceiptKeys(new ReceiptSigner(LOCAL_KEY_ID, BidderKeys.readPrivateKey(cipher.decrypt(sealedPrivate))),
                published);
    }
}
