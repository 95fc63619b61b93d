package io.corpus.model;

import java.util.Objects;

/**
 * One piece of text that cleaning removed, and the rule that removed it.
 *
 * <p>Offsets are {@code char} indexes (UTF-16 code units, as {@link String#substring(int, int)}
 * counts them) into the raw input text the document was cleaned from: {@code
 * raw.substring(start, end)} is the removed span. For HTML inputs the raw text is the page's
 * source. {@code text} is that span as it was removed (it may differ from the raw span only where an
 * earlier step had already normalized white space inside it, or where HTML character references
 * in a plain text were decoded before cleaning: {@code &#8217;} removed as ’). Immutable and thread-safe.
 *
 * @param ruleId the id of the rule that removed the text, e.g. {@code "gov-banner"}
 * @param text the removed text
 * @param start the first removed char in the raw input, inclusive
 * @param end the end of the removed span in the raw input, exclusive
 */
public record Removal(String ruleId, String text, int start, int end) {
  public Removal {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "start and end must satisfy 0 <= start <= end, got start=" + start + ", end=" + end);
    }
  }
}
