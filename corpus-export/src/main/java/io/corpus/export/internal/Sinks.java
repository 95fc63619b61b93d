package io.corpus.export.internal;

import io.corpus.export.DocumentSink;
import io.corpus.export.ExportOptions;
import io.corpus.export.OutputFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** Builds the sink for a format. */
public final class Sinks {

  private Sinks() {}

  public static DocumentSink open(OutputStream out, OutputFormat format, ExportOptions options) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    return switch (format) {
      case JSONL -> new JsonlSink(out, options);
      case CSV -> new TableSink(new TableShape(options), options, options.formulaGuard(), new CsvRowWriter(out, options));
      case XLSX -> {
        if (options.cellLimit() > ExportOptions.EXCEL_CELL_LIMIT) {
          throw new IllegalArgumentException(
              "cellLimit " + options.cellLimit() + " is more than an XLSX cell holds (" + ExportOptions.EXCEL_CELL_LIMIT + ")");
        }
        TableShape shape = new TableShape(options);
        // XLSX cells are typed: a string cell is never run as a formula, so no guard is needed.
        yield new TableSink(shape, options, false, new XlsxRowWriter(out, shape.sheetName()));
      }
    };
  }
}
