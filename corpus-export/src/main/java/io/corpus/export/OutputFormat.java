package io.corpus.export;

import java.util.Locale;
import java.util.Optional;

/** The dataset formats corpus writes. */
public enum OutputFormat {
  /** One JSON object per line. */
  JSONL,
  /** RFC 4180 CSV with a header row. */
  CSV,
  /** An Excel workbook with one sheet. */
  XLSX;

  /** The format a file name's extension stands for, if any ({@code .jsonl}, {@code .ndjson}, {@code .csv}, {@code .xlsx}). */
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
