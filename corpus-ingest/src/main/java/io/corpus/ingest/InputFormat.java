package io.corpus.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * The format of an input file once any compression is removed.
 *
 * <p>{@link #AUTO} lets the reader decide: WARC by its {@code WARC/} magic, otherwise by the file
 * extension ({@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}/{@code .ndjson}/{@code
 * .json}, {@code .csv}/{@code .tsv}, {@code .warc}/{@code .wet}), otherwise by sniffing the first bytes.
 */
public enum InputFormat {
  /** Decide from the content and the file name. */
  AUTO,
  /** One plain-text document per file. */
  TEXT,
  /** One HTML page per file. */
  HTML,
  /** One JSON object per line; or a JSON array of objects, or pretty-printed objects, one record each. */
  JSONL,
  /** A CSV file with a header row, one document per record (RFC 4180 quoting; comma, semicolon or tab). */
  CSV,
  /** A WARC file; every HTML response or resource record is a document. */
  WARC,
  /** An RSS 2.0 or Atom feed; every item or entry is a document. */
  FEED,
  /** A web page saved as one MHTML file; its HTML part is the document. */
  MHTML;

  /**
   * The format a file name's extension names, if any ({@code dump.jsonl} gives JSONL). The name
   * must already be stripped of a compression extension.
   */
  public static Optional<InputFormat> fromExtension(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    switch (n.substring(dot + 1)) {
      case "txt":
      case "text":
        return Optional.of(TEXT);
      case "html":
      case "htm":
      case "xhtml":
        return Optional.of(HTML);
      case "jsonl":
      case "ndjson":
      case "json":
        return Optional.of(JSONL);
      case "csv":
      case "tsv":
        return Optional.of(CSV);
      case "warc":
      case "wet":
        return Optional.of(WARC);
      case "rss":
      case "atom":
        return Optional.of(FEED);
      case "mhtml":
      case "mht":
        return Optional.of(MHTML);
      default:
        return Optional.empty();
    }
  }
}
