package io.corpus.export.internal;

import com.fasterxml.jackson.databind.SequenceWriter;
import io.corpus.export.DocumentSink;
import io.corpus.export.ExportOptions;
import io.corpus.model.CorpusDocument;
import io.corpus.model.Turn;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes one JSON object per line through one configured {@link SequenceWriter}: UTF-8, no BOM,
 * {@code \n} after every line, the same keys in the same order on every line.
 */
public final class JsonlSink implements DocumentSink {

  private final OutputStream out;
  private final SequenceWriter writer;
  private final ExportOptions options;
  private boolean any;
  private boolean closed;

  public JsonlSink(OutputStream out, ExportOptions options) throws IOException {
    this.out = out;
    this.options = options;
    Class<?> type =
        switch (options.unit()) {
          case DOCUMENT -> ExportRow.class;
          case PARAGRAPH -> ExportRow.ParagraphRow.class;
          case TURN -> ExportRow.TurnUnitRow.class;
        };
    this.writer = Json.writerFor(type).withRootValueSeparator("\n").writeValues(out);
  }

  @Override
  public void write(CorpusDocument d) throws IOException {
    Strings.requireWellFormed(d);
    switch (options.unit()) {
      case DOCUMENT -> emit(ExportRow.of(d, options.provenance()));
      case PARAGRAPH -> {
        List<String> paragraphs = Paragraphs.split(d.text());
        for (int i = 0; i < paragraphs.size(); i++) {
          emit(new ExportRow.ParagraphRow(d.id(), d.source(), i + 1, paragraphs.get(i)));
        }
      }
      case TURN -> {
        for (int i = 0; i < d.turns().size(); i++) {
          Turn t = d.turns().get(i);
          emit(new ExportRow.TurnUnitRow(d.id(), d.source(), i + 1, t.speaker(), t.text()));
        }
      }
    }
  }

  private void emit(Object row) throws IOException {
    writer.write(row);
    any = true;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (out) {
      writer.close();
      if (any) {
        out.write('\n');
      }
      out.flush();
    }
  }
}
