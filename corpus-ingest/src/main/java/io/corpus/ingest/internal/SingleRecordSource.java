package io.corpus.ingest.internal;

import io.corpus.ingest.SourceEntry;
import org.jspecify.annotations.Nullable;

/** A source of exactly one entry: a whole-file document, or a reject for a file that cannot be read. */
final class SingleRecordSource extends AbstractSource {

  private @Nullable SourceEntry entry;

  SingleRecordSource(String name, SourceEntry entry) {
    super(name, () -> {});
    this.entry = entry;
  }

  @Override
  protected @Nullable SourceEntry frame() {
    SourceEntry e = entry;
    entry = null;
    return e;
  }

  @Override
  protected long nextNumber() {
    return 0;
  }
}
