package io.corpus.export;

import io.corpus.export.internal.CsvSink;
import io.corpus.export.internal.JsonlSink;
import java.io.IOException;
import java.io.OutputStream;

/** Opens a {@link DocumentSink} for a format. */
public final class DocumentSinks {

  private DocumentSinks() {}

  /**
   * A sink writing {@code format} to {@code out}; closing the sink closes {@code out}.
   *
   * @throws UnsupportedOperationException for a format this version cannot write
   */
  public static DocumentSink open(OutputStream out, OutputFormat format, ExportOptions options) throws IOException {
    return switch (format) {
      case JSONL -> new JsonlSink(out, options);
      case CSV -> new CsvSink(out);
      case XLSX -> throw new UnsupportedOperationException("XLSX output is not supported yet");
    };
  }
}
