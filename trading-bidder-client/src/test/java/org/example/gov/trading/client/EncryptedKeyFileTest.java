package org.example.gov.trading.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedKeyFileTest {

    private static final char[] PASSWORD = "投标口令-secret".toCharArray();

    @TempDir
    Path dir;

    @Test
    void aPasswordProtectedKeyReadsBackWithItsPasswordOnly() throws Exception {
        var keys = Bids.BIDDER;
        BidderKeys.write(keys, dir, PASSWORD);
        var pem = Files.readString(dir.resolve(BidderKeys.PRIVATE_KEY_FILE));

        assertThat(pem).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(BidderKeys.isEncrypted(pem)).isTrue();
        assertThat(BidderKeys.readPrivateKey(pem, PASSWORD).getEncoded()).isEqualTo(keys.getPrivate().getEncoded());
        assertThatThrownBy(() -> BidderKeys.readPrivateKey(pem, "wrong".toCharArray())).hasMessageContaining("wrong password");
        assertThatThrownBy(() -> BidderKeys.readPrivateKey(pem)).hasMessageContaining("password-protected");
    }

    /** The file openssl writes with: openssl pkcs8 -topk8 -v2 sm4-cbc -v2prf hmacWithSHA256 (a throwaway test key). */
    @Test
    void opensslsSm4EncryptedKeyOpensABidSealedToItsPublicKey() throws Exception {
        var privatePem = resource("openssl/sm2-encrypted-private.pem");
        var publicKey = BidderKeys.readPublicKey(resource("openssl/sm2-public.pem"));
        var lot = Bids.lot();
        var sealed = BidSealer.seal(Bids.document(lot), publicKey);

        var key = BidUnlocker.unwrapKey(sealed, BidderKeys.readPrivateKey(privatePem, PASSWORD));

        assertThat(BidOpening.decrypt(sealed, key, lot)).isEqualTo(Bids.document(lot));
    }

    @Test
    void anEmptyPasswordIsRefused() {
        assertThatThrownBy(() -> BidderKeys.toEncryptedPem(Bids.BIDDER.getPrivate(), new char[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String resource(String name) throws Exception {
        try (var in = EncryptedKeyFileTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
