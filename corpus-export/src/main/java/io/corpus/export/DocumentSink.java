package io.corpus.export;

import io.corpus.model.CorpusDocument;
import java.io.Closeable;
import java.io.IOException;

/**
 * Where cleaned documents go: one implementation per output format.
 *
 * <p>A sink writes documents in the order it receives them. {@link #close()} flushes and closes
 * the underlying stream. Sinks are not thread-safe: one writer thread owns a sink.
 */
public interface DocumentSink extends Closeable {

  /** Writes one document. */
  void write(CorpusDocument document) throws IOException;
}
