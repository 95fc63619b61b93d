package io.corpus.export;

import io.corpus.export.internal.Sinks;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Opens a {@link DocumentSink} for a format: JSONL through one Jackson {@code SequenceWriter}, CSV
 * through OpenCSV, XLSX through fastexcel. Thread-safe (stateless); each sink belongs to one
 * thread. Arguments must not be null.
 *
 * <pre>{@code
 * try (DocumentSink sink = DocumentSinks.open(Files.newOutputStream(path), OutputFormat.CSV,
 *     ExportOptions.defaults().withUnit(Unit.PARAGRAPH))) {
 *   for (CorpusDocument doc : docs) sink.write(doc);
 * }
 * }</pre>
 *
 * <p>Writing a document may throw {@link DatasetException} when it cannot be written as asked (a
 * value longer than a cell with {@link LongText#FAIL}, a string UTF-8 cannot encode).
 */
public final class DocumentSinks {

  private DocumentSinks() {}

  /**
   * A sink writing {@code format} to {@code out}; closing the sink closes {@code out}. CSV and XLSX
   * with {@link LongText#COLUMNS} write everything on close (the header depends on the longest
   * value); the other layouts and JSONL stream.
   *
   * @throws IllegalArgumentException for XLSX with a {@link ExportOptions#cellLimit()} above Excel's
   */
  public static DocumentSink open(OutputStream out, OutputFormat format, ExportOptions options) throws IOException {
    return Sinks.open(out, format, options);
  }
}
