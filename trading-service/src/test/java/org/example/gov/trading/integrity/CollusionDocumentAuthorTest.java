package org.example.gov.trading.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** The author a bid document's metadata names: PDF Info (literal and UTF-16 hex strings), OOXML core properties. */
class CollusionDocumentAuthorTest {

    @Test
    void aPdfLiteralAuthorWithEscapes() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Title (x) /Author (Zhang \\(San\\)) >> endobj".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(DocumentAuthor.of(pdf)).contains("Zhang (San)");
    }

    @Test
    void aPdfHexAuthorInUtf16() {
        String hex = "FEFF" + java.util.HexFormat.of().formatHex("张三".getBytes(StandardCharsets.UTF_16BE));
        byte[] pdf = ("%PDF-1.4\n<< /Author <" + hex + "> >>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(DocumentAuthor.of(pdf)).contains("张三");
    }

    @Test
    void aPdfAuthorWrittenInUtf8WithoutAMark() {
        assertThat(DocumentAuthor.of("%PDF-1.7 << /Author (王五) >>".getBytes(StandardCharsets.UTF_8))).contains("王五");
    }

    @Test
    void anOfficeDocumentsCreator() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("docProps/core.xml"));
            zip.write("<cp:coreProperties><dc:creator>李&amp;四</dc:creator></cp:coreProperties>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(DocumentAuthor.of(out.toByteArray())).contains("李&四");
    }

    @Test
    void noAuthorInADocumentWithoutMetadataOrOfAnotherKind() {
        assertThat(DocumentAuthor.of("%PDF-1.7 投标文件".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentAuthor.of("plain text".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentAuthor.of("PK broken zip".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentAuthor.of(null)).isEmpty();
    }

    @Test
    void controlCharactersNeverSurvive() {
        byte[] pdf = "%PDF-1.7 /Author (a\\nb\\r\\tc)".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(DocumentAuthor.of(pdf)).contains("a b c");
    }
}
