package io.corpus.ingest.internal;

import io.corpus.ingest.InputOptions;
import io.corpus.ingest.InputRecord;
import io.corpus.ingest.SourceEntry;
import io.corpus.model.ContentType;
import io.corpus.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC (1.0/1.1) records; every {@code response} record whose HTTP payload is HTML (status 2xx),
 * every {@code resource} record of type HTML or plain text, and every plain-text {@code
 * conversion} record (Common Crawl's WET files: the text extracted from each page, with the
 * language it was identified in) is a document. Other records are skipped.
 *
 * <p>The reading thread only frames records (header up to the blank line, then {@code
 * Content-Length} bytes) so that a corrupt record can be rejected and reading resumed at the next
 * {@code WARC/} header; jwarc parses each framed record (WARC and HTTP headers, transfer and
 * content encodings) when the entry is decoded. Compression (a {@code .warc.gz} of gzip members)
 * is removed before framing.
 */
final class WarcSource extends AbstractSource {

  private static final int MAX_HEADER = 64 * 1024;
  private static final byte[] MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

  private final PushbackInputStream in;
  private final InputOptions options;
  private long recordNo;
  private long position;
  private boolean stop;

  WarcSource(String name, InputStream in, InputOptions options) {
    super(name, in);
    this.in = new PushbackInputStream(in, MAGIC.length + 1);
    this.options = options;
  }

  @Override
  protected long nextNumber() {
    return recordNo + 1;
  }

  @Override
  protected @Nullable SourceEntry frame() throws IOException {
    while (!stop) {
      int b;
      do {
        b = read();
      } while (b == '\r' || b == '\n');
      if (b < 0) {
        return null;
      }
      unread(b);
      long n = ++recordNo;
      long offset = position;
      byte[] header = readHeader();
      if (header == null) {
        stop = true;
        return reject(n, "the file ends inside the WARC header of the record at byte " + offset);
      }
      String head = new String(header, StandardCharsets.UTF_8);
      if (!head.startsWith("WARC/")) {
        resync();
        return reject(n, "not a WARC record at byte " + offset + " (starts with \"" + printable(head) + "\"); skipped to the next record");
      }
      Map<String, String> fields = WarcHeaders.parse(head);
      String lengthText = fields.get("content-length");
      long length;
      try {
        length = lengthText == null ? -1 : Long.parseLong(lengthText.strip());
      } catch (NumberFormatException e) {
        length = -1;
      }
      if (length < 0) {
        resync();
        return reject(n, "invalid WARC record at byte " + offset + ": Content-Length is "
            + (lengthText == null ? "missing" : "\"" + printable(lengthText) + "\"") + "; skipped to the next record");
      }
      String type = fields.getOrDefault("warc-type", "").strip().toLowerCase(Locale.ROOT);
      boolean candidate = type.equals("response") || type.equals("resource") || type.equals("conversion");
      if (!candidate) {
        skip(length, n);
        continue;
      }
      if (length > options.maxDocumentBytes()) {
        skip(length, n);
        return reject(n, "record of " + length + " bytes exceeds the maximum document size of "
            + options.maxDocumentBytes() + " bytes");
      }
      byte[] block = in.readNBytes((int) length);
      position += block.length;
      if (block.length < length) {
        stop = true;
        return reject(n, "the file ends inside the record at byte " + offset + " (truncated: "
            + block.length + " of " + length + " bytes)");
      }
      return new Entry(header, block, n);
    }
    return null;
  }

  private SourceEntry reject(long n, String reason) {
    return SourceEntry.of(new InputRecord.Reject(name(), n, reason));
  }

  private void skip(long length, long n) throws IOException {
    long left = length;
    while (left > 0) {
      long s = in.skip(left);
      if (s <= 0) {
        if (in.read() < 0) {
          throw new java.io.EOFException("the file ends inside record " + n);
        }
        s = 1;
      }
      left -= s;
      position += s;
    }
  }

