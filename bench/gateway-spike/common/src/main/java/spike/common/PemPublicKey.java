package spike.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The platform's JWT public key (PEM, {@code JWT_PUBLIC_KEY_LOCATION}, as {@code file:...} or a path). */
public final class PemPublicKey {

    private PemPublicKey() {
    }

    public static RSAPublicKey read(String location) throws java.io.IOException, GeneralSecurityException {
        String pem = Files.readString(Path.of(location.replaceFirst("^file:", "")))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}
