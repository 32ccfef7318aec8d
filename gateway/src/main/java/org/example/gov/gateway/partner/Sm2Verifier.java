package org.example.gov.gateway.partner;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * SM3withSM2 (GB/T 32918 / GM/T 0003, the signer's user id hashed into ZA) with the partner's public key, DER-encoded
 * signatures as BouncyCastle's SM2Signer and {@code openssl pkeyutl -digest sm3} produce them. BouncyCastle's
 * lightweight API is used directly, so no JCA provider is registered process-wide.
 */
public final class Sm2Verifier implements SignatureVerifier {

    private static final X9ECParameters SM2_CURVE = GMNamedCurves.getByName("sm2p256v1");

    private final ECPublicKeyParameters publicKey;
    private final byte[] userId;

    public Sm2Verifier(ECPublicKeyParameters publicKey, String userId) {
        this.publicKey = publicKey;
        this.userId = userId.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean verify(byte[] stringToSign, byte[] signature) {
        SM2Signer signer = new SM2Signer();
        signer.init(false, new ParametersWithID(publicKey, userId));
        signer.update(stringToSign, 0, stringToSign.length);
        try {
            return signer.verifySignature(signature);
        } catch (RuntimeException malformed) { // not DER, or values out of range
            return false;
        }
    }

    /**
     * Reads an SM2 public key: PEM "PUBLIC KEY", base64 of its DER (SubjectPublicKeyInfo), or base64 of the raw
     * uncompressed point {@code 04|X|Y} (65 bytes) some partners hand out. Refuses keys on any other curve.
     */
    public static ECPublicKeyParameters readPublicKey(String text) {
        String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        ECDomainParameters sm2 = new ECDomainParameters(SM2_CURVE);
        if (der.length == 65 && der[0] == 0x04) {
            return new ECPublicKeyParameters(sm2.getCurve().decodePoint(der), sm2);
        }
        AsymmetricKeyParameter key;
        try {
            key = PublicKeyFactory.createKey(der);
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a public key: " + e.getMessage(), e);
        }
        if (!(key instanceof ECPublicKeyParameters ec) || !ec.getParameters().getCurve().equals(sm2.getCurve())) {
            throw new IllegalArgumentException("not a key on the SM2 curve (sm2p256v1)");
        }
        return ec;
    }
}
