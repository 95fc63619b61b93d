package io.corpus.export.internal;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import io.corpus.export.DocumentSink;
import io.corpus.model.CorpusDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** Writes one quoted CSV row per document after a header row. */
public final class CsvSink implements DocumentSink {

  static final String[] HEADER = {
    "id", "source", "url", "title", "subtitle", "authors", "published", "publisher", "language", "text", "truncated"
  };

  private final ICSVWriter csv;

  public CsvSink(OutputStream out) {
    this.csv =
        new CSVWriterBuilder(new OutputStreamWriter(out, StandardCharsets.UTF_8))
            .withLineEnd(CSVWriter.RFC4180_LINE_END)
            .build();
    csv.writeNext(HEADER, true);
  }

  @Override
  public void write(CorpusDocument d) throws IOException {
    csv.writeNext(
        new String[] {
          d.id(),
          d.source(),
          nz(d.url()),
          nz(d.title()),
          nz(d.subtitle()),
          String.join("; ", d.authors()),
          d.published() == null ? "" : d.published().toString(),
          nz(d.publisher()),
          nz(d.language()),
          d.text(),
          Boolean.toString(d.truncated())
        },
        true);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
