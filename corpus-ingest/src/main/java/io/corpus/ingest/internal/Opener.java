package io.corpus.ingest.internal;

import com.github.luben.zstd.ZstdInputStream;
import io.corpus.ingest.DocumentSource;
import io.corpus.ingest.FieldMapping;
import io.corpus.ingest.InputFormat;
import io.corpus.ingest.InputOptions;
import io.corpus.ingest.InputRecord;
import io.corpus.ingest.SourceEntry;
import io.corpus.model.ContentType;
import io.corpus.model.RawDocument;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.ArchiveException;
import org.apache.commons.compress.archivers.ArchiveStreamFactory;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.io.input.ReaderInputStream;
import org.jspecify.annotations.Nullable;
import org.tukaani.xz.XZInputStream;

/**
 * Opens one input stream as a {@link DocumentSource}: removes compression found by its magic
 * bytes (gzip, bzip2, zstd, xz; the name's extension is not trusted), reads a tar or zip archive
 * found by its content as a folder of inputs ({@link ArchiveSource}), and otherwise picks the
 * format (WARC by its magic, else the extension, else a sniff of the first bytes). JSON Lines
 * and CSV in UTF-16 with a byte-order mark (what Windows PowerShell's {@code >} and Excel's
 * "Unicode text" write) are read through a UTF-8 transcoder, as the line and record readers
 * expect; malformed UTF-16 (a lone surrogate) becomes U+FFFD there. Text and HTML files keep their
 * bytes: their decoders read the mark themselves.
 */
public final class Opener {

  private static final int BUFFER = 64 * 1024;
  private static final int SNIFF = 8 * 1024;
  /**
   * The most memory an xz stream may ask for (its dictionary): xz -9 needs 65 MiB; a stream that
   * declares more is rejected rather than allowed to take the heap.
   */
  private static final int XZ_MEMORY_LIMIT_KIB = 100 * 1024;

  /** Why a file found in a folder or an archive is passed over. */
  public static final String NOT_AN_INPUT =
      "not an input format corpus reads (.txt, .html, .mhtml, .jsonl, .csv, .warc, .rss or .xml feeds,"
          + " a .tar or .zip of them; optionally .gz/.bz2/.zst/.xz)";

  private Opener() {}

  /** A compression recognised by its first bytes. */
  enum Compression {
    NONE,
    GZIP,
    BZIP2,
    ZSTD,
    XZ;

    static Compression of(byte[] m) {
      if (m.length >= 2 && (m[0] & 0xFF) == 0x1F && (m[1] & 0xFF) == 0x8B) {
        return GZIP;
      }
      if (m.length >= 3 && m[0] == 'B' && m[1] == 'Z' && m[2] == 'h') {
        return BZIP2;
      }
      if (m.length >= 4 && (m[0] & 0xFF) == 0x28 && (m[1] & 0xFF) == 0xB5 && (m[2] & 0xFF) == 0x2F
          && (m[3] & 0xFF) == 0xFD) {
        return ZSTD;
      }
      if (m.length >= 6 && (m[0] & 0xFF) == 0xFD && m[1] == '7' && m[2] == 'z' && m[3] == 'X' && m[4] == 'Z'
          && m[5] == 0) {
        return XZ;
      }
      return NONE;
    }

    InputStream wrap(InputStream in) throws IOException {
      switch (this) {
        case GZIP:
          return new GZIPInputStream(in, BUFFER);
        case BZIP2:
          return new BZip2CompressorInputStream(in, true);
        case ZSTD:
          return new ZstdInputStream(in).setContinuous(false);
        case XZ:
          return new XZInputStream(in, XZ_MEMORY_LIMIT_KIB);
        default:
          return in;
      }
    }
  }

  /**
   * Opens {@code raw} (which this source then owns and closes). Never throws for bad input: an
   * empty, unreadable or corrupt input gives a source of one reject.
   *
   * @param name the input's name as records cite it
   */
  public static DocumentSource open(InputStream raw, String name, InputOptions options) {
    return open(raw, name, options, 0);
  }

