package org.example.gov.trading.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.List;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.example.gov.trading.client.InvalidReceipt.Reason;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    private static final java.security.KeyPair PLATFORM = BidderKeys.generate();
    private static final java.security.KeyPair PLATFORM_PREVIOUS = BidderKeys.generate();

    private final String lot = Bids.lot();
    private final SealedBid sealed = BidSealer.seal(Bids.document(lot), Bids.BIDDER.getPublic());
    private final ReceiptSigner signer = new ReceiptSigner("receipt-2026", PLATFORM.getPrivate());
    private final ReceiptVerifier verifier = new ReceiptVerifier(List.of(new ReceiptKey("receipt-2026", PLATFORM.getPublic()),
            new ReceiptKey("receipt-2025", PLATFORM_PREVIOUS.getPublic())));
    private final Receipt receipt = signer.sign("7f0c6f5e-0000-4000-8000-000000000001", lot, sealed,
            Instant.parse("2026-12-04T04:45:00.123456Z"));

    @Test
    void aSignedReceiptVerifiesForItsEnvelopeAndLot() {
        assertThat(receipt.ciphertextSm3()).isEqualTo(Sm3.hex(sealed.ciphertext())).hasSize(64).isLowerCase();
        assertThat(receipt.receivedAt()).isEqualTo("2026-12-04T04:45:00.123Z");
        assertThatCode(() -> verifier.verify(receipt, sealed, lot)).doesNotThrowAnyException();
        assertThatCode(() -> verifier.verify(Receipt.fromJson(receipt.toJson()), sealed, lot)).doesNotThrowAnyException();
    }

    @Test
    void theCanonicalStringIsTheDesigns() {
        assertThat(new String(receipt.canonical(), StandardCharsets.UTF_8)).isEqualTo("gov-bid-receipt/1\n"
                + "7f0c6f5e-0000-4000-8000-000000000001\n" + lot + "\n" + sealed.ciphertextSm3() + "\n"
                + "2026-12-04T04:45:00.123Z\nreceipt-2026");
    }

    @Test
    void receivedAtAlwaysHasMilliseconds() {
        assertThat(Receipt.formatReceivedAt(Instant.parse("2026-12-04T04:45:00Z"))).isEqualTo("2026-12-04T04:45:00.000Z");
    }

    @Test
    void theSignatureIsStandardSm3WithSm2() throws Exception {
        var jca = Signature.getInstance("SM3withSM2", new BouncyCastleProvider());
        jca.initVerify(PLATFORM.getPublic());
        jca.update(receipt.canonical());

        assertThat(jca.verify(receipt.signature())).isTrue();
    }

    @Test
    void everyTamperedFieldFailsTheSignature() {
        var s = receipt.signature();
        assertThat(reason(new Receipt("7f0c6f5e-0000-4000-8000-000000000002", lot, receipt.ciphertextSm3(), receipt.receivedAt(), receipt.keyId(), s)))
                .isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(reason(new Receipt(receipt.bidId(), Bids.lot(), receipt.ciphertextSm3(), receipt.receivedAt(), receipt.keyId(), s)))
                .isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(reason(new Receipt(receipt.bidId(), lot, Sm3.hex(new byte[1]), receipt.receivedAt(), receipt.keyId(), s)))
                .isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(reason(new Receipt(receipt.bidId(), lot, receipt.ciphertextSm3(), "2026-12-04T04:44:59.123Z", receipt.keyId(), s)))
                .isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(reason(new Receipt(receipt.bidId(), lot, receipt.ciphertextSm3(), receipt.receivedAt(), "receipt-2025", s)))
                .isEqualTo(Reason.BAD_SIGNATURE);
        var json = new String(receipt.toJson(), StandardCharsets.UTF_8).replace(".123Z", ".124Z");
        assertThat(reason(Receipt.fromJson(json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void aKeyThePlatformDoesNotPublishIsUnknown() {
        var forged = new ReceiptSigner("receipt-forged", BidderKeys.generate().getPrivate()).sign("b", lot, sealed, Instant.now());

        assertThat(reason(forged)).isEqualTo(Reason.UNKNOWN_KEY);
    }

    @Test
    void aReceiptForAnotherCiphertextOrLotIsRefused() {
        var other = BidSealer.seal(Bids.document(lot), Bids.BIDDER.getPublic());

        assertThat(catchThrowableOfType(InvalidReceipt.class, () -> verifier.verify(receipt, other)).reason())
                .isEqualTo(Reason.CIPHERTEXT_MISMATCH);
        assertThat(catchThrowableOfType(InvalidReceipt.class, () -> verifier.verify(receipt, sealed, Bids.lot())).reason())
                .isEqualTo(Reason.LOT_MISMATCH);
    }

    @Test
    void malformedReceiptsAreRefused() {
        assertThat(catchThrowableOfType(InvalidReceipt.class, () -> Receipt.fromJson("{\"format\":\"gov-bid-receipt/1\"}".getBytes(StandardCharsets.UTF_8))).reason())
                .isEqualTo(Reason.MALFORMED);
    }

    @Test
    void theReceiptKeysListReadsBack() {
        var keys = List.of(new ReceiptKey("receipt-2026", PLATFORM.getPublic()));
        var json = new String(ReceiptKey.toJson(keys), StandardCharsets.UTF_8);

        assertThat(json).startsWith("[{\"keyId\":\"receipt-2026\",\"publicKey\":\"-----BEGIN PUBLIC KEY-----");
        assertThatCode(() -> new ReceiptVerifier(ReceiptKey.fromJson(json.getBytes(StandardCharsets.UTF_8))).verify(receipt, sealed))
                .doesNotThrowAnyException();
    }

    private InvalidReceipt.Reason reason(Receipt tampered) {
        var thrown = catchThrowableOfType(InvalidReceipt.class, () -> verifier.verify(tampered, sealed));
        assertThat(thrown).as("refused").isNotNull();
        return thrown.reason();
    }
}
