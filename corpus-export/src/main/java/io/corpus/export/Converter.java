package io.corpus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Converts a corpus dataset from one format to another: what {@code corpus convert IN -o OUT}
 * runs.
 *
 * <p>For the document unit, JSONL → CSV → JSONL gives back the same documents when the CSV was
 * written with {@link ExportOptions#nestedJson()} (so that turns travel in a JSON column) and read
 * with the formula-guard setting it was written with. See {@code docs/export.md} for what else
 * "lossless" relies on (null and empty optional fields are the same in CSV; an author's name
 * never holds {@code "; "}).
 *
 * <p>Stateless and thread-safe; each call owns its reader and sink.
 *
 * <pre>{@code
 * Converter.Result r = Converter.convert(Path.of("corpus.jsonl"), ExportOptions.defaults(),
 *     Files.newOutputStream(Path.of("corpus.csv")), OutputFormat.CSV,
 *     ExportOptions.defaults().withNestedJson(true));
 * }</pre>
 */
public final class Converter {

  private Converter() {}

  /**
   * What a conversion did.
   *
   * @param documents documents read and written
   * @param turnsLeftOut documents whose turns the document rows could not carry (CSV or XLSX
   *     without {@link ExportOptions#nestedJson()}); paragraph and turn rows never count
   * @param removalsLeftOut documents whose removals the document rows did not carry (no {@link
   *     ExportOptions#provenance()}); paragraph and turn rows never count
   */
  public record Result(long documents, long turnsLeftOut, long removalsLeftOut) {}

  /**
   * Reads every document from {@code in} and writes it to {@code out}; closes both.
   *
   * @throws DatasetException naming the file and line of the first record that is not a document
   */
  public static Result convert(DocumentReader in, DocumentSink out, OutputFormat outFormat, ExportOptions outOptions)
      throws IOException {
    long n = 0;
    long turns = 0;
    long removals = 0;
    // Paragraph and turn rows are views, not copies: only document rows are expected to carry all.
    boolean copies = outOptions.unit() == Unit.DOCUMENT;
    boolean carriesTurns = !copies || outFormat == OutputFormat.JSONL || outOptions.nestedJson();
    boolean carriesRemovals = !copies || outOptions.provenance();
    try (in; out) {
      while (in.hasNext()) {
        var doc = in.next();
        if (!carriesTurns && !doc.turns().isEmpty()) {
          turns++;
        }
        if (!carriesRemovals && !doc.removals().isEmpty()) {
          removals++;
        }
        out.write(doc);
        n++;
      }
    }
    return new Result(n, turns, removals);
  }

  /**
   * Converts the file {@code in} (format from its name, read with {@code inOptions}'s formula
   * guard) to {@code out} in {@code outFormat}; closes {@code out}.
   */
  public static Result convert(Path in, ExportOptions inOptions, OutputStream out, OutputFormat outFormat, ExportOptions outOptions)
      throws IOException {
    DocumentReader reader;
    try {
      reader = DocumentReaders.open(in, inOptions);
    } catch (IOException | RuntimeException e) {
      out.close();
      throw e;
    }
    DocumentSink sink;
    try {
      sink = DocumentSinks.open(out, outFormat, outOptions);
    } catch (IOException | RuntimeException e) {
      try (reader; out) {
        throw e;
      }
    }
    return convert(reader, sink, outFormat, outOptions);
  }
}
