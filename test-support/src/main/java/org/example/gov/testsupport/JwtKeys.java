package org.example.gov.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * An RSA key pair for RS256 JWTs, as PEM files: {@value #PRIVATE_KEY_FILE} (PKCS#8, {@code PRIVATE KEY}) and
 * {@value #PUBLIC_KEY_FILE} (X.509 SubjectPublicKeyInfo, {@code PUBLIC KEY}) — the format the services read through
 * {@code platform.security.jwt.public-key-location}. Plain JDK, no Spring.
 */
public final class JwtKeys {

    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private final RSAPublicKey publicKey;
    private final RSAPrivateKey privateKey;
    private volatile Path dir;

    private JwtKeys(RSAPublicKey publicKey, RSAPrivateKey privateKey, Path dir) {
        this.publicKey = Objects.requireNonNull(publicKey);
        this.privateKey = Objects.requireNonNull(privateKey);
        this.dir = dir;
    }

    /** A new RSA 2048 key pair (not written anywhere yet). */
    public static JwtKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new JwtKeys((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate(), null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        }
    }

    /**
     * Reads {@code dir/jwt-private.pem} and {@code dir/jwt-public.pem}; if the private key is missing, generates a
     * pair and writes both. If only the public key is missing it is derived from the private key and written.
     */
    public static synchronized JwtKeys loadOrCreate(Path dir) {
        Path privatePem = dir.resolve(PRIVATE_KEY_FILE);
        Path publicPem = dir.resolve(PUBLIC_KEY_FILE);
        try {
            if (!Files.isRegularFile(privatePem)) {
                JwtKeys keys = generate();
                keys.writeTo(dir);
                return keys;
            }
            RSAPrivateKey privateKey = readPrivateKey(Files.readString(privatePem, StandardCharsets.US_ASCII));
            RSAPublicKey publicKey;
            if (Files.isRegularFile(publicPem)) {
                publicKey = readPublicKey(Files.readString(publicPem, StandardCharsets.US_ASCII));
            } else {
                publicKey = derivePublicKey(privateKey);
                writeAtomically(publicPem, pem("PUBLIC KEY", publicKey.getEncoded()));
            }
            if (!publicKey.getModulus().equals(privateKey.getModulus())) {
                throw new IllegalStateException(publicPem + " does not belong to " + privatePem);
            }
            return new JwtKeys(publicKey, privateKey, dir.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the JWT keys in " + dir, e);
        }
    }

    /** Writes both PEM files into {@code dir} (created if missing) and returns {@code dir}. */
    public Path writeTo(Path dir) {
        try {
            Path target = dir.toAbsolutePath().normalize();
            Files.createDirectories(target);
            writeAtomically(target.resolve(PUBLIC_KEY_FILE), pem("PUBLIC KEY", publicKey.getEncoded()));
            writeAtomically(target.resolve(PRIVATE_KEY_FILE), pem("PRIVATE KEY", privateKey.getEncoded()));
            this.dir = target;
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JWT keys to " + dir, e);
        }
    }

    /** Path of the public key PEM (after {@link #writeTo} or {@link #loadOrCreate}). */
    public Path publicKeyPem() {
        return requireDir().resolve(PUBLIC_KEY_FILE);
    }

    /** Path of the private key PEM (after {@link #writeTo} or {@link #loadOrCreate}). */
    public Path privateKeyPem() {
        return requireDir().resolve(PRIVATE_KEY_FILE);
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    public RSAPrivateKey privateKey() {
        return privateKey;
    }

    /** The public key as PEM text ({@code -----BEGIN PUBLIC KEY-----}). */
    public String publicKeyPemText() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    /** The private key as PKCS#8 PEM text ({@code -----BEGIN PRIVATE KEY-----}). */
    public String privateKeyPemText() {
        return pem("PRIVATE KEY", privateKey.getEncoded());
    }

    /** Parses an X.509 {@code PUBLIC KEY} PEM. */
    public static RSAPublicKey readPublicKey(String pem) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decode(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA public key PEM", e);
        }
    }

    /** Parses a PKCS#8 {@code PRIVATE KEY} PEM. */
    public static RSAPrivateKey readPrivateKey(String pem) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not a PKCS#8 RSA private key PEM", e);
        }
    }

    private Path requireDir() {
        Path current = dir;
        if (current == null) {
            throw new IllegalStateException("The keys have not been written yet: call writeTo(dir) first");
        }
        return current;
    }

    private static RSAPublicKey derivePublicKey(RSAPrivateKey privateKey) {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("Cannot derive the public key: private key has no CRT parameters");
        }
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the public key", e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] decode(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("Expected a PEM block of type " + type);
        }
        String base64 = pem.substring(from + begin.length(), to).replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.US_ASCII);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
