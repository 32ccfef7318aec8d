package org.example.gov.trading.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.example.gov.trading.client.EnvelopeRejected.Reason;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

class EnvelopeCheckTest {

    private final String lot = Bids.lot();
    private final SealedBid sealed = BidSealer.seal(Bids.document(lot), Bids.BIDDER.getPublic());

    @Test
    void aSealedBidPassesAndParsesBackToTheSameEnvelope() {
        assertThat(EnvelopeCheck.validate(sealed.toJson())).isEqualTo(sealed);
    }

    @Test
    void aBidDocumentInClearIsRefused() {
        assertThat(reason(Bids.document(lot).toJson())).isEqualTo(Reason.PLAINTEXT_BODY);
    }

    @Test
    void aPdfInClearIsRefused() {
        assertThat(reason("%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Reason.PLAINTEXT_BODY);
    }

    @Test
    void anEnvelopeWithAPriceNextToTheCiphertextIsRefused() {
        var envelope = envelope();
        envelope.put("price", "1234567.89");

        assertThat(reason(Json.bytes(envelope))).isEqualTo(Reason.PLAINTEXT_BODY);
    }

    @Test
    void anUnknownMemberIsRefused() {
        var envelope = envelope();
        envelope.put("note", "x");

        assertThat(reason(Json.bytes(envelope))).isEqualTo(Reason.UNEXPECTED_FIELD);
    }

    @Test
    void emptyOrNonJsonBodiesAreRefused() {
        assertThat(reason(new byte[0])).isEqualTo(Reason.EMPTY_BODY);
        assertThat(reason("  \n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Reason.EMPTY_BODY);
        assertThat(reason(new byte[] { 1, 2, 3, (byte) 0xff })).isEqualTo(Reason.NOT_JSON);
        assertThat(reason("[1,2]".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Reason.NOT_JSON);
    }

    @Test
    void everyMemberIsRequired() {
        for (var field : new String[] { "format", "cipher", "iv", "ciphertext", "wrappedKey" }) {
            var envelope = envelope();
            envelope.remove(field);
            assertThat(reason(Json.bytes(envelope))).as(field).isEqualTo(Reason.MISSING_FIELD);
        }
        var numericIv = envelope();
        numericIv.put("iv", 12);
        assertThat(reason(Json.bytes(numericIv))).isEqualTo(Reason.MISSING_FIELD);
    }

    @Test
    void theFormatAndCipherAreFixed() {
        assertThat(reason(Json.bytes(envelope().put("format", "gov-sealed-bid/2")))).isEqualTo(Reason.WRONG_FORMAT);
        assertThat(reason(Json.bytes(envelope().put("cipher", "AES/GCM/NoPadding")))).isEqualTo(Reason.WRONG_CIPHER);
    }

    @Test
    void membersMustBeBase64() {
        assertThat(reason(Json.bytes(envelope().put("ciphertext", "not base64!")))).isEqualTo(Reason.NOT_BASE64);
    }

    @Test
    void theIvIsTwelveBytes() {
        assertThat(reason(Json.bytes(envelope().put("iv", b64(new byte[8]))))).isEqualTo(Reason.IV_LENGTH);
        assertThat(reason(Json.bytes(envelope().put("iv", b64(new byte[16]))))).isEqualTo(Reason.IV_LENGTH);
    }

    @Test
    void theCiphertextIsLongerThanItsTag() {
        assertThat(reason(Json.bytes(envelope().put("ciphertext", b64(new byte[16]))))).isEqualTo(Reason.CIPHERTEXT_TOO_SHORT);
    }

    @Test
    void aPlaintextLabelledCiphertextIsRefused() {
        assertThat(reason(Json.bytes(envelope().put("ciphertext", b64(Bids.document(lot).toJson())))))
                .isEqualTo(Reason.CIPHERTEXT_PLAINTEXT);
        assertThat(reason(Json.bytes(envelope().put("ciphertext", b64("%PDF-1.7 the bid itself".getBytes(StandardCharsets.US_ASCII))))))
                .isEqualTo(Reason.CIPHERTEXT_PLAINTEXT);
        assertThat(reason(Json.bytes(envelope().put("ciphertext", b64("  [\"a price list\", 1234567.89]".getBytes(StandardCharsets.UTF_8))))))
                .isEqualTo(Reason.CIPHERTEXT_PLAINTEXT);
        assertThat(reason(Json.bytes(envelope().put("ciphertext", b64("\"a whole JSON string, quoted\"".getBytes(StandardCharsets.UTF_8))))))
                .isEqualTo(Reason.CIPHERTEXT_PLAINTEXT);
    }

    @Test
    void aCiphertextStartingWithAQuoteButNotJsonPasses() {
        var ciphertext = sealed.ciphertext();
        ciphertext[0] = '"';

        assertThat(EnvelopeCheck.looksLikePlaintext(ciphertext)).isFalse();
    }

    @Test
    void theWrappedKeyHasTheShapeOfAnSm2Ciphertext() {
        var wrapped = sealed.wrappedKey();

        assertThat(reason(Json.bytes(envelope().put("wrappedKey", b64(Arrays.copyOf(wrapped, 112))))))
                .isEqualTo(Reason.WRAPPED_KEY_SHAPE);
        var notUncompressed = wrapped.clone();
        notUncompressed[0] = 0x02;
        assertThat(reason(Json.bytes(envelope().put("wrappedKey", b64(notUncompressed))))).isEqualTo(Reason.WRAPPED_KEY_SHAPE);
        var offTheCurve = wrapped.clone();
        offTheCurve[40] ^= 0x01;
        assertThat(reason(Json.bytes(envelope().put("wrappedKey", b64(offTheCurve))))).isEqualTo(Reason.WRAPPED_KEY_SHAPE);
        var random = new byte[113];
        random[0] = 0x04;
        assertThat(reason(Json.bytes(envelope().put("wrappedKey", b64(random))))).isEqualTo(Reason.WRAPPED_KEY_SHAPE);
    }

    @Test
    void duplicateMembersAreRefused() {
        var json = new String(sealed.toJson(), StandardCharsets.UTF_8).replace("{", "{\"iv\":\"AAAAAAAAAAAAAAAA\",");

        assertThat(reason(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(Reason.NOT_JSON);
    }

    private ObjectNode envelope() {
        return (ObjectNode) Json.object(sealed.toJson());
    }

    private static String b64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    private static Reason reason(byte[] body) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(EnvelopeRejected.class, () -> EnvelopeCheck.validate(body));
        assertThat(thrown).as("refused").isNotNull();
        assertThat(thrown.getMessage()).doesNotContain("1234567.89");
        return thrown.reason();
    }

    @Test
    void theRefusalNeverQuotesTheBody() {
        assertThatThrownBy(() -> EnvelopeCheck.validate(Bids.document(lot).toJson()))
                .hasMessageNotContaining("bidder1").hasMessageNotContaining(lot);
    }
}
