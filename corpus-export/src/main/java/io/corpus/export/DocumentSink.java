package io.corpus.export;

import io.corpus.model.CorpusDocument;
import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Where cleaned documents go: one implementation per output format.
 *
 * <p>A sink writes documents in the order it receives them. {@link #close()} flushes and closes
 * the underlying stream. Sinks are not thread-safe: one writer thread owns a sink.
 *
 * <p>A sink whose output for a document does not depend on the documents before it (JSONL) can
 * also {@link #encode} a document on any thread, so that a parallel runner turns documents into
 * bytes on its worker threads and the writer thread only appends them, in order, with {@link
 * #writeEncoded}.
 */
public interface DocumentSink extends Closeable {

  /** Writes one document. */
  void write(CorpusDocument document) throws IOException;

  /**
   * The exact bytes {@link #write} would add for {@code document}, computed without writing; or
   * null when this format cannot encode a document on its own (CSV and XLSX: the table's shape
   * depends on every document). Unlike the rest of the sink, this method is thread-safe.
   *
   * @throws DatasetException when the document cannot be written as asked
   */
  default byte @Nullable [] encode(CorpusDocument document) throws IOException {
    return null;
  }

  /**
   * Appends what {@link #encode} returned for the next document, as {@link #write} would have.
   *
   * @throws UnsupportedOperationException when {@link #encode} returns null for this sink
   */
  default void writeEncoded(byte[] encoded) throws IOException {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot write encoded documents");
  }
}
