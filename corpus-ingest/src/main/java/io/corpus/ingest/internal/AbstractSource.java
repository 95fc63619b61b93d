package io.corpus.ingest.internal;

import io.corpus.ingest.DocumentSource;
import io.corpus.ingest.InputRecord;
import io.corpus.ingest.SourceEntry;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The iteration skeleton every source shares: a look-ahead of one entry, and an I/O error while
 * framing turned into a final reject that says where reading stopped.
 */
abstract class AbstractSource implements DocumentSource {

  private final String name;
  private final Closeable resource;
  private @Nullable SourceEntry next;
  private boolean done;

  AbstractSource(String name, Closeable resource) {
    this.name = name;
    this.resource = resource;
  }

  @Override
  public final String name() {
    return name;
  }

  /** The next entry, or null at the end of the input. */
  protected abstract @Nullable SourceEntry frame() throws IOException;

  /** The number the next record would have had, for a reject when reading fails. */
  protected abstract long nextNumber();

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      try {
        next = frame();
      } catch (IOException | RuntimeException e) {
        next =
            SourceEntry.of(
                new InputRecord.Reject(
                    name, nextNumber(), describe(e) + "; the rest of the file was not read"));
        done = true;
        return true;
      }
      if (next == null) {
        done = true;
      }
    }
    return next != null;
  }

  @Override
  public final SourceEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceEntry e = next;
    next = null;
    return e;
  }

  @Override
  public void close() throws IOException {
    resource.close();
  }

  /**
   * Whether {@code e} says the data stopped short: an {@link EOFException} (gzip), or the words
   * bzip2 ("Unexpected end of stream") and zstd ("Truncated source") readers use.
   */
  static boolean endsEarly(Exception e) {
    if (e instanceof EOFException) {
      return true;
    }
    String msg = e.getMessage();
    if (!(e instanceof IOException) || msg == null) {
      return false;
    }
    String m = msg.toLowerCase(java.util.Locale.ROOT);
    return m.contains("end of stream") || m.contains("end of input") || m.contains("truncated");
  }

  /** A read failure in words: truncated compressed streams are the common case. */
  static String describe(Exception e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof ArchiveSource.Unreadable) {
      return msg;
    }
    if (endsEarly(e)) {
      return "the file ends early (truncated or corrupt compressed data: " + msg + ")";
    }
    if (e instanceof java.util.zip.ZipException) {
      return "corrupt gzip data (" + msg + ")";
    }
    if (e instanceof IOException) {
      return "read error (" + msg + ")";
    }
    return "unexpected error while reading (" + e + ")";
  }
}
