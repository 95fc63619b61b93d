package io.corpus.export.internal;

/**
 * One column of a spreadsheet-shaped output.
 *
 * @param name the header name
 * @param key whether continuation rows repeat it ({@code id} and the unit's index)
 * @param numeric whether XLSX stores it as a number (the unit's index), so that it sorts as one
 */
public record Column(String name, boolean key, boolean numeric) {

  static Column text(String name) {
    return new Column(name, false, false);
  }

  static Column key(String name, boolean numeric) {
    return new Column(name, true, numeric);
  }
}
