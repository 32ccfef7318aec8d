package org.example.gov.trading.client;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * A password-protected private key file: PKCS#8 "ENCRYPTED PRIVATE KEY", PBES2 with PBKDF2-HMAC-SHA256 and SM4-CBC —
 * the file {@code openssl pkcs8 -topk8 -v2 sm4-cbc} writes and reads (OpenSSL offers no HMAC-SM3 PBKDF2 PRF, so the
 * key derivation is the standard one and the key encryption is SM4).
 */
final class EncryptedKeyFile {

    static final String LABEL = "ENCRYPTED PRIVATE KEY";
    /** PBKDF2-HMAC-SHA256 iterations: the OWASP 2023 figure; about a second on a bidder's laptop, once per command. */
    static final int ITERATIONS = 600_000;
    private static final int MAX_ITERATIONS = 10_000_000;

    private EncryptedKeyFile() {
    }

    static String encrypt(PrivateKey key, char[] password) {
        var salt = new byte[16];
        var iv = new byte[16];
        Sm.RANDOM.nextBytes(salt);
        Sm.RANDOM.nextBytes(iv);
        var kdf = new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(salt, ITERATIONS, 16,
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, org.bouncycastle.asn1.DERNull.INSTANCE)));
        var scheme = new EncryptionScheme(GMObjectIdentifiers.sms4_cbc, new DEROctetString(iv));
        var secret = derive(password, salt, ITERATIONS);
        try {
            var encrypted = sm4Cbc(true, secret, iv, key.getEncoded());
            var info = new EncryptedPrivateKeyInfo(
                    new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(kdf, scheme)), encrypted);
            return Pem.encode(LABEL, info.getEncoded("DER"));
        } catch (IOException | InvalidCipherTextException e) {
            throw new IllegalStateException("the private key could not be encrypted", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    static PrivateKey decrypt(String pem, char[] password) {
        PBES2Parameters pbes2;
        EncryptedPrivateKeyInfo info;
        try {
            info = EncryptedPrivateKeyInfo.getInstance(Pem.decode(pem, LABEL));
            if (!PKCSObjectIdentifiers.id_PBES2.equals(info.getEncryptionAlgorithm().getAlgorithm())) {
                throw new IllegalArgumentException("the key file is not PBES2-encrypted");
            }
            pbes2 = PBES2Parameters.getInstance(info.getEncryptionAlgorithm().getParameters());
        } catch (IllegalStateException | ClassCastException e) {
            throw new IllegalArgumentException("not a PKCS#8 encrypted private key");
        }
        var kdf = pbes2.getKeyDerivationFunc();
        var scheme = pbes2.getEncryptionScheme();
        if (!PKCSObjectIdentifiers.id_PBKDF2.equals(kdf.getAlgorithm())
                || !GMObjectIdentifiers.sms4_cbc.equals(scheme.getAlgorithm())) {
            throw new IllegalArgumentException("the key file must use PBKDF2 and SM4-CBC (openssl pkcs8 -topk8 -v2 sm4-cbc)");
        }
        var params = PBKDF2Params.getInstance(kdf.getParameters());
        if (!PKCSObjectIdentifiers.id_hmacWithSHA256.equals(params.getPrf().getAlgorithm())) {
            throw new IllegalArgumentException("the key file's PBKDF2 must use HMAC-SHA256");
        }
        int iterations = params.getIterationCount().intValueExact();
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("the key file's iteration count is out of range");
        }
        var iv = ASN1OctetString.getInstance(scheme.getParameters()).getOctets();
        var secret = derive(password, params.getSalt(), iterations);
        byte[] pkcs8 = null;
        try {
            pkcs8 = sm4Cbc(false, secret, iv, info.getEncryptedData());
            var key = KeyFactory.getInstance("EC", Sm.PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            Sm.privateParameters(key);
            return key;
        } catch (InvalidCipherTextException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("wrong password, or not an SM2 private key");
        } finally {
            Arrays.fill(secret, (byte) 0);
            if (pkcs8 != null) {
                Arrays.fill(pkcs8, (byte) 0);
            }
        }
    }

    /** PBKDF2 of the JDK (UTF-8 of the password, as OpenSSL takes the bytes of the pass phrase). */
    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        var spec = new PBEKeySpec(password, salt, iterations, 128);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] sm4Cbc(boolean encrypt, byte[] key, byte[] iv, byte[] input) throws InvalidCipherTextException {
        if (iv.length != 16) {
            throw new InvalidCipherTextException("the SM4-CBC IV is not 16 bytes");
        }
        var cipher = new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(new SM4Engine()), new PKCS7Padding());
        cipher.init(encrypt, new ParametersWithIV(new KeyParameter(key), iv));
        var out = new byte[cipher.getOutputSize(input.length)];
        int length = cipher.processBytes(input, 0, input.length, out, 0);
        length += cipher.doFinal(out, length);
        return Arrays.copyOf(out, length);
    }
}
