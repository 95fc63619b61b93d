package io.corpus.export.internal;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.corpus.export.DocumentSink;
import io.corpus.export.ExportOptions;
import io.corpus.model.CorpusDocument;
import io.corpus.model.Turn;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Writes one JSON object per line: UTF-8, no BOM, {@code \n} after every line, the same keys in
 * the same order on every line. Each document is encoded on its own ({@link #encode} is
 * thread-safe), so a runner may encode on its workers and append the bytes in order.
 */
public final class JsonlSink implements DocumentSink {

  private final OutputStream out;
  /** Escapes U+0085, U+2028 and U+2029; used only for documents that hold one. */
  private final ObjectWriter lineSafeWriter;
  /** The same output for every other document, on Jackson's faster path. */
  private final ObjectWriter plainWriter;
  private final ExportOptions options;
  private boolean closed;

  public JsonlSink(OutputStream out, ExportOptions options) throws IOException {
    // Buffered once here: each document arrives as one small write.
    this.out = out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, 1 << 16);
    this.options = options;
    Class<?> type =
        switch (options.unit()) {
          case DOCUMENT -> ExportRow.class;
          case PARAGRAPH -> ExportRow.ParagraphRow.class;
          case TURN -> ExportRow.TurnUnitRow.class;
        };
    this.lineSafeWriter = Json.writerFor(type);
    this.plainWriter = Json.plainWriterFor(type);
  }

  @Override
  public void write(CorpusDocument d) throws IOException {
    writeEncoded(encode(d));
  }

  @Override
  public byte[] encode(CorpusDocument d) throws IOException {
    ObjectWriter writer = Strings.requireWellFormed(d) ? lineSafeWriter : plainWriter;
    return switch (options.unit()) {
      case DOCUMENT -> line(writer, ExportRow.of(d, options.provenance()));
      case PARAGRAPH -> {
        List<String> paragraphs = Paragraphs.split(d.text());
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (int i = 0; i < paragraphs.size(); i++) {
          lines.write(line(writer, new ExportRow.ParagraphRow(d.id(), d.source(), i + 1, paragraphs.get(i))));
        }
        yield lines.toByteArray();
      }
      case TURN -> {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (int i = 0; i < d.turns().size(); i++) {
          Turn t = d.turns().get(i);
          lines.write(line(writer, new ExportRow.TurnUnitRow(d.id(), d.source(), i + 1, t.speaker(), t.text())));
        }
        yield lines.toByteArray();
      }
    };
  }

  /** One row as a JSON object and its line feed. */
  private static byte[] line(ObjectWriter writer, Object row) throws IOException {
    byte[] json = writer.writeValueAsBytes(row);
    byte[] withNewline = Arrays.copyOf(json, json.length + 1);
    withNewline[json.length] = '\n';
    return withNewline;
  }

  @Override
  public void writeEncoded(byte[] encoded) throws IOException {
    if (closed) {
      throw new IOException("the sink is closed");
    }
    out.write(encoded);
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (out) {
      out.flush();
    }
  }
}
