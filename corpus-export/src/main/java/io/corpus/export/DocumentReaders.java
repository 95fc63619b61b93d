package io.corpus.export;

import io.corpus.export.internal.CsvDocumentReader;
import io.corpus.export.internal.JsonlDocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Opens readers for corpus's own datasets: JSONL ({@link Unit#DOCUMENT} rows) and CSV (document
 * rows, in any of the layouts corpus writes).
 *
 * <p>A CSV reader finds the delimiter, the byte-order mark and the line ending by itself, joins
 * continuation columns and continuation rows, and removes the formula guard when {@link
 * ExportOptions#formulaGuard()} is on: read with the same guard setting the file was written with.
 * Empty cells become null (or an empty list), except {@code id}, {@code source} and {@code text},
 * which become empty strings.
 *
 * <p>Thread-safe (stateless); each reader it opens belongs to one thread.
 *
 * <pre>{@code
 * try (DocumentReader in = DocumentReaders.open(Path.of("corpus.jsonl"), ExportOptions.defaults())) {
 *   while (in.hasNext()) { CorpusDocument doc = in.next(); ... }
 * }
 * }</pre>
 */
public final class DocumentReaders {

  private DocumentReaders() {}

  /**
   * A reader for {@code file}, its format taken from the name ({@link OutputFormat#fromFileName}).
   *
   * @throws DatasetException when the name does not tell a readable format, or the CSV header is
   *     not a corpus header
   */
  public static DocumentReader open(Path file, ExportOptions options) throws IOException {
    OutputFormat format =
        OutputFormat.fromFileName(file.getFileName().toString())
            .orElseThrow(() -> new DatasetException(file + ": cannot tell the format from the name (use .jsonl or .csv)"));
    return open(Files.newInputStream(file), file.toString(), format, options);
  }

  /**
   * A reader for {@code in}, named {@code name} in error messages; closing the reader closes
   * {@code in}.
   *
   * @throws DatasetException for XLSX, which corpus writes but does not read back
   */
  public static DocumentReader open(InputStream in, String name, OutputFormat format, ExportOptions options)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(options, "options");
    return switch (Objects.requireNonNull(format, "format")) {
      case JSONL -> new JsonlDocumentReader(in, name);
      case CSV -> new CsvDocumentReader(in, name, options.formulaGuard());
      case XLSX -> {
        in.close();
        throw new DatasetException(name + ": reading XLSX is not supported; convert from the JSONL or CSV");
      }
    };
  }
}
