package io.corpus.ingest.internal;

import io.corpus.ingest.DocumentSource;
import io.corpus.ingest.InputOptions;
import io.corpus.ingest.InputRecord;
import io.corpus.ingest.SourceEntry;
import io.corpus.model.ContentType;
import io.corpus.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.jspecify.annotations.Nullable;

/**
 * A web page saved as one MHTML file (Chrome's and Edge's "Save as … single file", {@code .mhtml},
 * Internet Explorer's {@code .mht}): a MIME message whose first HTML part is the page, the rest its
 * images, styles and frames. The page is one HTML document, its address the snapshot's or the
 * part's {@code Content-Location}, its title the message's {@code Subject}; the transfer encoding
 * (quoted-printable, base64) is undone by mime4j, the charset taken from the part or the page.
 */
final class MhtmlSource {

  private MhtmlSource() {}

  /** The source of one page saved as MHTML, whose bytes are {@code data}, read whole up to the cap. */
  static DocumentSource open(String name, InputStream data, InputOptions options) throws IOException {
    byte[] bytes = Opener.readWhole(data, options);
    if (bytes == null) {
      return Opener.reject(name, "a saved page larger than the maximum document size of " + options.maxDocumentBytes() + " bytes");
    }
    MimeTokenStream mime = new MimeTokenStream(MimeConfig.PERMISSIVE);
    mime.parse(new ByteArrayInputStream(bytes));
    String url = null;
    String title = null;
    String partUrl = null;
    boolean partCharset = false;
    boolean topLevel = true;
    try {
      for (EntityState s = mime.getState(); s != EntityState.T_END_OF_STREAM; s = mime.next()) {
        switch (s) {
          case T_START_MULTIPART:
          case T_START_BODYPART:
            topLevel = s == EntityState.T_START_MULTIPART && topLevel;
            partUrl = null;
            partCharset = false;
            break;
          case T_FIELD:
            Field f = mime.getField();
            String field = f.getName().toLowerCase(Locale.ROOT);
            if (topLevel && field.equals("snapshot-content-location")) {
              url = f.getBody().strip();
            } else if (topLevel && field.equals("subject")) {
              title = DecoderUtil.decodeEncodedWords(f.getBody(), DecodeMonitor.SILENT).strip();
            } else if (field.equals("content-location")) {
              partUrl = f.getBody().strip();
            } else if (field.equals("content-type")) {
              partCharset = f.getBody().toLowerCase(Locale.ROOT).contains("charset");
            }
            break;
          case T_BODY:
            BodyDescriptor body = mime.getBodyDescriptor();
            if (body.getMimeType().equalsIgnoreCase("text/html")) {
              byte[] html = mime.getDecodedInputStream().readNBytes(options.maxDocumentBytes() + 1);
              if (html.length > options.maxDocumentBytes()) {
                return Opener.reject(name, "its page, once decoded, is larger than the maximum document size of "
                    + options.maxDocumentBytes() + " bytes");
              }
              // Only a charset the part names: MIME's default (US-ASCII) would override the page's own.
              return page(name, html, partCharset ? body.getCharset() : null, url != null ? url : partUrl, title);
            }
            topLevel = false;
            break;
          default:
            break;
        }
      }
    } catch (MimeException e) {
      return Opener.reject(name, "not a readable MHTML file (" + e.getMessage() + ")");
    }
    return Opener.reject(name, "an MHTML file without an HTML part");
  }

  private static DocumentSource page(String name, byte[] html, @Nullable String charset, @Nullable String url, @Nullable String title) {
    TextDecoding.Decoded d = HtmlInput.decode(html, charset);
    String binary = TextDecoding.binary(d.text());
    if (binary != null) {
      return Opener.reject(name, "its HTML part " + binary);
    }
    List<String> warnings = d.warning() == null ? List.of() : List.of(name + " " + d.warning());
    Map<String, String> meta = title == null || title.isEmpty() ? Map.of() : Map.of("title", title);
    return new SingleRecordSource(name, SourceEntry.of(new InputRecord.Document(name, 0,
        new RawDocument(name, null, url == null || url.isEmpty() ? null : url, d.text(), ContentType.HTML, meta), warnings)));
  }

  /** Whether a file's first bytes are a saved page's MIME headers (Chrome writes "From: <Saved by Blink>"). */
  static boolean looksLikeMhtml(byte[] head, int i) {
    String s = new String(head, i, Math.min(head.length - i, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return s.startsWith("from: <saved by ")
        || ((s.startsWith("mime-version:") || s.startsWith("from:") || s.startsWith("subject:") || s.startsWith("date:"))
            && s.contains("multipart/related"));
  }
}
