package org.example.gov.gateway.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.example.gov.testsupport.PartnerSigner;
import org.junit.jupiter.api.Test;

/**
 * The documented string to sign and both schemes, checked against signatures openssl made (README recipe), so the
 * gateway agrees with the tools partners use, not only with our own signer.
 */
class StringToSignAndVerifiersTest {

    /** printf 'POST\n/api/partner/cases\na=1&b=2\n1759800000\nn0nce-0123456789abcdef\ne3b0…b855' */
    static final String DOCUMENTED = """
            POST
            /api/partner/cases
            a=1&b=2
            1759800000
            n0nce-0123456789abcdef
            e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""";

    static final String SECRET = "test-secret-of-at-least-32-characters";
    /** ... | openssl dgst -sha256 -hmac "$SECRET" -binary | base64 */
    static final String OPENSSL_HMAC = "Ghccorq4HqmmuAsmq2MKWBPC9WSa1Atj2y/VXh/0e8I=";

    /** openssl genpkey -algorithm SM2 (a throwaway test key) | openssl pkey -pubout */
    static final String SM2_PUBLIC = """
            -----BEGIN PUBLIC KEY-----
            MFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAEQPb5WFHGiHBBZl2c+tZIEuDboKki
            M7wveiB8d8k/Cdt/Awr2ZZ60B3pOHmeDznnxZ6eA30YCYQ3ahSq6BMtBIw==
            -----END PUBLIC KEY-----
            """;
    /** ... | openssl pkeyutl -sign -inkey key.pem -rawin -digest sm3 -pkeyopt distid:1234567812345678 | base64 -w0 */
    static final String OPENSSL_SM2 =
            "MEQCIAke2N4/NqAc7+qm7aS0BwLzCxmfs65OgjEfkjmT9FXNAiBDRdoW2t1rxD98bOEnGxmQCEn0lM/9CJ+u7XpHjkh8Ag==";

    @Test
    void theStringToSignIsSixLinesWithTheQuerySortedAsSentAndTheHashOfAnEmptyBody() {
        byte[] built = StringToSign.of("post", "/api/partner/cases", "b=2&a=1", 1759800000L, "n0nce-0123456789abcdef",
                new byte[0]);
        assertThat(new String(built, StandardCharsets.UTF_8)).isEqualTo(DOCUMENTED);
        assertThat(PartnerSigner.stringToSign("POST", "/api/partner/cases?b=2&a=1", null, 1759800000L,
                "n0nce-0123456789abcdef")).as("the test signer follows the same recipe").isEqualTo(DOCUMENTED);
    }

    @Test
    void theQueryIsSortedWithoutDecodingAndEmptyPairsDropped() {
        assertThat(StringToSign.canonicalQuery("size=20&page=0&q=%E5%BC%A0&&a=")).isEqualTo("a=&page=0&q=%E5%BC%A0&size=20");
        assertThat(StringToSign.canonicalQuery(null)).isEmpty();
    }

    @Test
    void hmacVerifiesOpensslsSignatureAndNothingElse() {
        HmacSha256Verifier verifier = new HmacSha256Verifier(SECRET.getBytes(StandardCharsets.UTF_8));
        byte[] data = DOCUMENTED.getBytes(StandardCharsets.UTF_8);
        assertThat(verifier.verify(data, Base64.getDecoder().decode(OPENSSL_HMAC))).isTrue();
        assertThat(verifier.verify((DOCUMENTED + " ").getBytes(StandardCharsets.UTF_8),
                Base64.getDecoder().decode(OPENSSL_HMAC))).isFalse();
        assertThat(new HmacSha256Verifier("another-secret-of-at-least-32-chars".getBytes(StandardCharsets.UTF_8))
                .verify(data, Base64.getDecoder().decode(OPENSSL_HMAC))).isFalse();
        assertThat(verifier.verify(data, new byte[3])).isFalse();
    }

    @Test
    void sm2VerifiesOpensslsSm3WithSm2SignatureWithTheDefaultUserIdOnly() {
        byte[] data = DOCUMENTED.getBytes(StandardCharsets.UTF_8);
        byte[] signature = Base64.getDecoder().decode(OPENSSL_SM2);
        var key = Sm2Verifier.readPublicKey(SM2_PUBLIC);
        assertThat(new Sm2Verifier(key, PartnerKeyRing.DEFAULT_SM2_USER_ID).verify(data, signature)).isTrue();
        assertThat(new Sm2Verifier(key, "another-user-id").verify(data, signature)).isFalse();
        assertThat(new Sm2Verifier(key, PartnerKeyRing.DEFAULT_SM2_USER_ID).verify("tampered".getBytes(), signature))
                .isFalse();
        assertThat(new Sm2Verifier(key, PartnerKeyRing.DEFAULT_SM2_USER_ID).verify(data, new byte[] {1, 2, 3}))
                .as("garbage is a failed verification, not an error").isFalse();
    }

    @Test
    void anSm2PublicKeyIsReadFromPemDerOrTheRawPoint() {
        var fromPem = Sm2Verifier.readPublicKey(SM2_PUBLIC);
        String der = SM2_PUBLIC.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] point = fromPem.getQ().getEncoded(false);
        assertThat(Sm2Verifier.readPublicKey(der).getQ()).isEqualTo(fromPem.getQ());
        assertThat(Sm2Verifier.readPublicKey(Base64.getEncoder().encodeToString(point)).getQ()).isEqualTo(fromPem.getQ());
    }
}
