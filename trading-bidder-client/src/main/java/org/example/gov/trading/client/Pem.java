package org.example.gov.trading.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** PEM armour (RFC 7468): the label says what the DER inside is. */
final class Pem {

    private Pem() {
    }

    static String encode(String label, byte[] der) {
        var body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /** The label of the first PEM block in the text, or null when there is none. */
    static String label(String pem) {
        int begin = pem.indexOf("-----BEGIN ");
        if (begin < 0) {
            return null;
        }
        int end = pem.indexOf("-----", begin + 11);
        return end < 0 ? null : pem.substring(begin + 11, end);
    }

    static byte[] decode(String pem, String label) {
        var header = "-----BEGIN " + label + "-----";
        var footer = "-----END " + label + "-----";
        int begin = pem.indexOf(header);
        int end = pem.indexOf(footer, Math.max(begin, 0));
        if (begin < 0 || end < 0) {
            throw new IllegalArgumentException("no PEM block " + label);
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(begin + header.length(), end).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the PEM block " + label + " is not base64");
        }
    }
}
