package io.corpus.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

  static final String TEXT = "Caf\u00e9 \u201cquoted\u201d \u2014 na\u00efve \u20ac5";

  static byte[] withBom(byte[] bom, String s, Charset cs) {
    byte[] body = s.getBytes(cs);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }

  @Test
  void utf8WithAndWithoutBom() {
    assertThat(TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(new TextDecoding.Decoded(TEXT, null));
    assertThat(TextDecoding.decode(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT, StandardCharsets.UTF_8)))
        .isEqualTo(new TextDecoding.Decoded(TEXT, null));
  }

  @Test
  void utf16WithBomEitherOrder() {
    assertThat(TextDecoding.decode(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT, StandardCharsets.UTF_16LE)).text()).isEqualTo(TEXT);
    assertThat(TextDecoding.decode(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT, StandardCharsets.UTF_16BE)).text()).isEqualTo(TEXT);
  }

  @Test
  void invalidUtf8FallsBackToWindows1252AndSaysWhere() {
    byte[] cp = TEXT.getBytes(TextDecoding.WINDOWS_1252);
    TextDecoding.Decoded d = TextDecoding.decode(cp);
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.warning()).isEqualTo("is not valid UTF-8 (byte 0xE9 at offset 3); its invalid bytes were read as Windows-1252");
  }

  @Test
  void aUtf8TextWithStrayBytesKeepsItsUtf8AndOnlyTheStrayBytesAreWindows1252() {
    byte[] utf8 = "The minister said \u201cwe will act\u201d at the caf\u00e9.".getBytes(StandardCharsets.UTF_8);
    byte[] stray = {' ', '5', (byte) 0xA0, 'e', 'u', 'r', 'o', 's', ' ', (byte) 0x93, 'q', (byte) 0x94, ' ', (byte) 0x81, (byte) 0xE2, (byte) 0x80};
    byte[] mixed = java.util.Arrays.copyOf(utf8, utf8.length + stray.length);
    System.arraycopy(stray, 0, mixed, utf8.length, stray.length);
    TextDecoding.Decoded d = TextDecoding.decode(mixed);
    assertThat(d.text()).isEqualTo(
        "The minister said \u201cwe will act\u201d at the caf\u00e9. 5\u00a0euros \u201cq\u201d \u0081\u00e2\u20ac");
    assertThat(d.warning()).contains("byte 0xA0 at offset " + (utf8.length + 2));
    // Pure Windows-1252 text reads the same as it always did.
    String cp = "Caf\u00e9 \u201cquoted\u201d \u2013 na\u00efve \u00c9t\u00e9 \u20ac5";
    assertThat(TextDecoding.decode(cp.getBytes(TextDecoding.WINDOWS_1252)).text()).isEqualTo(cp);
  }

  @Test
  void asciiIsTakenAsIs() {
    assertThat(TextDecoding.decode("plain ascii\n".getBytes(StandardCharsets.US_ASCII)).text()).isEqualTo("plain ascii\n");
  }

  @Test
  void htmlMetaCharsetIsHonouredAndABomWins() {
    byte[] page = "<html><head><meta charset=\"windows-1252\"></head><p>Caf\u00e9 \u20ac</p>".getBytes(TextDecoding.WINDOWS_1252);
    assertThat(HtmlInput.decode(page, null).text()).contains("Caf\u00e9 \u20ac");
    assertThat(HtmlInput.decode(page, null).warning()).isNull();
    byte[] utf16 = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, "<p>na\u00efve</p>", StandardCharsets.UTF_16LE);
    assertThat(HtmlInput.decode(utf16, null).text()).isEqualTo("<p>na\u00efve</p>");
    byte[] undeclared = "<p>Caf\u00e9</p>".getBytes(TextDecoding.WINDOWS_1252);
    assertThat(HtmlInput.decode(undeclared, null).warning()).contains("Windows-1252");
  }

  @Test
  void aDeclaredHtmlCharsetWinsAndAnUnknownOneFallsBack() {
    byte[] latin = "<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(HtmlInput.decode(latin, "iso-8859-1")).isEqualTo(new TextDecoding.Decoded("<p>Caf\u00e9</p>", null));
    assertThat(HtmlInput.decode(latin, "no-such-charset").warning()).contains("Windows-1252");
    assertThat(HtmlInput.decode(latin, "utf-8").warning()).as("a lying UTF-8 label is caught").contains("Windows-1252");
  }
}
