package io.corpus.export;

/**
 * How documents are written.
 *
 * @param provenance whether JSONL rows carry the record of removals
 */
public record ExportOptions(boolean provenance) {

  /** Defaults: no provenance. */
  public static ExportOptions defaults() {
    return new ExportOptions(false);
  }
}
