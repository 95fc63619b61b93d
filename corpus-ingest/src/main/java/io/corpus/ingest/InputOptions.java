package io.corpus.ingest;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 * @param recordsField for JSON inputs that wrap their records in an array field, as news APIs
 *     answer ({@code {"status": "ok", "articles": [{…}, {…}]}}): the dotted path of that array in
 *     each top-level object ({@code articles}, {@code response.docs}); null (the default) when each
 *     line, or each value of a top-level array, is a record
 */
public record InputOptions(InputFormat format, FieldMapping fields, int maxDocumentBytes, @Nullable String recordsField) {

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
    if (recordsField != null && (recordsField.isEmpty() || recordsField.startsWith(".") || recordsField.endsWith(".")
        || recordsField.contains(".."))) {
      throw new IllegalArgumentException("recordsField must be a field name or a dotted path, got '" + recordsField + "'");
    }
  }

  /** Options without a records field: each line, or each value of a top-level array, is a record. */
  public InputOptions(InputFormat format, FieldMapping fields, int maxDocumentBytes) {
    this(format, fields, maxDocumentBytes, null);
  }

  public InputOptions withFormat(InputFormat newFormat) {
    return new InputOptions(newFormat, fields, maxDocumentBytes, recordsField);
  }

  public InputOptions withFields(FieldMapping newFields) {
    return new InputOptions(format, newFields, maxDocumentBytes, recordsField);
  }

  public InputOptions withMaxDocumentBytes(int newMax) {
    return new InputOptions(format, fields, newMax, recordsField);
  }

  /** These options with JSON records read from the array at {@code path} (null: not). */
  public InputOptions withRecordsField(@Nullable String path) {
    return new InputOptions(format, fields, maxDocumentBytes, path);
  }
}
