package io.corpus.bench;

import io.corpus.ingest.DocumentSource;
import io.corpus.ingest.InputOptions;
import io.corpus.ingest.InputRecord;
import io.corpus.ingest.InputSet;
import io.corpus.model.ContentType;
import io.corpus.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text documents of an input, read as {@code corpus clean} reads them (the same field
 * mapping, so each keeps its id, title, authors and date), as the in-process benchmarks clean
 * them. HTML pages are left out: they reach the steps only after the HTML extraction.
 */
final class PlainTexts {

  final List<RawDocument> docs;
  /** The chars of all the texts, the unit the benchmarks report per. */
  final long chars;

  private PlainTexts(List<RawDocument> docs, long chars) {
    this.docs = docs;
    this.chars = chars;
  }

  static PlainTexts read(Path file) throws IOException {
    List<RawDocument> docs = new ArrayList<>();
    long chars = 0;
    for (DocumentSource source : InputSet.of(List.of(file.toString()), InputOptions.DEFAULT, InputStream.nullInputStream())) {
      try (source) {
        while (source.hasNext()) {
          if (source.next().decode() instanceof InputRecord.Document d && d.document().type() == ContentType.TEXT) {
            docs.add(d.document());
            chars += d.document().content().length();
          }
        }
      }
    }
    return new PlainTexts(List.copyOf(docs), chars);
  }
}
