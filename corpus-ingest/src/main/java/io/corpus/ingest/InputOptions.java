package io.corpus.ingest;

import java.util.Objects;

/**
 * How inputs are read. Immutable and thread-safe.
 *
 * <pre>{@code
 * InputOptions opts = InputOptions.DEFAULT.withFormat(InputFormat.JSONL);
 * }</pre>
 *
 * @param format the input format, or {@link InputFormat#AUTO} (the default) to detect it per file
 * @param fields which JSONL keys and CSV columns hold which part of a document
 * @param maxDocumentBytes the largest single document (a file, a JSONL line, a CSV record, a WARC
 *     record) that is read; a larger one is rejected unread so that no input can exhaust memory.
 *     Default {@value #DEFAULT_MAX_DOCUMENT_BYTES} (16 MiB)
 */
public record InputOptions(InputFormat format, FieldMapping fields, int maxDocumentBytes) {

  /**
   * 16 MiB: far above any real article (a long one is 100 KB), and small enough that cleaning one
   * (about ten times its size in working memory) fits the command line's 384 MB heap.
   */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  /** Auto-detected format, default fields, 16 MiB per document. */
  public static final InputOptions DEFAULT =
      new InputOptions(InputFormat.AUTO, FieldMapping.DEFAULT, DEFAULT_MAX_DOCUMENT_BYTES);

  public InputOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(fields, "fields");
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive, got " + maxDocumentBytes);
    }
  }

  public InputOptions withFormat(InputFormat newFormat) {
    return new InputOptions(newFormat, fields, maxDocumentBytes);
  }

  public InputOptions withFields(FieldMapping newFields) {
    return new InputOptions(format, newFields, maxDocumentBytes);
  }

  public InputOptions withMaxDocumentBytes(int newMax) {
    return new InputOptions(format, fields, newMax);
  }
}
