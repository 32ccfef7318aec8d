package org.example.gov.trading.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * A bidder's SM2 key pair (curve sm2p256v1): generated here, or the key of the bidder's CA certificate. PEM files:
 * PKCS#8 "PRIVATE KEY" (written readable by the owner only; optionally password-protected as PKCS#8 "ENCRYPTED PRIVATE
 * KEY" with SM4-CBC) and SubjectPublicKeyInfo "PUBLIC KEY".
 */
public final class BidderKeys {

    public static final String PRIVATE_KEY_FILE = "bidder-private.pem";
    public static final String PUBLIC_KEY_FILE = "bidder-public.pem";

    private BidderKeys() {
    }

    public static KeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("EC", Sm.PROVIDER);
            generator.initialize(new ECGenParameterSpec("sm2p256v1"), Sm.RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM2 key generation is not available", e);
        }
    }

    public static String toPem(PrivateKey key) {
        Sm.privateParameters(key);
        return Pem.encode("PRIVATE KEY", key.getEncoded());
    }

    public static String toPem(PublicKey key) {
        Sm.publicParameters(key);
        return Pem.encode("PUBLIC KEY", key.getEncoded());
    }

    /**
     * A password-protected PEM ("ENCRYPTED PRIVATE KEY": PBES2, PBKDF2-HMAC-SHA256, SM4-CBC; what
     * {@code openssl pkcs8 -topk8 -v2 sm4-cbc} writes).
     */
    public static String toEncryptedPem(PrivateKey key, char[] password) {
        Sm.privateParameters(key);
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("an empty password protects nothing");
        }
        return EncryptedKeyFile.encrypt(key, password);
    }

    /** Whether the PEM is password-protected (then read it with {@link #readPrivateKey(String, char[])}). */
    public static boolean isEncrypted(String pem) {
        return EncryptedKeyFile.LABEL.equals(Pem.label(pem));
    }

    /** Reads a "PRIVATE KEY" or, with its password, an "ENCRYPTED PRIVATE KEY". */
    public static PrivateKey readPrivateKey(String pem, char[] password) {
        if (!isEncrypted(pem)) {
            return readPrivateKey(pem);
        }
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("the private key is password-protected: give its password");
        }
        return EncryptedKeyFile.decrypt(pem, password);
    }

    public static PrivateKey readPrivateKey(String pem) {
        if (isEncrypted(pem)) {
            throw new IllegalArgumentException("the private key is password-protected: give its password");
        }
        try {
            var key = KeyFactory.getInstance("EC", Sm.PROVIDER)
                    .generatePrivate(new PKCS8EncodedKeySpec(Pem.decode(pem, "PRIVATE KEY")));
            Sm.privateParameters(key);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PKCS#8 SM2 private key");
        }
    }

    /** The public key of a "PUBLIC KEY" block or of a "CERTIFICATE" block (the bidder's CA certificate). */
    public static PublicKey readPublicKey(String pem) {
        var label = Pem.label(pem);
        if ("CERTIFICATE".equals(label)) {
            return publicKeyOf(readCertificate(pem));
        }
        try {
            var key = KeyFactory.getInstance("EC", Sm.PROVIDER)
                    .generatePublic(new X509EncodedKeySpec(Pem.decode(pem, "PUBLIC KEY")));
            Sm.publicParameters(key);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an SM2 SubjectPublicKeyInfo");
        }
    }

    public static X509Certificate readCertificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509", Sm.PROVIDER)
                    .generateCertificate(new ByteArrayInputStream(Pem.decode(pem, "CERTIFICATE")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 certificate");
        }
    }

    /** The certificate's key, refused unless it is an SM2 key (an RSA certificate cannot seal a bid). */
    public static PublicKey publicKeyOf(X509Certificate certificate) {
        var key = certificate.getPublicKey();
        Sm.publicParameters(key);
        return key;
    }

    /** Writes bidder-private.pem (owner-only where the file system allows) and bidder-public.pem into dir. */
    public static void write(KeyPair keys, Path dir) throws IOException {
        write(keys, dir, null);
    }

    /** As {@link #write(KeyPair, Path)}, the private key protected by the password when one is given. */
    public static void write(KeyPair keys, Path dir, char[] password) throws IOException {
        var privatePem = password == null ? toPem(keys.getPrivate()) : toEncryptedPem(keys.getPrivate(), password);
        Files.createDirectories(dir);
        var privateFile = dir.resolve(PRIVATE_KEY_FILE);
        Files.deleteIfExists(privateFile);
        try {
            Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(privateFile);
        }
        Files.writeString(privateFile, privatePem, StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve(PUBLIC_KEY_FILE), toPem(keys.getPublic()), StandardCharsets.US_ASCII);
    }

    public static PrivateKey readPrivateKey(Path file) throws IOException {
        return readPrivateKey(Files.readString(file, StandardCharsets.US_ASCII));
    }

    public static PublicKey readPublicKey(Path file) throws IOException {
        return readPublicKey(Files.readString(file, StandardCharsets.US_ASCII));
    }
}
