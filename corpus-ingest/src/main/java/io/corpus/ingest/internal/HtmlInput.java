package io.corpus.ingest.internal;

import io.corpus.clean.html.HtmlDecoding;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Bytes of an HTML page to text: the single place HTML inputs (files, WARC payloads) are decoded.
 * A charset the transport declared (the HTTP {@code Content-Type} of a WARC response) wins; then
 * a byte-order mark or a {@code <meta charset>} declaration, found by {@link HtmlDecoding}; a page
 * that declares nothing, or declares UTF-8, must be valid UTF-8 and is otherwise read as
 * Windows-1252 with a warning, like a text file.
 */
public final class HtmlInput {

  private HtmlInput() {}

  /** Decodes an HTML page; {@code transportCharset} is the transport's charset label, if any. */
  public static TextDecoding.Decoded decode(byte[] bytes, @Nullable String transportCharset) {
    Charset cs = null;
    if (transportCharset != null) {
      cs = HtmlDecoding.forLabel(transportCharset.strip().replace("\"", ""));
    }
    if (cs == null && HtmlDecoding.bomCharset(bytes) == null) {
      String declared = HtmlDecoding.declaredCharset(bytes);
      cs = declared == null ? null : HtmlDecoding.forLabel(declared);
    }
    if (cs == null && HtmlDecoding.bomCharset(bytes) != null) {
      return new TextDecoding.Decoded(HtmlDecoding.decode(bytes), null);
    }
    if (cs == null || cs.equals(StandardCharsets.UTF_8)) {
      return TextDecoding.decode(bytes); // validates, and says so when the page is not UTF-8
    }
    return new TextDecoding.Decoded(new String(bytes, cs), null);
  }
}