  /**
   * Opens {@code raw}, which lies inside {@code depth} archives (0 for a file of its own).
   *
   * @see #open(InputStream, String, InputOptions)
   */
  static DocumentSource open(InputStream raw, String name, InputOptions options, int depth) {
    try {
      BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
      in.mark(16);
      byte[] magic = in.readNBytes(6);
      in.reset();
      if (magic.length == 0) {
        raw.close();
        return reject(name, "empty file");
      }
      Compression compression = Compression.of(magic);
      InputStream data = in;
      String inner = name;
      if (compression != Compression.NONE) {
        try {
          data = new BufferedInputStream(new OneReadAtATime(compression.wrap(in)), BUFFER);
        } catch (IOException e) {
          raw.close();
          String kind = compression.name().toLowerCase(Locale.ROOT);
          return reject(name, AbstractSource.endsEarly(e)
              ? "the file ends before its first " + kind + " block is whole (truncated or corrupt: " + e.getMessage() + "); nothing could be read"
              : "corrupt " + kind + " data: " + e.getMessage());
        }
        inner = stripCompression(name);
      }
      data.mark(SNIFF);
      byte[] head = sniffHead(data);
      data.reset();
      if (head.length == 0) {
        data.close();
        return reject(name, compression == Compression.NONE ? "empty file" : "empty file (after decompression)");
      }
      String archive = archiveKind(head);
      DocumentSource archived = archive == null ? null : archive(name, data, archive, options, depth);
      if (archived != null) {
        return archived;
      }
      Charset utf16 = TextDecoding.utf16Mark(head, 0, head.length);
      if (utf16 != null && recordsFormat(options.format(), inner)) {
        data.skipNBytes(2);
        data = new BufferedInputStream(utf8From(data, utf16), BUFFER);
        data.mark(SNIFF);
        head = sniffHead(data);
        data.reset();
      }
      InputFormat format = options.format();
      if (format == InputFormat.AUTO) {
        byte[] first = head;
        format = startsWith(first, "WARC/")
            ? InputFormat.WARC
            : InputFormat.fromExtension(inner).orElseGet(() -> sniff(first, options.fields()));
        if (inner.toLowerCase(Locale.ROOT).endsWith(".xml") && format != InputFormat.FEED) {
          // Feeds are often saved as .xml; other XML (a sitemap, a configuration) is no document.
          data.close();
          return skipped(name, "XML that is not an RSS or Atom feed");
        }
      }
      if (format == InputFormat.JSONL || format == InputFormat.CSV) {
        int nul = indexOfNul(head);
        if (nul >= 0) {
          // JSON never holds a raw NUL, CSV hardly: read line by line, a binary file would give a
          // reject per "line" of noise.
          data.close();
          return reject(name, "looks binary, not " + (format == InputFormat.JSONL ? "JSON" : "CSV")
              + ": a NUL byte at byte " + nul + binaryHint(name));
        }
      }
      switch (format) {
        case JSONL:
          return JsonlSource.open(name, data, options, head);
        case CSV:
          return new CsvSource(name, data, options, head);
        case WARC:
          return new WarcSource(name, data, options);
        case FEED:
          return FeedSource.open(name, data, options);
        case MHTML:
          return MhtmlSource.open(name, data, options);
        default:
          return wholeFile(name, data, format == InputFormat.HTML ? ContentType.HTML : ContentType.TEXT, options);
      }
    } catch (IOException e) {
      try {
        raw.close();
      } catch (IOException ignored) {
        // already failing; the reject says why
      }
      return reject(name, AbstractSource.describe(e));
    }
  }

  /**
   * The archive format {@code head} starts, as commons-compress detects it ({@code tar}, {@code
   * zip}, {@code jar}, {@code 7z}, ...), or {@code rar}; null for anything else.
   */
  private static @Nullable String archiveKind(byte[] head) {
    if (startsWith(head, "Rar!\u001a\u0007")) {
      return "rar";
    }
    try {
      return ArchiveStreamFactory.detect(new ByteArrayInputStream(head));
    } catch (ArchiveException | RuntimeException e) {
      return null; // no archive signature
    }
  }

  /** The source of an archive of {@code kind}, or of one reject when corpus does not read it. */
  private static @Nullable DocumentSource archive(String name, InputStream data, String kind, InputOptions options, int depth)
      throws IOException {
    switch (kind) {
      case ArchiveStreamFactory.TAR:
      case ArchiveStreamFactory.ZIP:
      case ArchiveStreamFactory.JAR:
        if (depth >= ArchiveSource.MAX_DEPTH) {
          data.close();
          return reject(name, "an archive inside " + depth + " other archives; corpus reads archives nested up to "
              + ArchiveSource.MAX_DEPTH + " deep: extract it first");
        }
        return kind.equals(ArchiveStreamFactory.TAR)
            ? ArchiveSource.tar(name, data, options, depth)
            : ArchiveSource.zip(name, data, options, depth);
      case ArchiveStreamFactory.SEVEN_Z:
      case "rar":
        data.close();
        return reject(name, "a " + (kind.equals("rar") ? "RAR" : "7z") + " archive, which corpus does not read as a stream:"
            + " extract it first, or repack it as .tar.gz or .zip");
      default:
        // ar, arj, cpio, dump: not archives of scraped pages; read as any other file (a binary one
        // is rejected as binary).
        return null;
    }
  }