  private int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      position++;
    }
    return b;
  }

  private void unread(int b) throws IOException {
    in.unread(b);
    position--;
  }

  /** The header through its blank line, or null at the end of the stream. */
  private byte @Nullable [] readHeader() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    int last4 = 0;
    while (out.size() < MAX_HEADER) {
      int b = read();
      if (b < 0) {
        return null;
      }
      out.write(b);
      last4 = (last4 << 8) | b;
      if (last4 == 0x0d0a0d0a || (last4 & 0xFFFF) == 0x0a0a) {
        return out.toByteArray();
      }
    }
    return out.toByteArray(); // no blank line in 64 KB: not a header; the caller resyncs
  }

  /** Skips to the next line that starts with {@code WARC/}, leaving it unread. */
  private void resync() throws IOException {
    int matched = 0;
    boolean lineStart = false;
    int b;
    while ((b = read()) >= 0) {
      if (matched > 0 || lineStart) {
        if (b == MAGIC[matched]) {
          matched++;
          if (matched == MAGIC.length) {
            in.unread(MAGIC);
            position -= MAGIC.length;
            return;
          }
          continue;
        }
        matched = 0;
      }
      lineStart = b == '\n';
    }
  }

  private static String printable(String s) {
    String first = s.length() > 40 ? s.substring(0, 40) + "…" : s;
    StringBuilder sb = new StringBuilder();
    for (char c : first.toCharArray()) {
      sb.append(c < 0x20 || c == 0x7f || c == '\uFFFD' ? '?' : c);
    }
    return sb.toString();
  }

  private final class Entry implements SourceEntry {
    private final byte[] header;
    private final byte[] block;
    private final long number;

    Entry(byte[] header, byte[] block, long number) {
      this.header = header;
      this.block = block;
      this.number = number;
    }

    @Override
    public long size() {
      return header.length + (long) block.length;
    }

    @Override
    public InputRecord decode() {
      byte[] whole = new byte[header.length + block.length + 4];
      System.arraycopy(header, 0, whole, 0, header.length);
      System.arraycopy(block, 0, whole, header.length, block.length);
      whole[whole.length - 4] = '\r';
      whole[whole.length - 3] = '\n';
      whole[whole.length - 2] = '\r';
      whole[whole.length - 1] = '\n';
      try (WarcReader reader = new WarcReader(new ByteArrayInputStream(whole))) {
        Optional<WarcRecord> parsed = reader.next();
        if (parsed.isEmpty()) {
          return new InputRecord.Reject(name(), number, "invalid WARC record: no record");
        }
        WarcRecord record = parsed.get();
        MediaType type;
        byte[] body;
        String url;
        ContentType kind = ContentType.HTML;
        Map<String, String> meta = Map.of();
        if (record instanceof WarcResponse) {
          WarcResponse response = (WarcResponse) record;
          url = response.target();
          HttpResponse http = response.http();
          type = http.contentType();
          if (!isHtml(type)) {
            return skipped("not HTML (" + type.base() + ")");
          }
          if (http.status() < 200 || http.status() > 299) {
            // A redirect's stub, a 404 or an error page: what the server said instead of the page.
            return skipped("HTTP status " + http.status() + ", not a page's content");
          }
          // Content-Encoding (gzip, deflate, br) and chunked transfer are undone here, so the
          // body can grow past the block's size: past the cap it is rejected, never cut short.
          body = http.bodyDecoded().stream().readNBytes(options.maxDocumentBytes() + 1);
        } else if (record instanceof WarcResource) {
          WarcResource resource = (WarcResource) record;
          url = resource.target();
          type = resource.contentType();
          if (!isHtml(type) && !isText(type)) {
            return skipped("not HTML or plain text (" + type.base() + ")");
          }
          kind = isHtml(type) ? ContentType.HTML : ContentType.TEXT;
          body = resource.body().stream().readNBytes(options.maxDocumentBytes() + 1);
        } else if (record instanceof WarcConversion) {
          WarcConversion conversion = (WarcConversion) record;
          url = conversion.target();
          type = conversion.contentType();
          if (!isText(type)) {
            return skipped("a conversion to " + type.base() + ", not plain text");
          }
          kind = ContentType.TEXT;
          body = conversion.body().stream().readNBytes(options.maxDocumentBytes() + 1);
          String language = language(record.headers().first("WARC-Identified-Content-Language").orElse(null));
          if (language != null) {
            meta = Map.of("language", language);
          }
        } else {
          return skipped("a " + record.type() + " record");
        }
        if (body.length > options.maxDocumentBytes()) {
          return new InputRecord.Reject(name(), number, "its page, once decoded, is larger than the maximum document size of "
              + options.maxDocumentBytes() + " bytes");
        }
        TextDecoding.Decoded html = kind == ContentType.HTML
            ? HtmlInput.decode(body, type.parameters().get("charset"))
            : TextDecoding.decode(body);
        String binary = TextDecoding.binary(html.text());
        if (binary != null) {
          return new InputRecord.Reject(name(), number, "labelled " + type.base() + " but " + binary);
        }
        List<String> warnings = html.warning() == null
            ? List.of()
            : List.of(name() + " record " + number + " " + html.warning());
        String id = record.id() == null ? null : record.id().toString();
        return new InputRecord.Document(
            name(),
            number,
            new RawDocument(name() + "#" + number, id, url, html.text(), kind, meta),
            warnings);
      } catch (IOException | RuntimeException e) {
        return new InputRecord.Reject(name(), number, "invalid WARC record: " + e.getMessage());
      }
    }

    private InputRecord skipped(String why) {
      return new InputRecord.Skipped(name(), number, why);
    }
  }

  private static boolean isText(MediaType type) {
    return type.base().toString().toLowerCase(Locale.ROOT).equals("text/plain");
  }

  /**
   * The first language of a {@code WARC-Identified-Content-Language} header ({@code eng} or {@code
   * eng,fra}, ISO 639-3 codes as CLD2 gives them) as the two-letter code HTML pages use ({@code
   * en}) when there is one, else as given.
   */
  static @Nullable String language(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String first = header.split(",", 2)[0].strip().toLowerCase(Locale.ROOT);
    return first.isEmpty() ? null : TWO_LETTER.getOrDefault(first, first);
  }

  /** ISO 639-2/3 codes to the ISO 639-1 code of the same language, from the JDK's own table. */
  private static final Map<String, String> TWO_LETTER = twoLetter();

  private static Map<String, String> twoLetter() {
    Map<String, String> m = new java.util.HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        m.putIfAbsent(new Locale(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code known
      }
    }
    return Map.copyOf(m);
  }

  private static boolean isHtml(MediaType type) {
    String t = type.base().toString().toLowerCase(Locale.ROOT);
    return t.equals("text/html") || t.equals("application/xhtml+xml");
  }
}
