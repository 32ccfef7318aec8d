package org.example.gov.trading.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Date;
import java.util.Set;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BidderKeysTest {

    @TempDir
    Path dir;

    @Test
    void keysGoToPemAndBack() throws Exception {
        var keys = BidderKeys.generate();
        BidderKeys.write(keys, dir);

        var privatePem = Files.readString(dir.resolve(BidderKeys.PRIVATE_KEY_FILE));
        var publicPem = Files.readString(dir.resolve(BidderKeys.PUBLIC_KEY_FILE));
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(BidderKeys.readPrivateKey(dir.resolve(BidderKeys.PRIVATE_KEY_FILE)).getEncoded()).isEqualTo(keys.getPrivate().getEncoded());
        assertThat(BidderKeys.readPublicKey(dir.resolve(BidderKeys.PUBLIC_KEY_FILE))).isEqualTo(keys.getPublic());
    }

    @Test
    void thePrivateKeyFileIsTheOwnersOnly() throws Exception {
        BidderKeys.write(BidderKeys.generate(), dir);

        assertThat(Files.getPosixFilePermissions(dir.resolve(BidderKeys.PRIVATE_KEY_FILE)))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void aBidSealedToTheKeyOfACaCertificateOpensWithItsPrivateKey() throws Exception {
        var keys = BidderKeys.generate();
        var certificatePem = Pem.encode("CERTIFICATE", selfSignedSm2Certificate(keys));

        var publicKey = BidderKeys.readPublicKey(certificatePem);
        var lot = Bids.lot();
        var sealed = BidSealer.seal(Bids.document(lot), publicKey);

        assertThat(BidOpening.decrypt(sealed, BidUnlocker.unwrapKey(sealed, keys.getPrivate()), lot)).isEqualTo(Bids.document(lot));
    }

    @Test
    void aKeyOnAnotherCurveIsRefused() throws Exception {
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        var p256 = generator.generateKeyPair().getPublic();
        var pem = Pem.encode("PUBLIC KEY", p256.getEncoded());

        assertThatThrownBy(() -> BidderKeys.readPublicKey(pem)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BidSealer.seal(Bids.document(Bids.lot()), p256)).hasMessageContaining("not an SM2 public key");
    }

    @Test
    void aFileThatIsNoKeyIsRefused() {
        assertThatThrownBy(() -> BidderKeys.readPrivateKey("hello")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BidderKeys.readPublicKey("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A minimal self-signed SM2 certificate (SM3withSM2), built with bcprov's ASN.1 classes only. */
    static byte[] selfSignedSm2Certificate(KeyPair keys) throws Exception {
        var algorithm = new AlgorithmIdentifier(GMObjectIdentifiers.sm2sign_with_sm3);
        var tbs = new V3TBSCertificateGenerator();
        tbs.setSerialNumber(new ASN1Integer(BigInteger.ONE));
        tbs.setIssuer(new X500Name("CN=Test Bidder CA"));
        tbs.setSubject(new X500Name("CN=bidder1"));
        tbs.setStartDate(new Time(new Date(System.currentTimeMillis() - 60_000)));
        tbs.setEndDate(new Time(new Date(System.currentTimeMillis() + 86_400_000)));
        tbs.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
        tbs.setSignature(algorithm);
        var certificate = tbs.generateTBSCertificate();
        var signer = Signature.getInstance("SM3withSM2", new BouncyCastleProvider());
        signer.initSign(keys.getPrivate());
        signer.update(certificate.getEncoded("DER"));
        var vector = new ASN1EncodableVector();
        vector.add(certificate);
        vector.add(algorithm);
        vector.add(new DERBitString(signer.sign()));
        return new DERSequence(vector).getEncoded("DER");
    }
}
