package io.corpus.clean.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The name a page goes by, from the name its rules found: a masthead in capitals takes the casing
 * the page writes the name in elsewhere ({@code "JAMAICA DAILY COURIER"} and {@code "© 2025
 * Jamaica Daily Courier Ltd."} give {@code "Jamaica Daily Courier"}), and a company's name from a
 * copyright line loses its legal form when the page also names itself without it ({@code
 * "Fragline Media Ltd."} on a page whose masthead reads {@code "Fragline"}). Read against the
 * input as it came, whose masthead and footer the cleaning removed. Pure functions; linear in the
 * input's length (one lower-cased copy, only when the name is in capitals or has a legal form).
 */
public final class PublisherNames {

  /** Legal forms and the company words before them, tried from the end, longest first. */
  private static final List<String> LEGAL_TAILS = List.of(" Media Co., Inc.", " Media Group", " Media Ltd.", " Media Ltd",
      " Media, Inc.", " Media Inc.", " Media LLC", " Media Limited", " Media", " Co., Inc.", " Pty Ltd", " Pty. Ltd.",
      " Limited", " Ltd.", " Ltd", " Inc.", " Inc", ", Inc.", " LLC", " plc", " PLC", " GmbH", " Group", " Holdings");

  private PublisherNames() {}

  /** The name {@code publisher} goes by on a page whose input text is {@code input}; null stays null. */
  public static @Nullable String asThePageNamesIt(@Nullable String publisher, String input) {
    if (publisher == null || publisher.length() < 3 || input.isEmpty()) {
      return publisher;
    }
    String name = publisher.strip();
    boolean capitals = isInCapitals(name);
    String tail = legalTail(name);
    if (!capitals && tail == null) {
      return publisher;
    }
    String lower = input.toLowerCase(Locale.ROOT);
    if (capitals) {
      String cased = casedElsewhere(name, input, lower);
      if (cased != null) {
        name = cased;
        tail = legalTail(name);
      }
    }
    if (tail != null) {
      String bare = name.substring(0, name.length() - tail.length()).strip();
      if (bare.endsWith(",")) {
        bare = bare.substring(0, bare.length() - 1); // "Philippine Daily Courier, Inc."
      }
      if (bare.length() >= 3 && namedAlone(bare, input)) {
        return bare;
      }
    }
    return name;
  }

  private static boolean isInCapitals(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  private static @Nullable String legalTail(String name) {
    for (String tail : LEGAL_TAILS) {
      if (name.length() > tail.length() + 2 && name.regionMatches(true, name.length() - tail.length(), tail, 0, tail.length())) {
        return name.substring(name.length() - tail.length());
      }
    }
    return null;
  }

  /** The first occurrence of {@code name} in the input that is not in capitals, as written there; or null. */
  private static @Nullable String casedElsewhere(String name, String input, String lower) {
    String want = name.toLowerCase(Locale.ROOT);
    for (int at = lower.indexOf(want); at >= 0; at = lower.indexOf(want, at + 1)) {
      String found = input.substring(at, at + name.length());
      if (!isInCapitals(found) && Character.isUpperCase(found.charAt(0)) && wordBounded(input, at, at + name.length())) {
        return found;
      }
    }
    return null;
  }

  /**
   * Whether the input names {@code bare} without the legal form after it: a line of its own (a
   * masthead, a logo's text), or in a sentence not followed by the legal form.
   */
  private static boolean namedAlone(String bare, String input) {
    for (int at = input.indexOf(bare); at >= 0; at = input.indexOf(bare, at + 1)) {
      int end = at + bare.length();
      if (!wordBounded(input, at, end)) {
        continue;
      }
      String after = input.substring(end, Math.min(input.length(), end + 12));
      if (legalTailStartsAt(after)) {
        continue;
      }
      return true;
    }
    return false;
  }

  private static boolean legalTailStartsAt(String after) {
    for (String tail : LEGAL_TAILS) {
      String t = tail.strip();
      if (after.startsWith(" " + t) || after.startsWith(t) || after.startsWith(", Inc")) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordBounded(String s, int from, int to) {
    return (from == 0 || !Character.isLetterOrDigit(s.charAt(from - 1))) && (to >= s.length() || !Character.isLetterOrDigit(s.charAt(to)));
  }
}
