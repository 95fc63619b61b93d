package io.corpus.export;

/**
 * What a spreadsheet format (CSV, XLSX) does with a value longer than a cell holds ({@link
 * ExportOptions#cellLimit()}, by default Excel's 32,767 characters). Text is never cut short
 * silently; JSONL has no cell limit and ignores this.
 */
public enum LongText {
  /**
   * The value fills its own column up to the limit and continues in continuation columns at the end
   * of the row, {@code text_2}, {@code text_3} …, one row per unit still. The header has as many
   * continuation columns as the longest value needs; rows that need fewer leave them empty. Joining
   * a row's cells {@code text}, {@code text_2}, … in order gives the value back.
   */
  COLUMNS,
  /**
   * The row is followed by continuation rows: each repeats the key columns ({@code id} and the
   * unit's index), counts up the {@code part} column (1 for the first row) and holds the next piece
   * of every value that did not fit. Joining the pieces of a column over the parts in order gives
   * the value back.
   */
  ROWS,
  /** Writing stops with an error naming the document and the field. */
  FAIL
}
