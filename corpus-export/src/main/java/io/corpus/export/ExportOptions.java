package io.corpus.export;

import java.util.Locale;
import java.util.Objects;

/**
 * Every tunable of the dataset writers and readers, with defaults chosen for a person opening the
 * file in a spreadsheet.
 *
 * <p>Immutable and thread-safe. Start from {@link #defaults()} and change what you need with the
 * {@code with…} methods or a {@link #builder()}:
 *
 * <pre>{@code
 * ExportOptions opts = ExportOptions.defaults().withUnit(Unit.PARAGRAPH).withDelimiter(Delimiter.SEMICOLON);
 * }</pre>
 *
 * @param unit what a row stands for (default {@link Unit#DOCUMENT}); all formats
 * @param bom whether a CSV file starts with a UTF-8 byte-order mark (default {@code true}: without
 *     it Excel reads UTF-8 as the locale's legacy code page and turns curly quotes into mojibake;
 *     pandas, DuckDB, R and corpus's own reader skip it)
 * @param lineEnding the CSV record separator (default {@link LineEnding#CRLF}, as RFC 4180 says)
 * @param delimiter the CSV field separator (default {@link Delimiter#COMMA})
 * @param formulaGuard whether a CSV cell that a spreadsheet would run as a formula (one starting
 *     with {@code = + - @}, a tab or a carriage return) is written with a leading apostrophe so
 *     that it shows as text (default {@code true}); see {@link #GUARD}. XLSX cells are typed as
 *     text and need no guard.
 * @param provenance whether rows carry the record of removals (default {@code false}): a {@code
 *     removals} list in JSONL, a {@code removals} column of JSON in CSV and XLSX (document unit)
 * @param nestedJson whether CSV and XLSX document rows also carry a {@code turns} column holding
 *     the turns as a JSON array (default {@code false}: turns are left to JSONL, or to {@link
 *     Unit#TURN}); needed to convert a CSV back to JSONL without losing turns
 * @param longText what CSV and XLSX do with a value longer than {@code cellLimit} (default {@link
 *     LongText#COLUMNS})
 * @param cellLimit the most characters (UTF-16 code units, as Excel counts) one CSV or XLSX cell
 *     holds, guard included (default and maximum for XLSX: {@value #EXCEL_CELL_LIMIT}); at least 2
 */
public record ExportOptions(
    Unit unit,
    boolean bom,
    LineEnding lineEnding,
    Delimiter delimiter,
    boolean formulaGuard,
    boolean provenance,
    boolean nestedJson,
    LongText longText,
    int cellLimit) {

  /** The most characters an Excel cell holds (and so the most any XLSX cell written here holds). */
  public static final int EXCEL_CELL_LIMIT = 32_767;

  /** The character the formula guard puts before a cell: an apostrophe. */
  public static final char GUARD = '\'';

  private static final ExportOptions DEFAULTS =
      new ExportOptions(
          Unit.DOCUMENT, true, LineEnding.CRLF, Delimiter.COMMA, true, false, false, LongText.COLUMNS,
          EXCEL_CELL_LIMIT);

  public ExportOptions {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(lineEnding, "lineEnding");
    Objects.requireNonNull(delimiter, "delimiter");
    Objects.requireNonNull(longText, "longText");
    if (cellLimit < 2) {
      throw new IllegalArgumentException("cellLimit must be at least 2, got " + cellLimit);
    }
  }

  /** The defaults: documents, BOM, CRLF, comma, formula guard on, no provenance, long text in continuation columns of 32,767 characters. */
  public static ExportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The defaults adapted to an output file name: a {@code .tsv} file is tab-separated. Other names
   * give {@link #defaults()}.
   */
  public static ExportOptions forFileName(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".tsv") ? DEFAULTS.withDelimiter(Delimiter.TAB) : DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  public ExportOptions withUnit(Unit value) {
    return toBuilder().unit(value).build();
  }

  public ExportOptions withBom(boolean value) {
    return toBuilder().bom(value).build();
  }

  public ExportOptions withLineEnding(LineEnding value) {
    return toBuilder().lineEnding(value).build();
  }

  public ExportOptions withDelimiter(Delimiter value) {
    return toBuilder().delimiter(value).build();
  }

  public ExportOptions withFormulaGuard(boolean value) {
    return toBuilder().formulaGuard(value).build();
  }

  public ExportOptions withProvenance(boolean value) {
    return toBuilder().provenance(value).build();
  }

  public ExportOptions withNestedJson(boolean value) {
    return toBuilder().nestedJson(value).build();
  }

  public ExportOptions withLongText(LongText value) {
    return toBuilder().longText(value).build();
  }

  public ExportOptions withCellLimit(int value) {
    return toBuilder().cellLimit(value).build();
  }

  /** Builds {@link ExportOptions}; every setter has the default of {@link #defaults()}. Not thread-safe. */
  public static final class Builder {
    private Unit unit;
    private boolean bom;
    private LineEnding lineEnding;
    private Delimiter delimiter;
    private boolean formulaGuard;
    private boolean provenance;
    private boolean nestedJson;
    private LongText longText;
    private int cellLimit;

    private Builder(ExportOptions o) {
      unit = o.unit;
      bom = o.bom;
      lineEnding = o.lineEnding;
      delimiter = o.delimiter;
      formulaGuard = o.formulaGuard;
      provenance = o.provenance;
      nestedJson = o.nestedJson;
      longText = o.longText;
      cellLimit = o.cellLimit;
    }

    public Builder unit(Unit value) {
      unit = Objects.requireNonNull(value, "unit");
      return this;
    }

    public Builder bom(boolean value) {
      bom = value;
      return this;
    }

    public Builder lineEnding(LineEnding value) {
      lineEnding = Objects.requireNonNull(value, "lineEnding");
      return this;
    }

    public Builder delimiter(Delimiter value) {
      delimiter = Objects.requireNonNull(value, "delimiter");
      return this;
    }

    public Builder formulaGuard(boolean value) {
      formulaGuard = value;
      return this;
    }

    public Builder provenance(boolean value) {
      provenance = value;
      return this;
    }

    public Builder nestedJson(boolean value) {
      nestedJson = value;
      return this;
    }

    public Builder longText(LongText value) {
      longText = Objects.requireNonNull(value, "longText");
      return this;
    }

    public Builder cellLimit(int value) {
      cellLimit = value;
      return this;
    }

    public ExportOptions build() {
      return new ExportOptions(
          unit, bom, lineEnding, delimiter, formulaGuard, provenance, nestedJson, longText, cellLimit);
    }
  }
}
