package io.corpus.ingest.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.jspecify.annotations.Nullable;

/**
 * Bytes of an HTML page to text. This is the single place HTML inputs (files, JSONL fields are
 * already text, WARC payloads) are decoded: a charset the transport declared (the HTTP {@code
 * Content-Type} of a WARC response) wins; otherwise the plain-text rules apply (BOM, UTF-8, else
 * Windows-1252 with a warning). When {@code io.corpus.clean.html.HtmlDecoding} reaches main, its
 * {@code <meta charset>} sniffing replaces the fallback branch here and nowhere else.
 */
public final class HtmlInput {

  private HtmlInput() {}

  /** Decodes an HTML page; {@code declaredCharset} is the transport's charset label, if any. */
  public static TextDecoding.Decoded decode(byte[] bytes, @Nullable String declaredCharset) {
    if (declaredCharset != null) {
      try {
        Charset cs = Charset.forName(declaredCharset.strip().replace("\"", ""));
        if (cs.equals(StandardCharsets.UTF_8)) {
          return TextDecoding.decode(bytes); // validates, and says so when the label lied
        }
        return new TextDecoding.Decoded(new String(bytes, cs), null);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // An unknown label: fall through to detection rather than reject the page.
      }
    }
    return TextDecoding.decode(bytes);
  }
}
