package io.corpus.export;

/** The record separator of a CSV file. Line breaks inside a field are always kept as they are. */
public enum LineEnding {
  /** {@code \r\n}, as RFC 4180 prescribes; what Excel writes. */
  CRLF("\r\n"),
  /** {@code \n}, what Unix tools expect. */
  LF("\n");

  private final String chars;

  LineEnding(String chars) {
    this.chars = chars;
  }

  /** The characters that end a record. */
  public String chars() {
    return chars;
  }
}
