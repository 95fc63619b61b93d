package io.corpus.export.internal;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import io.corpus.export.ExportOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** RFC 4180 CSV through OpenCSV: UTF-8, every field quoted, quotes doubled, line breaks kept. */
final class CsvRowWriter implements RowWriter {

  private final Writer text;
  private final ICSVWriter csv;

  CsvRowWriter(OutputStream out, ExportOptions options) throws IOException {
    // A strict encoder: a malformed string fails loudly instead of becoming '?'.
    this.text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()), 1 << 16);
    if (options.bom()) {
      text.write('\uFEFF');
    }
    this.csv =
        new CSVWriterBuilder(text)
            .withSeparator(options.delimiter().character())
            .withQuoteChar('"')
            .withEscapeChar('"') // RFC 4180: a quote inside a field is doubled, nothing else is escaped
            .withLineEnd(options.lineEnding().chars())
            .build();
  }

  @Override
  public void header(List<Column> columns, String[] names) throws IOException {
    row(names);
  }

  @Override
  public void row(String[] cells) throws IOException {
    csv.writeNext(cells, true);
    // OpenCSV keeps a write failure instead of throwing it; checkError() would flush every row.
    if (csv.getException() != null) {
      throw csv.getException();
    }
  }

  @Override
  public void close() throws IOException {
    boolean failed = csv.checkError();
    csv.close();
    if (failed) {
      throw csv.getException() != null ? csv.getException() : new IOException("CSV output failed");
    }
  }
}
