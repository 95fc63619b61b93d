package io.corpus.clean.rules;

/**
 * A text that counts every char read and stops the reader when the budget is spent, so a regex
 * that backtracks badly on hostile input fails fast instead of hanging. One per rule run; not
 * thread-safe.
 */
final class BudgetedText implements CharSequence {

  /** Thrown when the budget is spent; the rule's run on this document is abandoned. */
  static final class BudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetExceeded() {
      super("char-read budget exceeded", null, false, false);
    }
  }

  private final String text;
  private final int from;
  private final int to;
  private final long[] left;

  BudgetedText(String text, long budget) {
    this(text, 0, text.length(), new long[] {budget});
  }

  private BudgetedText(String text, int from, int to, long[] left) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.left = left;
  }

  @Override
  public int length() {
    return to - from;
  }

  @Override
  public char charAt(int index) {
    if (--left[0] < 0) {
      throw new BudgetExceeded();
    }
    return text.charAt(from + index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new BudgetedText(text, from + start, from + end, left);
  }

  @Override
  public String toString() {
    return text.substring(from, to);
  }
}
