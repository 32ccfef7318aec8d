package org.example.gov.trading.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.example.gov.trading.client.BidDocument.Item;
import org.example.gov.trading.client.BidDocument.Price;
import org.example.gov.trading.client.DecryptionFailure.Reason;
import org.junit.jupiter.api.Test;

class SealedBidTest {

    private final String lot = Bids.lot();
    private final BidDocument document = Bids.document(lot);

    @Test
    void sealUnwrapDecryptGivesTheDocumentBack() throws Exception {
        var sealed = SealedBid.fromJson(BidSealer.seal(document, Bids.BIDDER.getPublic()).toJson());

        var key = BidUnlocker.unwrapKey(sealed, Bids.BIDDER.getPrivate());

        assertThat(key).hasSize(16);
        assertThat(BidOpening.decrypt(sealed, key, lot)).isEqualTo(document);
        assertThat(BidOpening.decrypt(sealed, BidOpening.decodeKey(Base64.getEncoder().encodeToString(key)), lot))
                .isEqualTo(document);
    }

    @Test
    void anotherBiddersPrivateKeyCannotUnwrap() {
        var sealed = BidSealer.seal(document, Bids.BIDDER.getPublic());

        assertThatThrownBy(() -> BidUnlocker.unwrapKey(sealed, Bids.OTHER_BIDDER.getPrivate()))
                .isInstanceOfSatisfying(DecryptionFailure.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PRIVATE_KEY));
    }

    @Test
    void oneFlippedCiphertextBitIsATagMismatch() throws Exception {
        var sealed = BidSealer.seal(document, Bids.BIDDER.getPublic());
        var key = BidUnlocker.unwrapKey(sealed, Bids.BIDDER.getPrivate());
        var ciphertext = sealed.ciphertext();
        ciphertext[ciphertext.length / 2] ^= 0x01;
        var tampered = new SealedBid(sealed.iv(), ciphertext, sealed.wrappedKey());

        assertThatThrownBy(() -> BidOpening.decrypt(tampered, key, lot))
                .isInstanceOfSatisfying(DecryptionFailure.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TAG_MISMATCH);
                    assertThat(e.reason().bidderFault()).isTrue();
                });
    }

    @Test
    void aWrongKeyIsATagMismatch() {
        var sealed = BidSealer.seal(document, Bids.BIDDER.getPublic());

        assertThatThrownBy(() -> BidOpening.decrypt(sealed, new byte[16], lot))
                .isInstanceOfSatisfying(DecryptionFailure.class, e -> assertThat(e.reason()).isEqualTo(Reason.TAG_MISMATCH));
    }

    @Test
    void aBidSealedForLotADoesNotOpenForLotB() throws Exception {
        var sealed = BidSealer.seal(document, Bids.BIDDER.getPublic());
        var key = BidUnlocker.unwrapKey(sealed, Bids.BIDDER.getPrivate());

        assertThatThrownBy(() -> BidOpening.decrypt(sealed, key, Bids.lot()))
                .isInstanceOfSatisfying(DecryptionFailure.class, e -> assertThat(e.reason()).isEqualTo(Reason.TAG_MISMATCH));
    }

    @Test
    void everySealHasAFreshKeyAndIv() throws Exception {
        var first = BidSealer.seal(document, Bids.BIDDER.getPublic());
        var second = BidSealer.seal(document, Bids.BIDDER.getPublic());

        assertThat(first.iv()).isNotEqualTo(second.iv());
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThat(first.wrappedKey()).isNotEqualTo(second.wrappedKey());
        assertThat(BidUnlocker.unwrapKey(first, Bids.BIDDER.getPrivate()))
                .isNotEqualTo(BidUnlocker.unwrapKey(second, Bids.BIDDER.getPrivate()));
    }

    @Test
    void theEnvelopeCarriesNoLotBidderNorPriceInClear() {
        var json = new String(BidSealer.seal(document, Bids.BIDDER.getPublic()).toJson(), StandardCharsets.UTF_8);

        assertThat(json).contains("\"format\":\"gov-sealed-bid/1\"", "\"cipher\":\"SM4/GCM/NoPadding\"")
                .doesNotContain(lot, "bidder1", "price", "1234567.89", "投标文件");
    }

    @Test
    void anInvalidDocumentIsNeverSealed() {
        var wrongTotal = new BidDocument(lot, "bidder1", new Price("CNY", new BigDecimal("1.00"),
                List.of(new Item("a", new BigDecimal("2.00")))), "a.pdf", new byte[] { 1 });

        assertThatThrownBy(() -> BidSealer.seal(wrongTotal, Bids.BIDDER.getPublic()))
                .isInstanceOfSatisfying(InvalidBidDocument.class, e -> assertThat(e.rule()).isEqualTo(InvalidBidDocument.Rule.TOTAL_MISMATCH));
    }

    /** About one SM4-GCM ciphertext in a hundred starts like JSON; without the re-seal the server would refuse it. */
    @Test
    void noSealedBidIsEverRefusedAsPlaintext() {
        for (int i = 0; i < 500; i++) {
            var sealed = BidSealer.seal(document, Bids.BIDDER.getPublic());
            assertThat(EnvelopeCheck.looksLikePlaintext(sealed.ciphertext())).isFalse();
        }
    }

    @Test
    void theOpeningRefusesACiphertextThatIsNotTheReceiptedOneAsThePlatformsFault() throws Exception {
        var sealed = BidSealer.seal(document, Bids.BIDDER.getPublic());
        var key = BidUnlocker.unwrapKey(sealed, Bids.BIDDER.getPrivate());
        var receiptKeys = BidderKeys.generate();
        var other = BidSealer.seal(document, Bids.BIDDER.getPublic());
        var receipt = new ReceiptSigner("k1", receiptKeys.getPrivate()).sign("bid-1", lot, other, Instant.now());

        assertThatThrownBy(() -> BidOpening.open(sealed, key, receipt, "bidder1"))
                .isInstanceOfSatisfying(DecryptionFailure.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CIPHERTEXT_HASH_MISMATCH);
                    assertThat(e.reason().bidderFault()).isFalse();
                });
    }

    @Test
    void theOpeningChecksTheDocumentIsTheSubmittingBidders() throws Exception {
        var sealed = BidSealer.seal(document, Bids.BIDDER.getPublic());
        var key = BidUnlocker.unwrapKey(sealed, Bids.BIDDER.getPrivate());
        var receipt = new ReceiptSigner("k1", BidderKeys.generate().getPrivate()).sign("bid-1", lot, sealed, Instant.now());

        assertThat(BidOpening.open(sealed, key, receipt, "bidder1")).isEqualTo(document);
        assertThatThrownBy(() -> BidOpening.open(sealed, key, receipt, "bidder2"))
                .isInstanceOfSatisfying(DecryptionFailure.class, e -> assertThat(e.reason()).isEqualTo(Reason.BIDDER_MISMATCH));
    }

    @Test
    void aSubmittedKeyMustBeBase64Of16Bytes() {
        assertThatThrownBy(() -> BidOpening.decodeKey("not base64!"))
                .isInstanceOfSatisfying(DecryptionFailure.class, e -> assertThat(e.reason()).isEqualTo(Reason.KEY_NOT_BASE64));
        assertThatThrownBy(() -> BidOpening.decodeKey(Base64.getEncoder().encodeToString(new byte[15])))
                .isInstanceOfSatisfying(DecryptionFailure.class, e -> assertThat(e.reason()).isEqualTo(Reason.KEY_LENGTH));
        assertThatThrownBy(() -> BidOpening.decrypt(BidSealer.seal(document, Bids.BIDDER.getPublic()), new byte[32], lot))
                .isInstanceOfSatisfying(DecryptionFailure.class, e -> assertThat(e.reason()).isEqualTo(Reason.KEY_LENGTH));
    }

    @Test
    void aDecryptedPlaintextThatIsNoBidDocumentIsMalformed() {
        assertThat(openCrafted("just text".getBytes(StandardCharsets.UTF_8), lot)).isEqualTo(Reason.MALFORMED_PLAINTEXT);
    }

    @Test
    void aDecryptedDocumentBreakingARuleIsInvalid() {
        var json = new String(document.toJson(), StandardCharsets.UTF_8).replace("\"total\":\"1234567.89\"", "\"total\":\"1.00\"");

        assertThat(openCrafted(json.getBytes(StandardCharsets.UTF_8), lot)).isEqualTo(Reason.INVALID_DOCUMENT);
    }

    @Test
    void aDocumentNamingAnotherLotThanItsAadIsALotMismatch() {
        assertThat(openCrafted(Bids.document(Bids.lot()).toJson(), lot)).isEqualTo(Reason.LOT_MISMATCH);
    }

    /** Encrypts any plaintext for the lot, bypassing the sealer's validation, and returns why it does not open. */
    private static Reason openCrafted(byte[] plaintext, String lotId) {
        var key = new byte[16];
        Arrays.fill(key, (byte) 7);
        var iv = new byte[12];
        var ciphertext = Sm4Gcm.encrypt(key, iv, lotId.getBytes(StandardCharsets.UTF_8), plaintext);
        try {
            BidOpening.decrypt(new SealedBid(iv, ciphertext, new byte[113]), key, lotId);
            throw new AssertionError("it opened");
        } catch (DecryptionFailure e) {
            return e.reason();
        }
    }
}
