package io.corpus.clean.internal;

/**
 * A fixed string to find in texts, looked for by one of its chars. {@link String#indexOf(String,
 * int)} of a Latin-1 string in a text with wider chars (nearly every scraped text: one curly quote
 * makes it so) compares at every char; {@link String#indexOf(int, int)} runs the JDK's vector loop
 * instead, so finding a char that is rare in prose and comparing the rest only where it stands is
 * two to three times cheaper. Immutable and thread-safe.
 *
 * <pre>{@code
 * Literal more = new Literal("MORE", 2); // by its 'R': capital letters past the first are rare
 * int at = more.in(text, 0);
 * }</pre>
 */
public final class Literal {

  private final String literal;
  private final int anchor;
  private final char anchorChar;

  /**
   * @param literal the string to find, not empty
   * @param anchor the index of the char looked for first: pick the one rarest in the texts
   * @throws IllegalArgumentException if the literal is empty or the index is outside it
   */
  public Literal(String literal, int anchor) {
    if (anchor < 0 || anchor >= literal.length()) {
      throw new IllegalArgumentException("anchor " + anchor + " is outside \"" + literal + "\"");
    }
    this.literal = literal;
    this.anchor = anchor;
    this.anchorChar = literal.charAt(anchor);
  }

  /** What {@code text.indexOf(literal, from)} returns. */
  public int in(String text, int from) {
    int start = Math.max(from, 0);
    int last = text.length() - literal.length(); // the last index the literal can start at
    if (start > last) {
      return -1;
    }
    for (int at = text.indexOf(anchorChar, start + anchor); at >= 0; at = text.indexOf(anchorChar, at + 1)) {
      int s = at - anchor;
      if (s > last) {
        return -1;
      }
      if (text.startsWith(literal, s)) {
        return s;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return literal;
  }
}
