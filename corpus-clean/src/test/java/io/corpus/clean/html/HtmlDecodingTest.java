package io.corpus.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecodingTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void utf8ByteOrderMarkWinsAndIsDropped() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "<meta charset=\"windows-1252\"><p>café</p>".getBytes(StandardCharsets.UTF_8));
    assertThat(HtmlDecoding.charsetOf(bytes)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(HtmlDecoding.decode(bytes)).isEqualTo("<meta charset=\"windows-1252\"><p>café</p>");
  }

  @Test
  void utf16ByteOrderMarks() {
    String html = "<p>naïve “quotes”</p>";
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, html.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, html.getBytes(StandardCharsets.UTF_16BE));
    assertThat(HtmlDecoding.decode(le)).isEqualTo(html);
    assertThat(HtmlDecoding.decode(be)).isEqualTo(html);
  }

  @Test
  void metaCharset() {
    byte[] bytes = "<html><head><meta charset=\"windows-1252\"></head><body>caf\u00e9 \u201cok\u201d</body>".getBytes(CP1252);
    assertThat(HtmlDecoding.charsetOf(bytes)).isEqualTo(CP1252);
    assertThat(HtmlDecoding.decode(bytes)).contains("café “ok”");
  }

  @Test
  void unquotedAndUpperCaseMetaCharset() {
    byte[] bytes = "<HTML><HEAD><META CHARSET=ISO-8859-15></HEAD><BODY>\u20ac 5</BODY>".getBytes(Charset.forName("ISO-8859-15"));
    assertThat(HtmlDecoding.decode(bytes)).contains("€ 5");
  }

  @Test
  void httpEquivContentType() {
    byte[] bytes =
        "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><p>Se\u00f1or</p>"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(HtmlDecoding.declaredCharset(bytes)).isEqualTo("iso-8859-1");
    assertThat(HtmlDecoding.decode(bytes)).contains("Señor");
  }

  @Test
  void latin1LabelMeansWindows1252AsInBrowsers() {
    // 0x93 and 0x94 are curly quotes in windows-1252 and control chars in ISO-8859-1.
    byte[] bytes = concat("<meta charset=iso-8859-1><p>".getBytes(StandardCharsets.US_ASCII),
        new byte[] {(byte) 0x93, 'h', 'i', (byte) 0x94});
    assertThat(HtmlDecoding.decode(bytes)).endsWith("<p>“hi”");
  }

  @Test
  void defaultsToUtf8() {
    byte[] bytes = "<p>Zoë – ünïcödé</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlDecoding.charsetOf(bytes)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(HtmlDecoding.decode(bytes)).isEqualTo("<p>Zoë – ünïcödé</p>");
  }

  @Test
  void unknownLabelAndUtf16LabelWithoutBomFallBackToUtf8() {
    byte[] unknown = "<meta charset=\"x-no-such-charset\"><p>é</p>".getBytes(StandardCharsets.UTF_8);
    byte[] utf16 = "<meta charset=\"utf-16\"><p>é</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlDecoding.decode(unknown)).endsWith("<p>é</p>");
    assertThat(HtmlDecoding.decode(utf16)).endsWith("<p>é</p>");
  }

  @Test
  void declarationInsideCommentOrPastThePrescanIsIgnored() {
    byte[] commented = "<!-- <meta charset=windows-1252> --><p>é</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlDecoding.declaredCharset(commented)).isNull();
    byte[] late = ("<p>" + "x".repeat(HtmlDecoding.PRESCAN_BYTES) + "</p><meta charset=windows-1252>").getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlDecoding.declaredCharset(late)).isNull();
  }

  @Test
  void metaNameWithCharsetWordIsNotADeclaration() {
    byte[] bytes = "<meta name=\"description\" content=\"the charset=koi8-r story\"><p>é</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlDecoding.declaredCharset(bytes)).isNull();
    assertThat(HtmlDecoding.decode(bytes)).endsWith("<p>é</p>");
  }

  @Test
  void malformedBytesBecomeReplacementCharsAndTheRestSurvives() {
    byte[] bytes = concat("<p>a".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28},
        "b</p>".getBytes(StandardCharsets.UTF_8));
    assertThat(HtmlDecoding.decode(bytes)).isEqualTo("<p>a\uFFFD(b</p>");
  }

  @Test
  void emptyInput() {
    assertThat(HtmlDecoding.decode(new byte[0])).isEmpty();
  }
}
