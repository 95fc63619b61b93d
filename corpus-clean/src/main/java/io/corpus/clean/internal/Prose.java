package io.corpus.clean.internal;

import io.corpus.clean.Draft;
import java.util.Locale;
import java.util.Set;

/** Small linear-time tests on a line of text that several rules share. Stateless. */
public final class Prose {

  private Prose() {}

  /**
   * Whether the line starts with a transcript speaker label: one to six words in capitals
   * ({@code "QUESTION"}, {@code "SECRETARY BLINKEN"}, {@code "MR. PRICE"}), an optional short
   * parenthetical, then a colon and a space or the line end.
   */
  public static boolean startsWithSpeakerLabel(String line) {
    int n = Math.min(line.length(), 80);
    int words = 0;
    int letters = 0;
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (c == ':') {
        return words >= 1 && letters >= 1 && (i + 1 == line.length() || Draft.isBlank(line.charAt(i + 1)));
      }
      if (c == ' ') {
        if (i + 1 < n && line.charAt(i + 1) == '(') {
          int close = line.indexOf(')', i + 1);
          if (close < 0 || close > i + 42) {
            return false;
          }
          i = close + 1;
          continue;
        }
        i++;
        continue;
      }
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        if (i == 0 || line.charAt(i - 1) == ' ') {
          words++;
          if (words > 6) {
            return false;
          }
        }
        letters++;
      } else if (c != '.' && c != '\'' && c != '\u2019' && c != '-') {
        return false;
      }
      i++;
    }
    return false;
  }

  /** Whether the line holds a sentence end: {@code . ! ?} (maybe inside closing quotes) before a space or the end. */
  public static boolean hasSentenceEnd(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        int j = i + 1;
        while (j < line.length() && isClosingQuote(line.charAt(j))) {
          j++;
        }
        if (j == line.length() || line.charAt(j) == ' ') {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a sentence ends in the line: {@code . ! ?} (maybe with closing quotes) at the line's
   * end or before a word that opens in a capital, a digit or a quote mark; not a month's or a
   * title's abbreviation ({@code "Feb. 7 on a six-month trial"}, {@code "Dr. Okafor"}).
   */
  public static boolean hasSentenceEndBeforeCapital(String line) {
    int n = line.length();
    for (int i = 1; i < n; i++) {
      char c = line.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int j = i + 1;
      while (j < n && isClosingQuote(line.charAt(j))) {
        j++;
      }
      if (j == n) {
        return true;
      }
      if (line.charAt(j) != ' ' || j + 1 >= n) {
        continue;
      }
      char next = line.charAt(j + 1);
      if (!(Character.isUpperCase(next) || next == '\u201C' || next == '"' || next == '\u2018')) {
        continue;
      }
      if (c == '.' && isAbbreviationBefore(line, i)) {
        continue;
      }
      return true;
    }
    return false;
  }

  private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "st", "no", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
      "prof", "rev", "hon", "mt", "ft", "vs", "v");

  /** Whether the word right before the period at {@code dot} is an abbreviation ({@code "Feb."}, {@code "Dr."}). */
  private static boolean isAbbreviationBefore(String line, int dot) {
    int k = dot;
    while (k > 0 && Character.isLetter(line.charAt(k - 1)) && dot - k < 5) {
      k--;
    }
    return (k == 0 || !Character.isLetter(line.charAt(k - 1))) && k < dot
        && ABBREVIATIONS.contains(line.substring(k, dot).toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether the line ends like a sentence: {@code . ! ?}, maybe followed by closing quotes or a bracket. */
  public static boolean endsLikeSentence(String line) {
    int j = line.length() - 1;
    while (j >= 0 && (isClosingQuote(line.charAt(j)) || line.charAt(j) == ')')) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    char c = line.charAt(j);
    return c == '.' || c == '!' || c == '?';
  }

  /** Whether the line ends with a period (ellipses included), ignoring closing quotes. */
  public static boolean endsWithPeriod(String line) {
    int j = line.length() - 1;
    while (j >= 0 && isClosingQuote(line.charAt(j))) {
      j--;
    }
    return j >= 0 && (line.charAt(j) == '.' || line.charAt(j) == '\u2026');
  }

  /** Whether the line ends with {@code "..."} or {@code "…"}, the mark of text cut short. */
  public static boolean endsWithEllipsis(String line) {
    return line.endsWith("...") || line.endsWith("\u2026");
  }

  public static boolean isClosingQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
  }

  /** Words separated by spaces. */
  /** Whether {@code s} holds a digit ({@link Character#isDigit}). */
  public static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  public static int wordCount(String line) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < line.length(); i++) {
      boolean blank = Draft.isBlank(line.charAt(i));
      if (!blank && !in) {
        words++;
      }
      in = !blank;
    }
    return words;
  }

  /** Lower-cased, blanks folded to single spaces, stripped: for comparing short labels and titles. */
  public static String fold(String s) {
    // Printable ASCII, most labels and titles: lower-cased and folded into one array, one copy.
    char[] out = new char[s.length()];
    int n = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < '\u007F') {
        if (space) {
          out[n++] = ' ';
          space = false;
        }
        out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        space = n > 0;
      } else {
        return foldAny(s);
      }
    }
    return new String(out, 0, n);
  }

  /** {@link #fold} of any text: blanks as {@link Draft#isBlank} has them, case as {@link String#toLowerCase} with the root locale. */
  static String foldAny(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Draft.isBlank(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * If {@code line} starts with {@code label} (ignoring case) followed by a word boundary, the
   * offset just after the label; otherwise -1.
   */
  public static int afterLabel(String line, String label) {
    // Most lines differ from most labels in the first two chars: decided here without the general
    // case-insensitive comparison, which costs a table look-up per char and a call per label (a
    // line that starts with "The" shares its first char with every label that starts with 'T').
    if (!line.isEmpty() && !label.isEmpty() && !mayMatchIgnoringCase(line.charAt(0), label.charAt(0))) {
      return -1;
    }
    if (line.length() > 1 && label.length() > 1 && !mayMatchIgnoringCase(line.charAt(1), label.charAt(1))) {
      return -1;
    }
    if (!line.regionMatches(true, 0, label, 0, label.length())) {
      return -1;
    }
    int at = label.length();
    if (at < line.length() && Character.isLetterOrDigit(line.charAt(at)) && Character.isLetterOrDigit(label.charAt(label.length() - 1))) {
      return -1;
    }
    return at;
  }

  /**
   * False only when {@link String#regionMatches(boolean, int, String, int, int)} ignoring case
   * would find {@code a} and {@code b} different: two ASCII chars are compared directly, a
   * surrogate is left to the full comparison (it compares code points), any other pair by {@link
   * #foldCase}.
   */
  static boolean mayMatchIgnoringCase(char a, char b) {
    if (a == b) {
      return true;
    }
    if ((a | b) < 0x80) {
      int la = a | 0x20;
      return la == (b | 0x20) && la >= 'a' && la <= 'z';
    }
    if (Character.isSurrogate(a) || Character.isSurrogate(b)) {
      return true;
    }
    return foldCase(a) == foldCase(b);
  }

  /**
   * A news agency's short name in capitals, as a caption's credit or a line under a byline gives
   * it ({@code "… on May 14. | KYOSEI"}, {@code "By Léa Moreau"} / {@code "AMP"}): one word of 2
   * to 8 capital letters (A to Z).
   */
  public static boolean isAgencyAcronym(String t) {
    if (t.length() < 2 || t.length() > 8) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** The words of {@code s} (parted by spaces) that start with a lower-case letter: a row of tags or menu items has one or none. */
  public static int lowerCaseWords(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i)) && (i == 0 || s.charAt(i - 1) == ' ')) {
        n++;
      }
    }
    return n;
  }

  /** Where {@code needle} first stands in {@code s} at or after {@code from}, compared ignoring case; -1 when nowhere. */
  public static int indexOfIgnoringCase(String s, String needle, int from) {
    for (int i = Math.max(0, from); i + needle.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code s.toLowerCase(Locale.ROOT).contains(needle)}, for a {@code needle} of ASCII
   * lower-case letters, digits, spaces and punctuation, without making the lower-cased copy. Only
   * ASCII chars can lower-case into such a needle here: the Kelvin sign gives {@code k}, and
   * U+0130 gives {@code i} followed by a combining dot, so both are matched as they are lower-cased.
   */
  public static boolean containsLowerCased(String s, String needle) {
    int n = needle.length();
    if (n == 0) {
      return true;
    }
    char first = needle.charAt(0);
    if (first == 'k' || first == 'i' && n == 1) {
      return containsLowerCasedReadingEveryChar(s, needle); // a Kelvin sign or U+0130 may start it
    }
    // Only the needle's first char in either case can start a match: both are found by indexOf,
    // which reads many chars at a time, and the two streams are merged in order.
    char upper = first >= 'a' && first <= 'z' ? (char) (first - ('a' - 'A')) : first;
    int lower = s.indexOf(first);
    int capital = upper == first ? -1 : s.indexOf(upper);
    while (lower >= 0 || capital >= 0) {
      int i;
      if (capital < 0 || lower >= 0 && lower < capital) {
        i = lower;
        lower = s.indexOf(first, lower + 1);
      } else {
        i = capital;
        capital = s.indexOf(upper, capital + 1);
      }
      if (i + n > s.length()) {
        return false;
      }
      if (matchesLowerCasedAt(s, i, needle)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsLowerCasedReadingEveryChar(String s, String needle) {
    for (int i = 0; i + needle.length() <= s.length(); i++) {
      if (matchesLowerCasedAt(s, i, needle)) {
        return true;
      }
    }
    return false;
  }

  static boolean matchesLowerCasedAt(String s, int i, String needle) {
    for (int k = 0; k < needle.length(); k++) {
      if (!lowerCasedMatches(s, i + k, needle, k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether char {@code i} of {@code s}, lower-cased in place, is char {@code k} of {@code needle}. */
  private static boolean lowerCasedMatches(String s, int i, String needle, int k) {
    char c = s.charAt(i);
    char want = needle.charAt(k);
    if (c == want) {
      return true;
    }
    if (c >= 'A' && c <= 'Z') {
      return (char) (c | 0x20) == want;
    }
    if (c == '\u212A') {
      return want == 'k';
    }
    // U+0130 lower-cases to "i\u0307": an i that the needle's next char must not follow.
    return c == '\u0130' && want == 'i' && k + 1 == needle.length();
  }

  /**
   * {@code c} as {@link String#regionMatches(boolean, int, String, int, int)} and the regex's
   * UNICODE_CASE compare it ignoring case: the lower case of its upper case ({@code 'ſ'} and
   * {@code 'S'} give {@code 's'}, the Kelvin sign gives {@code 'k'}). Two chars that are not
   * surrogates match ignoring case exactly when their folds are equal.
   */
  public static char foldCase(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }
}
