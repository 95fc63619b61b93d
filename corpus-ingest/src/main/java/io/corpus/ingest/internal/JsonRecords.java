package io.corpus.ingest.internal;

import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Frames the records of a JSON input that is not one object per line. Not thread-safe. */
interface JsonRecords extends Closeable {

  /** The next record, or null at the end of the input. */
  JsonValueFramer.@Nullable Value next() throws IOException;
}
