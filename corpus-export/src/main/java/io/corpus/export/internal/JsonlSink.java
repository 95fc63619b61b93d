package io.corpus.export.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import io.corpus.export.DocumentSink;
import io.corpus.export.ExportOptions;
import io.corpus.model.CorpusDocument;
import java.io.IOException;
import java.io.OutputStream;

/** Writes one JSON object per line through one configured {@link SequenceWriter}. */
public final class JsonlSink implements DocumentSink {

  private static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final OutputStream out;
  private final SequenceWriter writer;
  private final boolean provenance;

  public JsonlSink(OutputStream out, ExportOptions options) throws IOException {
    this.out = out;
    this.provenance = options.provenance();
    this.writer = MAPPER.writerFor(ExportRow.class).withRootValueSeparator("\n").writeValues(out);
  }

  @Override
  public void write(CorpusDocument document) throws IOException {
    writer.write(ExportRow.of(document, provenance));
  }

  @Override
  public void close() throws IOException {
    try (out) {
      writer.flush();
      writer.close();
      out.write('\n');
    }
  }
}
