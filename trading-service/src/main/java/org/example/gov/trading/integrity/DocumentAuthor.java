package org.example.gov.trading.integrity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The author an opened bid document names in its own metadata, when it names one: a PDF's Info dictionary
 * ({@code /Author (…)} or {@code /Author <FEFF…>}) or an Office Open XML file's {@code docProps/core.xml}
 * ({@code dc:creator}, else {@code cp:lastModifiedBy}). Bids of rival bidders written by one person often keep that
 * person's name there. Best effort and bounded: a document of another kind, or one that does not parse, has none.
 */
public final class DocumentAuthor {

    /** Metadata sits near the start or the end of a PDF; the search reads at most this much of each. */
    private static final int PDF_WINDOW = 256 * 1024;
    private static final int MAX_CORE_XML = 64 * 1024;
    private static final int MAX_LENGTH = 200;
    private static final Pattern PDF_LITERAL = Pattern.compile("/Author\\s*\\(((?:\\\\.|[^\\\\)]){0,400})\\)");
    private static final Pattern PDF_HEX = Pattern.compile("/Author\\s*<([0-9A-Fa-f\\s]{0,1600})>");
    private static final Pattern CORE_CREATOR = Pattern.compile("<dc:creator>([^<]{0,400})</dc:creator>");
    private static final Pattern CORE_MODIFIED_BY = Pattern.compile("<cp:lastModifiedBy>([^<]{0,400})</cp:lastModifiedBy>");

    private DocumentAuthor() {
    }

    public static Optional<String> of(byte[] document) {
        if (document == null || document.length < 4) {
            return Optional.empty();
        }
        Optional<String> found;
        if (startsWith(document, "%PDF")) {
            found = pdf(document);
        } else if (document[0] == 'P' && document[1] == 'K') {
            found = ooxml(document);
        } else {
            found = Optional.empty();
        }
        return found.map(DocumentAuthor::clean).filter(a -> !a.isEmpty());
    }

    private static Optional<String> pdf(byte[] d) {
        // ISO-8859-1 keeps one char per byte, so the offsets and the literal strings' bytes survive
        String head = new String(d, 0, Math.min(d.length, PDF_WINDOW), StandardCharsets.ISO_8859_1);
        String tail = d.length > PDF_WINDOW
                ? new String(d, d.length - PDF_WINDOW, PDF_WINDOW, StandardCharsets.ISO_8859_1) : "";
        for (String part : new String[] { tail, head }) {
            Matcher literal = PDF_LITERAL.matcher(part);
            if (literal.find()) {
                return Optional.of(pdfText(unescape(literal.group(1))));
            }
            Matcher hex = PDF_HEX.matcher(part);
            if (hex.find()) {
                return Optional.of(pdfText(hexBytes(hex.group(1).replaceAll("\\s", ""))));
            }
        }
        return Optional.empty();
    }

    /**
     * A PDF text string: UTF-16BE behind a byte order mark, UTF-8 behind its mark; else UTF-8 when the bytes are valid
     * UTF-8 (what many producers write without a mark), else PDFDocEncoding (≈ Latin-1).
     */
    private static String pdfText(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] unescape(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> out.write('\n');
                    case 'r' -> out.write('\r');
                    case 't' -> out.write('\t');
                    case 'b' -> out.write('\b');
                    case 'f' -> out.write('\f');
                    default -> {
                        if (n >= '0' && n <= '7') {
                            int end = i;
                            while (end < s.length() && end < i + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                                end++;
                            }
                            out.write(Integer.parseInt(s.substring(i, end), 8) & 0xff);
                            i = end - 1;
                        } else {
                            out.write(n);
                        }
                    }
                }
            } else {
                out.write(c & 0xff);
            }
        }
        return out.toByteArray();
    }

    private static byte[] hexBytes(String hex) {
        String even = hex.length() % 2 == 0 ? hex : hex + "0";
        return java.util.HexFormat.of().parseHex(even);
    }

    private static Optional<String> ooxml(byte[] d) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(d), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("docProps/core.xml")) {
                    String xml = new String(zip.readNBytes(MAX_CORE_XML), StandardCharsets.UTF_8);
                    Matcher m = CORE_CREATOR.matcher(xml);
                    if (m.find() && !m.group(1).isBlank()) {
                        return Optional.of(xmlText(m.group(1)));
                    }
                    m = CORE_MODIFIED_BY.matcher(xml);
                    return m.find() ? Optional.of(xmlText(m.group(1))) : Optional.empty();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a zip after all, or a broken one: no author
        }
        return Optional.empty();
    }

    private static String xmlText(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /** No control characters (the value is shown to staff and kept line-separated at rest), bounded. */
    private static String clean(String s) {
        String c = s.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", " ").strip().replaceAll("\\s+", " ");
        return c.length() > MAX_LENGTH ? c.substring(0, MAX_LENGTH) : c;
    }

    private static boolean startsWith(byte[] d, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (d[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
