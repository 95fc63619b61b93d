package io.corpus.ingest;

import io.corpus.model.RawDocument;
import java.util.List;
import java.util.Objects;

/**
 * What one record of an input turned out to be: a {@link Document} to clean, a {@link Reject} that
 * could not be read, or a {@link Skipped} record that holds no document by design (a WARC request
 * record, an image response). Immutable and thread-safe.
 */
public sealed interface InputRecord {

  /** The input file (relative to the folder it was found under), or {@code -} for standard input. */
  String source();

  /**
   * The record's number within its file: the line for JSONL, the record (after the header) for
   * CSV, the record's ordinal for WARC; 0 for a file that is one document.
   */
  long number();

  /**
   * A document read from the input.
   *
   * @param document the document; its {@code source} names the record, e.g. {@code dump.jsonl#42}
   * @param warnings what needed attention while reading it (e.g. a Windows-1252 fallback); empty
   *     when nothing did
   */
  record Document(String source, long number, RawDocument document, List<String> warnings)
      implements InputRecord {
    public Document {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(document, "document");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * A record (or a whole file, with number 0) that could not be processed.
   *
   * @param reason what is wrong, in words a user can act on
   * @param raw the record as it was read, when it was read and is text, so that nothing is lost:
   *     the JSON Lines line (or JSON record), the CSV record as a CSV line, or the text or HTML of
   *     a document that could not be cleaned or written; null for a whole file (the file is its
   *     own record), a record too large to read, and binary or framing failures
   */
  record Reject(String source, long number, String reason, @org.jspecify.annotations.Nullable String raw)
      implements InputRecord {
    public Reject {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reason, "reason");
    }

    /** A reject without the raw record. */
    public Reject(String source, long number, String reason) {
      this(source, number, reason, null);
    }

    /** This reject with the raw record, unless it already has one. */
    public Reject withRaw(@org.jspecify.annotations.Nullable String newRaw) {
      return raw != null || newRaw == null ? this : new Reject(source, number, reason, newRaw);
    }

    /** {@code source#number: reason}, or {@code source: reason} for a whole file. */
    @Override
    public String toString() {
      return (number > 0 ? source + "#" + number : source) + ": " + reason;
    }
  }

  /**
   * A record that holds no document by design and is not an error.
   *
   * @param reason why it was skipped
   */
  record Skipped(String source, long number, String reason) implements InputRecord {
    public Skipped {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
