package io.corpus.export.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Writes finished physical rows (already split and guarded) to one spreadsheet-shaped file. */
interface RowWriter extends Closeable {

  /** The header row; called once, first. */
  void header(List<Column> columns, String[] names) throws IOException;

  /** One row, as many cells as the header. */
  void row(String[] cells) throws IOException;

  /** The most rows the file holds below its header (a spreadsheet's sheet is finite). */
  default long maxRows() {
    return Long.MAX_VALUE;
  }
}
