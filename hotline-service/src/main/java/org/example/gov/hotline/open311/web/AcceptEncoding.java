package org.example.gov.hotline.open311.web;

import java.util.Locale;

/**
 * Whether a request's {@code Accept-Encoding} (RFC 9110 §12.5.3) accepts gzip: {@code gzip}, {@code x-gzip} or
 * {@code *} with a weight above zero. {@code gzip;q=0} refuses it even after a {@code *}; no header accepts only the
 * body as it is.
 */
final class AcceptEncoding {

    private AcceptEncoding() {
    }

    static boolean acceptsGzip(String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        Boolean gzip = null;
        boolean any = false;
        for (String member : header.split(",")) {
            String[] parts = member.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            boolean accepted = weight(parts) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = gzip == null ? accepted : gzip && accepted;
            } else if (coding.equals("*")) {
                any = accepted;
            }
        }
        return gzip != null ? gzip : any;
    }

    /** The member's q parameter (1 when absent, 0 when it cannot be read: a malformed weight accepts nothing). */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                    && parameter.charAt(1) == '=') {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
