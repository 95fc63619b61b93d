package io.corpus.ingest;

/**
 * One record as a {@link DocumentSource} framed it: its raw bytes are read, but not yet decoded
 * or parsed. Decoding is deferred so that it can run on a worker thread while the reading thread
 * frames the next record.
 *
 * <p>{@link #decode()} may be called from any thread, once. Implementations hold only their own
 * record's bytes.
 */
public interface SourceEntry {

  /** The record's size in bytes as read (for progress and for bounding the work in flight). */
  long size();

  /** Decodes and parses the record. Never throws: a bad record becomes a {@link InputRecord.Reject}. */
  InputRecord decode();

  /** An entry that is already decoded (a reject found while framing, for example). */
  static SourceEntry of(InputRecord record) {
    return new SourceEntry() {
      @Override
      public long size() {
        return 0;
      }

      @Override
      public InputRecord decode() {
        return record;
      }
    };
  }
}
