package io.corpus.ingest;

import java.io.Closeable;
import java.util.Iterator;

/**
 * The records of one input, in order. A source never throws for bad input: an unreadable record
 * becomes a {@link InputRecord.Reject} entry and reading goes on where it can (the next JSONL
 * line, the next WARC record); where it cannot (a truncated gzip stream), the reject says that the
 * rest of the file was not read and the iteration ends.
 *
 * <p>Not thread-safe: one thread iterates; the entries it returns may be decoded on other threads.
 * Closing releases the underlying file.
 *
 * <pre>{@code
 * for (DocumentSource src : InputSet.of(List.of("dump.jsonl.gz"), InputOptions.DEFAULT, System.in)) {
 *   try (src) {
 *     while (src.hasNext()) {
 *       InputRecord r = src.next().decode();
 *     }
 *   }
 * }
 * }</pre>
 */
public interface DocumentSource extends Iterator<SourceEntry>, Closeable {

  /** The input's name as records cite it (a relative path, or {@code -}). */
  String name();
}
