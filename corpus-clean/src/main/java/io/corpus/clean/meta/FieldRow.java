package io.corpus.clean.meta;

import io.corpus.clean.internal.PersonNames;
import io.corpus.clean.internal.Prose;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A row of a page's fields under its headline, one of them a date, in the forms no date-line or
 * byline rule reads whole: {@code "Posted by: Chikondi Banda | January 14, 2025 | 2 Comments"},
 * {@code "Press release | Date: 04/03/2025 | No: 19/2025"}, {@code "Opinion summary | Decided
 * February 20, 2025"}, {@code "January 12, 2025 by Hannah Brierley"}, {@code "2025-01-22 15:41:07
 * 👁 1,204"}, {@code "(Last updated: February 13, 2025)"}.
 *
 * <p>Read only where a header is already known (under a headline, over the body), so it may be
 * generous: a row of at most 120 chars, split at bars, middle dots, bullets, spaced slashes and {@code " by "},
 * each piece at most six words and no sentence, one piece a date after an optional label. Pure
 * functions, linear in the row's length.
 */
final class FieldRow {

  static final int MAX_LENGTH = 120;
  private static final int MAX_PIECE_WORDS = 6;

  private FieldRow() {}

  /**
   * The dates a row states: the first that is no update's, and the first update's ({@code
   * "(Last updated: February 13, 2025)"} states only the second); either may be null, not both.
   */
  record Dates(@Nullable LocalDate published, @Nullable LocalDate updated) {}

  /** The row's dates, or null when {@code s} is no such row. One pass over its pieces. */
  static @Nullable Dates dates(String s) {
    List<String> pieces = pieces(s);
    if (pieces == null) {
      return null;
    }
    LocalDate updated = null;
    for (String p : pieces) {
      LocalDate d = dateOf(p);
      if (d != null) {
        if (!isUpdateLabel(p)) {
          return new Dates(d, updated);
        }
        updated = updated == null ? d : updated;
      }
    }
    return updated == null ? null : new Dates(null, updated);
  }

  /** The date the row states first (an updated date only when it states no other), or null when {@code s} is no such row. */
  static @Nullable LocalDate date(String s) {
    Dates d = dates(s);
    return d == null ? null : d.published() != null ? d.published() : d.updated();
  }

  /** Whether the row's only date is an update's ({@code "(Last updated: February 13, 2025)"}). */
  static boolean statesOnlyAnUpdate(String s) {
    Dates d = dates(s);
    return d != null && d.published() == null;
  }

  /** The person the row names as its author ({@code "Posted by: Chikondi Banda"}, {@code "… by Hannah Brierley"}), or null. */
  static @Nullable String author(String s) {
    String t = unbracketed(s.strip());
    int by = t.indexOf(" by ");
    if (by > 0) {
      String name = cutAtSeparator(t.substring(by + 4));
      return PersonNames.isName(name) ? name : null;
    }
    List<String> pieces = pieces(t);
    for (String p : pieces == null ? List.<String>of() : pieces) {
      String lower = p.toLowerCase(Locale.ROOT);
      for (String label : AUTHOR_LABELS) {
        if (lower.startsWith(label)) {
          String name = p.substring(label.length()).strip();
          if (name.startsWith(":")) {
            name = name.substring(1).strip();
          }
          if (PersonNames.isName(name)) {
            return name;
          }
        }
      }
    }
    return null;
  }

  private static final List<String> AUTHOR_LABELS = List.of("posted by", "written by", "author", "by ");

  /** {@code s} up to the first bar, middle dot or bullet: the name before the row's next piece. */
  private static String cutAtSeparator(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isSeparator(s.charAt(i))) {
        return s.substring(0, i).strip();
      }
    }
    return s.strip();
  }

  private static boolean isSeparator(char c) {
    return c == '|' || c == '\u00B7' || c == '\u2022';
  }

  /** The row's pieces, or null when {@code s} is no row (too long, a sentence, a piece too long, no date in any piece). */
  private static @Nullable List<String> pieces(String s) {
    String t = unbracketed(s.strip());
    if (t.isEmpty() || t.length() > MAX_LENGTH || Prose.endsLikeSentence(t)) {
      return null;
    }
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      int skip = 0;
      if (isSeparator(c)) {
        skip = 1;
      } else if (c == ' ' && t.startsWith(" / ", i)) {
        skip = 3; // "Write: 2024-08-07 17:22:10 / Update: 2024-08-07 19:03:45"

      } else if (c == 'U' && i > 0 && Character.isDigit(t.charAt(i - 1)) && t.startsWith("Updated", i)) {
        pieces.add(t.substring(from, i).strip()); // "08:12, 9 Jan 2025Updated10:45, 9 Jan 2025": glued
        from = i;
        continue;
      } else if (c == ' ' && t.startsWith(" by ", i)) {
        skip = 4;
      } else if (c == ' ' && i + 2 < t.length() && (t.charAt(i + 1) == '-' || t.charAt(i + 1) == '\u2013')
          && t.charAt(i + 2) == ' ' && labelledAt(t, i + 3)) {
        skip = 3; // "Posted on: 4 March 2025 - Categories: Met Office News"
      } else if (c == ',' && i + 1 < t.length() && t.charAt(i + 1) == ' ' && labelledAt(t, i + 2)) {
        skip = 2; // "Posted by: Met Office Press Office, Posted on: 4 March 2025"
      }
      if (skip > 0) {
        pieces.add(t.substring(from, i).strip());
        from = i + skip;
        i += skip - 1;
      }
    }
    pieces.add(t.substring(from).strip());
    boolean dated = false;
    boolean labelled = false;
    for (String p : pieces) {
      if (Prose.wordCount(p) > MAX_PIECE_WORDS || Prose.endsLikeSentence(p)) {
        return null;
      }
      if (!dated && dateOf(p) != null) {
        dated = true;
        labelled = labelEnd(p) > 0;
      }
    }
    // A date alone is a date line's, read by its own rule; a row has more, or a label.
    return dated && (pieces.size() > 1 || labelled || hasTrailingCounter(t)) ? pieces : null;
  }

  /** Whether a field's label starts at {@code at}: a capital, at most three words, then a colon ({@code "Posted on:"}). */
  private static boolean labelledAt(String t, int at) {
    if (at >= t.length() || !Character.isUpperCase(t.charAt(at))) {
      return false;
    }
    int words = 1;
    for (int i = at; i < t.length() && i - at <= 25; i++) {
      char c = t.charAt(i);
      if (c == ':') {
        return true;
      }
      if (c == ' ' && ++words > 3 || c == ',' || c == '|') {
        return false;
      }
    }
    return false;
  }

  /** The date a piece states after its label ({@code "Date: 04/03/2025"}, {@code "Decided February 20, 2025"}), or null. */
  private static @Nullable LocalDate dateOf(String piece) {
    String value = piece.substring(labelEnd(piece)).strip();
    if (value.isEmpty()) {
      return null;
    }
    LocalDate d = DateParser.parse(value).orElse(null);
    if (d == null && value.length() <= 60) {
      // "08:12, 9 Jan 2025": a time before the date, as the date-line rule reads it
      DateLineExtractor.DateLine line = DateLineExtractor.parse(value);
      d = line == null ? null : line.published();
    }
    if (d == null) {
      // "2025-01-22 15:41:07 👁 1,204": a date, then a time and a counter
      int space = value.indexOf(' ');
      if (space > 0 && !hasLetter(value.substring(space))) {
        d = DateParser.parse(value.substring(0, space)).orElse(null);
      }
    }
    return d;
  }

  /** Where a piece's label ends ({@code "Date:"}, {@code "Decided"}, {@code "Posted on"}), or 0. */
  private static int labelEnd(String piece) {
    int colon = piece.indexOf(':');
    if (colon > 0 && colon <= 25 && Prose.wordCount(piece.substring(0, colon)) <= 3 && hasLetter(piece.substring(0, colon))
        && !Character.isDigit(piece.charAt(colon - 1))) {
      return colon + 1;
    }
    String lower = piece.toLowerCase(Locale.ROOT);
    for (String label : DATE_WORDS) {
      if (lower.startsWith(label) && piece.length() > label.length() && piece.charAt(label.length()) == ' ') {
        return label.length() + 1;
      }
    }
    return 0;
  }

  private static final List<String> DATE_WORDS = List.of("last updated on", "last updated", "last modified", "updated on",
      "updated", "published on", "published", "posted on", "posted", "decided", "dated", "date", "released", "issued",
      "delivered", "filed", "modified", "write", "update");

  private static boolean isUpdateLabel(String piece) {
    String lower = piece.toLowerCase(Locale.ROOT);
    return lower.startsWith("update") || lower.startsWith("last ") || lower.startsWith("modified");
  }

  /** {@code "… 👁 1,204"}: a view counter after the date. */
  private static boolean hasTrailingCounter(String t) {
    int end = t.length();
    while (end > 0 && (Character.isDigit(t.charAt(end - 1)) || t.charAt(end - 1) == ',')) {
      end--;
    }
    // a glyph before it, not a word or a number: "👁 1,204", not "January 14, 2025"
    return end < t.length() && end > 1 && t.charAt(end - 1) == ' ' && !Character.isLetterOrDigit(t.charAt(end - 2))
        && t.charAt(end - 2) != ',';
  }

  private static String unbracketed(String s) {
    return s.length() > 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')' ? s.substring(1, s.length() - 1).strip() : s;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
