package io.corpus.export;

import io.corpus.model.CorpusDocument;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a corpus dataset back into documents, one at a time: the file is never loaded whole.
 *
 * <p>{@link #next()} throws {@link DatasetException} naming the file and line for a record that is
 * not a corpus document, and {@link java.io.UncheckedIOException} when reading fails. Not
 * thread-safe. Close it when done (it closes the file).
 *
 * <pre>{@code
 * try (DocumentReader in = DocumentReaders.open(Path.of("corpus.csv"), ExportOptions.defaults())) {
 *   in.forEachRemaining(doc -> System.out.println(doc.title()));
 * }
 * }</pre>
 */
public interface DocumentReader extends Iterator<CorpusDocument>, Closeable {

  /** The remaining documents as a sequential stream; closing the stream does not close the reader. */
  default Stream<CorpusDocument> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  void close() throws IOException;
}
