package io.corpus.cli;

import io.corpus.export.Delimiter;
import io.corpus.export.ExportOptions;
import io.corpus.export.LineEnding;
import io.corpus.export.LongText;
import io.corpus.export.OutputFormat;
import io.corpus.export.Unit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The dataset-shape options shared by {@code clean} and {@code convert}; each maps to one field of
 * {@link ExportOptions} (see {@code docs/export.md}).
 */
public final class ExportMixin {

  @Option(names = "--unit", paramLabel = "UNIT", description = "One row per: ${COMPLETION-CANDIDATES} (default: document).")
  @Nullable Unit unit;

  @Option(names = "--bom", negatable = true, description = "CSV: start with a UTF-8 byte-order mark, so Excel reads UTF-8 (default: on).")
  @Nullable Boolean bom;

  @Option(names = "--line-ending", paramLabel = "EOL", description = "CSV record separator: ${COMPLETION-CANDIDATES} (default: CRLF).")
  @Nullable LineEnding lineEnding;

  @Option(names = "--delimiter", paramLabel = "SEP", description = "CSV field separator: ${COMPLETION-CANDIDATES} (default: COMMA; TAB for a .tsv output).")
  @Nullable Delimiter delimiter;

  @Option(names = "--formula-guard", negatable = true,
      description = "CSV: write a cell starting with = + - @, tab or CR with a leading apostrophe, so spreadsheets show it as text (default: on).")
  @Nullable Boolean formulaGuard;

  @Option(names = "--provenance", description = "Also write what cleaning removed (JSONL: removals list; CSV/XLSX: removals JSON column).")
  boolean provenance;

  @Option(names = "--nested-json", negatable = true,
      description = "CSV/XLSX document rows: add a turns column holding JSON, so the file converts back without loss (default: off for clean, on for convert).")
  @Nullable Boolean nestedJson;

  @Option(names = "--long-text", paramLabel = "HOW",
      description = "CSV/XLSX value longer than a cell: ${COMPLETION-CANDIDATES} (default: COLUMNS, continuation columns text_2, text_3 ...).")
  @Nullable LongText longText;

  @Option(names = "--cell-limit", paramLabel = "N", description = "Most characters in one CSV/XLSX cell (default and XLSX maximum: 32767).")
  @Nullable Integer cellLimit;

  /**
   * The options for writing {@code outputName} ({@code -} for standard output) in {@code format}.
   *
   * @throws IllegalArgumentException for a value out of range (the caller reports a usage error)
   */
  ExportOptions options(String outputName, OutputFormat format, boolean nestedJsonByDefault) {
    ExportOptions.Builder b = ExportOptions.forFileName(outputName).toBuilder().provenance(provenance).nestedJson(nestedJsonByDefault);
    if (unit != null) {
      b.unit(unit);
    }
    if (bom != null) {
      b.bom(bom);
    }
    if (lineEnding != null) {
      b.lineEnding(lineEnding);
    }
    if (delimiter != null) {
      b.delimiter(delimiter);
    }
    if (formulaGuard != null) {
      b.formulaGuard(formulaGuard);
    }
    if (nestedJson != null) {
      b.nestedJson(nestedJson);
    }
    if (longText != null) {
      b.longText(longText);
    }
    if (cellLimit != null) {
      b.cellLimit(cellLimit);
    }
    ExportOptions options = b.build();
    if (format == OutputFormat.XLSX && options.cellLimit() > ExportOptions.EXCEL_CELL_LIMIT) {
      throw new IllegalArgumentException(
          "--cell-limit " + options.cellLimit() + " is more than an XLSX cell holds (" + ExportOptions.EXCEL_CELL_LIMIT + ")");
    }
    return options;
  }
}
