package org.example.gov.trading.tender;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.example.gov.platform.personal.crypto.BlindIndex;
import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register of document downloads (招标文件获取), sealed until the bid deadline (DOMAIN.md §7). A row is
 * {@code entry_tag} = HMAC-SM3(lot|bidder) under the platform's blind-index key, and {@code sealed} = SM4-GCM of
 * "lot|bidder|time|client" under the personal-data key (platform-core personal/crypto, with its key rotation): a reader
 * of the table can neither tell a lot's rows apart from another's nor learn a bidder. Listing a lot's downloads
 * (after its deadline only, which {@code TenderService} checks) decrypts the register and keeps that lot's rows —
 * deliberately no per-lot column, since any such column would count a lot's downloads for whoever reads the table.
 * Nothing here logs.
 */
@Repository
public class DownloadRegister {

    private final JdbcClient jdbc;
    private final BlindIndex tags;
    private final PersonalDataCipher cipher;

    public DownloadRegister(JdbcClient jdbc, BlindIndex tags, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.tags = tags;
        this.cipher = cipher;
    }

    /** A bidder's download of a lot's documents; a repeat keeps the first one. @return the entry tag */
    public String register(LotId lot, String bidder, Instant at, String clientAddress) {
        String tag = tags.of("download|" + lot + "|" + bidder);
        String sealed = cipher.encrypt(lot + "|" + bidder + "|" + at + "|" + (clientAddress == null ? "" : clientAddress));
        jdbc.sql("INSERT IGNORE INTO document_download (entry_tag, sealed) VALUES (:tag, :sealed)")
                .param("tag", tag).param("sealed", sealed).update();
        return tag;
    }

    /** This bidder's own download of this lot, if any (their own question, found by tag, decrypted for them only). */
    public java.util.Optional<Download> find(LotId lot, String bidder) {
        return jdbc.sql("SELECT sealed FROM document_download WHERE entry_tag = :tag")
                .param("tag", tags.of("download|" + lot + "|" + bidder)).query(String.class).optional()
                .map(cipher::decrypt).map(DownloadRegister::parse);
    }

    /** Everyone who downloaded the lot's documents, first first. Call only once the deadline has passed. */
    public List<Download> of(LotId lot) {
        String prefix = lot + "|";
        return jdbc.sql("SELECT sealed FROM document_download").query(String.class).list().stream()
                .map(cipher::decrypt).filter(plain -> plain.startsWith(prefix))
                .map(DownloadRegister::parse)
                .sorted(Comparator.comparing(Download::at)).toList();
    }

    private static Download parse(String plain) {
        String[] parts = plain.split("\\|", -1);
        return new Download(parts[1], Instant.parse(parts[2]), parts[3].isEmpty() ? null : parts[3]);
    }

    /** One registered download. */
    public record Download(String bidder, Instant at, String clientAddress) {
    }
}
