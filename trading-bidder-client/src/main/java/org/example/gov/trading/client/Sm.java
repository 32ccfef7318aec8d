package org.example.gov.trading.client;

import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The SM2 curve, the BouncyCastle provider instance and the random source, built once: a provider looked up by name
 * per call (and a curve rebuilt per call) is what makes 500 receipts a minute expensive. The provider is used as an
 * object and never registered, so the client changes nothing in the JVM it runs in (the server's included).
 */
final class Sm {

    static final Provider PROVIDER = new BouncyCastleProvider();
    static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
    static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE);
    static final SecureRandom RANDOM = new SecureRandom();

    private Sm() {
    }

    /** The lightweight form of an SM2 public key; refuses a key on another curve (an RSA or P-256 certificate). */
    static ECPublicKeyParameters publicParameters(PublicKey key) {
        try {
            var parameters = (ECPublicKeyParameters) ECUtil.generatePublicKeyParameter(key);
            requireSm2(parameters.getParameters());
            return parameters;
        } catch (InvalidKeyException | ClassCastException e) {
            throw new IllegalArgumentException("not an SM2 public key: " + key.getAlgorithm());
        }
    }

    static ECPrivateKeyParameters privateParameters(PrivateKey key) {
        try {
            var parameters = (ECPrivateKeyParameters) ECUtil.generatePrivateKeyParameter(key);
            requireSm2(parameters.getParameters());
            return parameters;
        } catch (InvalidKeyException | ClassCastException e) {
            throw new IllegalArgumentException("not an SM2 private key: " + key.getAlgorithm());
        }
    }

    private static void requireSm2(ECDomainParameters parameters) throws InvalidKeyException {
        if (!parameters.getCurve().equals(CURVE.getCurve()) || !parameters.getG().equals(CURVE.getG())) {
            throw new InvalidKeyException("the key is not on the SM2 curve sm2p256v1");
        }
    }
}
