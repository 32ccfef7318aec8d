package org.example.gov.gateway.security;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/** Reads RSA keys from PEM files: X.509 "PUBLIC KEY" and PKCS#8 "PRIVATE KEY". */
public final class PemKeys {

    private PemKeys() {
    }

    public static RSAPublicKey readPublicKey(String location) {
        try {
            byte[] der = der(location, "PUBLIC KEY");
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("Cannot read an RSA public key (PEM \"PUBLIC KEY\") from " + location, e);
        }
    }

    public static RSAPrivateCrtKey readPrivateKey(String location) {
        try {
            byte[] der = der(location, "PRIVATE KEY");
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("Cannot read an RSA private key (PKCS#8 PEM \"PRIVATE KEY\") from " + location, e);
        }
    }

    /** The public half of a private CRT key (every PKCS#8 RSA key the JDK reads is one). */
    public static RSAPublicKey publicKeyOf(RSAPrivateCrtKey key) {
        try {
            BigInteger modulus = key.getModulus();
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(modulus, key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] der(String location, String label) {
        Resource resource = new DefaultResourceLoader().getResource(location.trim());
        String pem;
        try (InputStream in = resource.getInputStream()) {
            pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + location, e);
        }
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(location + " has no \"" + label + "\" PEM block");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
