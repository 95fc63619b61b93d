package io.corpus.export;

/** The field separator of a CSV file. */
public enum Delimiter {
  /** {@code ,}: the RFC 4180 separator, and what spreadsheets expect in locales with a decimal point. */
  COMMA(','),
  /**
   * {@code ;}: what Excel expects in locales that write numbers with a decimal comma (most of
   * continental Europe, Latin America), where a comma-separated file opens as one column.
   */
  SEMICOLON(';'),
  /** A tab: a TSV file, as many data tools and pasting into a spreadsheet expect. */
  TAB('\t');

  private final char character;

  Delimiter(char character) {
    this.character = character;
  }

  /** The separator character. */
  public char character() {
    return character;
  }
}
