package io.corpus.clean.rules;

/**
 * A text that counts every char read and stops the reader when the budget is spent, so a regex
 * that backtracks badly on hostile input fails fast instead of hanging. One per rule run (a line
 * rule keeps one per thread and resets it for the next text: {@link DataRule#budgetedMatcher});
 * not thread-safe.
 */
final class BudgetedText implements CharSequence {

  /** Thrown when the budget is spent; the rule's run on this document is abandoned. */
  static final class BudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetExceeded() {
      super("char-read budget exceeded", null, false, false);
    }
  }

  private String text;
  private int from;
  private int to;
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

  /** Makes this the whole of {@code text}, with a new {@code budget}: a matcher kept for the next text reads it so. */
  void reset(String text, long budget) {
    this.text = text;
    this.from = 0;
    this.to = text.length();
    this.left[0] = budget;
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