  /**
   * Whether an input may be JSON Lines or CSV: forced so, named so, or named nothing the format
   * table knows (the transcoded head then decides, and a text file read as UTF-8 reads the same).
   */
  private static boolean recordsFormat(InputFormat forced, String inner) {
    InputFormat f = forced != InputFormat.AUTO ? forced : InputFormat.fromExtension(inner).orElse(null);
    return f == null || f == InputFormat.JSONL || f == InputFormat.CSV;
  }

  /**
   * UTF-8 bytes of UTF-16 ones. The code units are passed on as they are and the UTF-8 encoder
   * writes U+FFFD for a lone surrogate: the JDK's UTF-16 decoder, told to replace, would swallow
   * the char after a lone high surrogate with it.
   */
  private static InputStream utf8From(InputStream utf16, Charset cs) throws IOException {
    CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD});
    return ReaderInputStream.builder()
        .setReader(new CodeUnits(utf16, cs == StandardCharsets.UTF_16BE))
        .setCharsetEncoder(utf8)
        .get();
  }

  /** The UTF-16 code units of a byte stream, unchecked; an odd last byte reads as U+FFFD. */
  private static final class CodeUnits extends Reader {
    private final InputStream in;
    private final boolean bigEndian;
    private final byte[] bytes = new byte[16 * 1024];
    /** A byte read past the last whole code unit, or -1. */
    private int carry = -1;

    CodeUnits(InputStream in, boolean bigEndian) {
      this.in = in;
      this.bigEndian = bigEndian;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      int want = Math.min(len, bytes.length / 2) * 2;
      int have = 0;
      if (carry >= 0) {
        bytes[have++] = (byte) carry;
        carry = -1;
      }
      while (have < 2) {
        int r = in.read(bytes, have, want - have);
        if (r < 0) {
          if (have == 1) {
            cbuf[off] = '\ufffd';
            return 1;
          }
          return -1;
        }
        have += r;
      }
      int units = have / 2;
      int first = bigEndian ? 0 : 1;
      for (int u = 0; u < units; u++) {
        cbuf[off + u] = (char) ((bytes[2 * u + first] & 0xFF) << 8 | (bytes[2 * u + 1 - first] & 0xFF));
      }
      if ((have & 1) != 0) {
        carry = bytes[have - 1] & 0xFF;
      }
      return units;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * Makes {@link BufferedInputStream} do one read of the decompressor per call: it otherwise keeps
   * reading while {@code available() > 0}, and a truncated stream's exception would then discard
   * the bytes already decompressed in that call, losing the records before the cut.
   */
  private static final class OneReadAtATime extends java.io.FilterInputStream {
    OneReadAtATime(InputStream in) {
      super(in);
    }

    @Override
    public int available() {
      return 0;
    }
  }

  /**
   * Up to {@link #SNIFF} first bytes. A stream that fails after some bytes still gives those: the
   * format reader then meets the same failure after the records before it, and says so.
   */
  private static byte[] sniffHead(InputStream data) throws IOException {
    byte[] head = new byte[SNIFF];
    int n = 0;
    try {
      while (n < SNIFF) {
        int r = data.read(head, n, SNIFF - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (IOException e) {
      if (n == 0) {
        throw e;
      }
    }
    return java.util.Arrays.copyOf(head, n);
  }

  /** A source of one reject for an input that cannot be opened at all. */
  public static DocumentSource reject(String name, String reason) {
    return new SingleRecordSource(name, SourceEntry.of(new InputRecord.Reject(name, 0, reason)));
  }

  /** A source of one skipped input (e.g. an unsupported file found in a folder). */
  public static DocumentSource skipped(String name, String reason) {
    return new SingleRecordSource(name, SourceEntry.of(new InputRecord.Skipped(name, 0, reason)));
  }


  /** All of {@code data}, which this closes; null when it is longer than the document cap (the rest unread). */
  static byte @Nullable [] readWhole(InputStream data, InputOptions options) throws IOException {
    try (data) {
      byte[] bytes = data.readNBytes(options.maxDocumentBytes() + 1);
      return bytes.length > options.maxDocumentBytes() ? null : bytes;
    }
  }

  private static DocumentSource wholeFile(String name, InputStream data, ContentType type, InputOptions options)
      throws IOException {
    byte[] bytes = readWhole(data, options);
    if (bytes == null) {
      return reject(name, "larger than the maximum document size of " + options.maxDocumentBytes() + " bytes");
    }
    return new SingleRecordSource(name, new SourceEntry() {
      @Override
      public long size() {
        return bytes.length;
      }

      @Override
      public InputRecord decode() {
        TextDecoding.Decoded d =
            type == ContentType.HTML ? HtmlInput.decode(bytes, null) : TextDecoding.decode(bytes);
        String binary = TextDecoding.binary(d.text());
        if (binary != null) {
          return new InputRecord.Reject(name, 0, binary + binaryHint(name));
        }
        if (d.text().isBlank()) {
          return new InputRecord.Reject(name, 0, "has no text (only white space)");
        }
        List<String> warnings = d.warning() == null ? List.of() : List.of(name + " " + d.warning());
        return new InputRecord.Document(
            name, 0, new RawDocument(name, null, null, d.text(), type, java.util.Map.of()), warnings);
      }
    });
  }

  private static int indexOfNul(byte[] head) {
    for (int i = 0; i < head.length; i++) {
      if (head[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * What to add to a "looks binary" reject: for a name that promises text, the likely cause; for an
   * archive's or a compressed file's name, that its content is not one.
   */
  private static String binaryHint(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (String ext : List.of(".zip", ".tar", ".tgz", ".gz", ".bz2", ".zst", ".xz", ".7z", ".rar")) {
      if (n.endsWith(ext)) {
        return " (named like " + ext.substring(1) + " data, but its content is not: a damaged or misnamed file?)";
      }
    }
    return " (UTF-16 text needs a byte-order mark)";
  }

  /** The name without a compression extension ({@code a.jsonl.gz} gives {@code a.jsonl}). */
  public static String stripCompression(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (String ext : List.of(".gz", ".gzip", ".bz2", ".zst", ".zstd", ".xz")) {
      if (n.endsWith(ext)) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }

  /** Extensions of pages a server makes, which a site mirror (wget, HTTrack) saves under their own names. */
  private static final java.util.Set<String> SERVER_PAGES = java.util.Set.of(
      "shtml", "shtm", "stm", "php", "php3", "php4", "php5", "phtml", "asp", "aspx", "jsp", "jspx", "cfm", "cfml",
      "cgi", "pl", "do", "action");

  /**
   * Whether a name found in a folder or an archive that is not an {@linkplain #isInputName input
   * name} may still be a saved web page, as a site mirror names them: a server page ({@code
   * story.php}, {@code default.aspx}, {@code index.shtml}), an address without an extension ({@code
   * 2021/11/19/senate-passes-bill}), one with its query ({@code index.html?p=123}, {@code
   * article.php?id=5}), or wget's numbered second copy ({@code page.html.1}). Such a file is read
   * when its content is an HTML page or a feed ({@link #openIfPage}), and passed over otherwise.
   */
  public static boolean mayBePage(String name) {
    if (isInputName(name)) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.indexOf('?') > 0) {
      return true;
    }
    int dot = lower.lastIndexOf('.');
    if (dot <= 0) {
      return true; // no extension (a leading dot is a hidden file, never walked)
    }
    String ext = lower.substring(dot + 1);
    if (!ext.isEmpty() && ext.chars().allMatch(c -> c >= '0' && c <= '9')) {
      String first = name.substring(0, dot);
      return isInputName(first) || mayBePage(first);
    }
    return SERVER_PAGES.contains(ext);
  }

  /**
   * Opens a file {@link #mayBePage} admits: as HTML when its first bytes are an HTML page (a
   * doctype, or an {@code <html>}, {@code <head>} or {@code <body>} tag near the start), as a feed
   * when they are one, and otherwise passes it over unread (a script, a style sheet, an image
   * without an extension).
   */
  public static DocumentSource openIfPage(InputStream raw, String name, InputOptions options, int depth) {
    try {
      BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
      in.mark(SNIFF);
      byte[] head = sniffHead(in);
      in.reset();
      int i = firstVisible(head);
      InputFormat format = null;
      if (i < head.length && head[i] == '<') {
        format = isFeed(head, i) ? InputFormat.FEED : looksLikePage(head) ? InputFormat.HTML : null;
      }
      if (format == null) {
        in.close();
        return skipped(name, NOT_AN_INPUT + "; nor is it an HTML page or a feed by its content");
      }
      return open(in, name, options.withFormat(format), depth);
    } catch (IOException e) {
      try {
        raw.close();
      } catch (IOException ignored) {
        // already failing; the reject says why
      }
      return reject(name, "cannot be read: " + e.getMessage());
    }
  }

  /** Whether the first bytes of a file hold an HTML doctype or an html, head or body tag. */
  static boolean looksLikePage(byte[] head) {
    String h = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return h.contains("<!doctype html") || h.contains("<html") || h.contains("<head") || h.contains("<body");
  }

  /**
   * Whether a name found in a folder or an archive is an input: a known format or an archive,
   * possibly compressed. 7z and RAR archives count too: opening one rejects it with what to do,
   * which says more than passing it over.
   */
  public static boolean isInputName(String name) {
    String inner = stripCompression(name);
    String lower = inner.toLowerCase(Locale.ROOT);
    for (String ext : List.of(".tar", ".zip", ".wacz", ".tgz", ".tbz2", ".tbz", ".txz", ".tzst", ".7z", ".rar", ".xml")) {
      if (lower.endsWith(ext)) {
        return true; // an archive; or .xml, opened to see whether it is a feed
      }
    }
    return InputFormat.fromExtension(inner).isPresent() || (!inner.equals(name) && inner.indexOf('.') < 0);
  }

  private static boolean startsWith(byte[] head, String prefix) {
    if (head.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (head[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether XML starting at {@code i} is an RSS or Atom feed: its first element, after the XML
   * declaration, comments and processing instructions, is {@code <rss} or {@code <feed} (or an
   * RDF root, RSS 1.0).
   */
  static boolean isFeed(byte[] head, int i) {
    String s = new String(head, i, Math.min(head.length - i, 2048), StandardCharsets.ISO_8859_1);
    int at = 0;
    while (at < s.length()) {
      int lt = s.indexOf('<', at);
      if (lt < 0 || lt + 1 >= s.length()) {
        return false;
      }
      char c = s.charAt(lt + 1);
      if (c == '?' || c == '!') {
        int gt = s.indexOf('>', lt);
        if (gt < 0) {
          return false;
        }
        at = gt + 1;
        continue;
      }
      String root = s.substring(lt + 1, Math.min(s.length(), lt + 9)).toLowerCase(Locale.ROOT);
      return root.startsWith("rss") || root.startsWith("feed") || root.startsWith("rdf:rdf");
    }
    return false;
  }

  /** The index of the first byte of {@code head} after a UTF-8 byte-order mark and blanks. */
  private static int firstVisible(byte[] head) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    return i;
  }

  /** Guesses a format from the first bytes when neither magic nor extension decide. */
  static InputFormat sniff(byte[] head, FieldMapping fields) {
    int i = firstVisible(head);
    if (i < head.length && head[i] == '{') {
      return InputFormat.JSONL;
    }
    if (i < head.length && head[i] == '[') {
      int j = i + 1;
      while (j < head.length && (head[j] == ' ' || head[j] == '\t' || head[j] == '\r' || head[j] == '\n')) {
        j++;
      }
      if (j < head.length && head[j] == '{') {
        return InputFormat.JSONL; // a JSON array of objects
      }
    }
    if (i < head.length && head[i] == '<') {
      return isFeed(head, i) ? InputFormat.FEED : InputFormat.HTML;
    }
    if (MhtmlSource.looksLikeMhtml(head, i)) {
      return InputFormat.MHTML;
    }
    int nl = i;
    while (nl < head.length && head[nl] != '\n') {
      nl++;
    }
    String first = new String(head, i, nl - i, StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
    String sep = String.valueOf((char) Math.abs(CsvSource.separator(head)));
    if (first.startsWith("sep=") && nl < head.length) { // Excel's separator line; the header follows
      int next = nl + 1;
      nl = next;
      while (nl < head.length && head[nl] != '\n') {
        nl++;
      }
      first = new String(head, next, nl - next, StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
    }
    if (first.indexOf(sep) > 0) {
      for (String col : first.split(java.util.regex.Pattern.quote(sep), -1)) {
        String c = col.strip().replace("\"", "");
        if (fields.text().contains(c) || fields.html().contains(c)) {
          return InputFormat.CSV;
        }
      }
    }
    return InputFormat.TEXT;
  }
}
