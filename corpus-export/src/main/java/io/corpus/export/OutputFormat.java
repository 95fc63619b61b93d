package io.corpus.export;

import java.util.Locale;
import java.util.Optional;

/**
 * The dataset formats corpus writes (all three) and reads back (JSONL and CSV). See {@code
 * docs/export.md} for the schema and the options.
 */
public enum OutputFormat {
  /** One JSON object per line. */
  JSONL,
  /** RFC 4180 CSV with a header row. */
  CSV,
  /** An Excel workbook with one sheet. */
  XLSX;

  /**
   * The format a file name's extension stands for, if any, ignoring case: {@code .jsonl} and
   * {@code .ndjson} are JSONL, {@code .csv} and {@code .tsv} CSV (tab-separated: see {@link
   * ExportOptions#forFileName}), {@code .xlsx} XLSX.
   */
  public static Optional<OutputFormat> fromFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return Optional.of(JSONL);
    }
    if (n.endsWith(".csv") || n.endsWith(".tsv")) {
      return Optional.of(CSV);
    }
    if (n.endsWith(".xlsx")) {
      return Optional.of(XLSX);
    }
    return Optional.empty();
  }
}
