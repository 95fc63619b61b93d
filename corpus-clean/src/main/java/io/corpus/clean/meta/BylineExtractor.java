package io.corpus.clean.meta;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.CharsIgnoringCase;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.PersonNames;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns byline lines at the top or the bottom of a document into authors and removes them:
 * {@code "Author: Dave DeCamp"}, {@code "By Amy MacKinnon"}, {@code "By Dave DeCamp and Jason
 * Ditz"}, {@code "BY A, B, AND C"}, {@code "Written by X"}, {@code "Journalist Amy MacKinnon"},
 * {@code "Reporting by X; Editing by Y"} (X only), and the same with a date or an outlet after
 * the names ({@code "By Jane Doe | November 18, 2021"}, {@code "By Jane Doe, Reuters"}); a date
 * there becomes the published date.
 *
 * <p>{@code "Featuring X"} lines (the experts a think-tank page quotes) go as well, under the rule id
 * {@code meta.featuring}, but X is not an author.
 *
 * <p>A byline is a whole line in the header zone or the tail zone, and what follows the label must
 * be person names (see the name test in {@code PersonNames}), so {@code "By the way…"}, {@code "By
 * March, the troops…"} and a {@code "By X"} line in the middle of the text stay. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * // "…is willing.\n\nAuthor: Dave DeCamp"  ->  "…is willing.", authors ["Dave DeCamp"]
 * }</pre>
 */
public final class BylineExtractor implements CleanStep {

  public static final String ID = "meta.byline";
  public static final String FEATURING_ID = "meta.featuring";

  private static final String[] AUTHOR_LABELS = {
    "Author:", "Authors:", "Byline:", "By:", "Written by", "Words by", "Story by", "Journalist:", "Journalist",
    "Reporter:", "Correspondent:", "By"
  };
  private static final String[] FEATURING_LABELS = {"Featuring:", "Featuring", "Featured expert:", "Featured experts:"};
  /** The chars a byline may start with: the first chars of the labels, ignoring case. */
  private static final CharsIgnoringCase FIRST_CHARS = CharsIgnoringCase.firstOf(
      java.util.stream.Stream.of(AUTHOR_LABELS, FEATURING_LABELS, new String[] {"Reporting by"})
          .flatMap(java.util.Arrays::stream).toList());
  private static final String[] SEPARATORS = {" | ", " \u00B7 ", " \u2014 ", " \u2013 ", " - ", " on ", ", "};

  /** Names and an optional date that a byline states. */
  record Byline(List<String> names, @Nullable LocalDate date, boolean featuring) {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Byline lines (\"Author: X\", \"By X and Y\", \"Journalist X\") give authors; \"Featuring X\" lines go.";
  }

  @Override
  public Phase phase() {
    return Phase.METADATA;
  }

  @Override
  public void apply(Draft draft) {
    TextLines lines = TextLines.of(draft.text());
    for (int i : lines.headerAndTail()) {
      Byline b = lines.get(i).length() > 240 ? null : parse(lines.get(i).text());
      if (b == null) {
        continue;
      }
      if (!b.featuring()) {
        b.names().forEach(draft::addAuthor);
        draft.publishedIfAbsent(b.date());
      }
      LineRemoval.removeLine(draft, lines, i, b.featuring() ? FEATURING_ID : ID);
    }
  }

  /** The byline a whole line states, or null. */
  static @Nullable Byline parse(String line) {
    if (line.length() > 240 || line.isEmpty() || !FIRST_CHARS.mayMatch(line.charAt(0))) {
      return null; // most lines: no label starts with their first char
    }
    for (String label : FEATURING_LABELS) {
      int at = Prose.afterLabel(line, label);
      if (at > 0 && at < line.length() && (label.endsWith(":") || line.charAt(at) == ' ')) {
        List<String> names = PersonNames.parseList(line.substring(at).strip());
        return names.isEmpty() ? null : new Byline(names, null, true);
      }
    }
    if (Prose.afterLabel(line, "Reporting by") == 12) {
      return reportingBy(line.substring(12).strip());
    }
    for (String label : AUTHOR_LABELS) {
      int at = Prose.afterLabel(line, label);
      if (at <= 0 || at >= line.length() || !(label.endsWith(":") || line.charAt(at) == ' ')) {
        continue;
      }
      Byline b = namesWithExtras(line.substring(at).strip());
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  /** {@code "Jane Doe"}, {@code "Jane Doe | Nov. 18, 2021"}, {@code "Jane Doe, Reuters"}. */
  private static @Nullable Byline namesWithExtras(String value) {
    List<String> names = PersonNames.parseList(value);
    if (!names.isEmpty()) {
      return new Byline(names, null, false);
    }
    for (String sep : SEPARATORS) {
      int from = 0;
      while (true) {
        int at = value.indexOf(sep, from);
        if (at < 0) {
          break;
        }
        from = at + 1;
        List<String> left = PersonNames.parseList(value.substring(0, at));
        if (left.isEmpty()) {
          continue;
        }
        String right = value.substring(at + sep.length()).strip();
        var date = DateParser.parse(right);
        if (date.isPresent()) {
          return new Byline(left, date.get(), false);
        }
        if (!sep.equals(" on ") && isOutlet(right)) {
          return new Byline(left, null, false);
        }
      }
    }
    return null;
  }

  private static final java.util.Set<String> ROLES =
      java.util.Set.of("editor", "correspondent", "writer", "reporter", "columnist", "contributor", "producer",
          "journalist", "analyst", "fellow");

  /**
   * A short outlet or role after the names: {@code "Reuters"}, {@code "Antiwar.com"}, {@code "Staff
   * Writer"}, {@code "diplomatic editor"}.
   */
  private static boolean isOutlet(String s) {
    if (s.isEmpty() || Prose.wordCount(s) > 4 || Prose.hasSentenceEnd(s) || s.indexOf(',') >= 0) {
      return false;
    }
    String[] words = s.split(" ");
    if (ROLES.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    for (String w : words) {
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
        return false;
      }
    }
    return true;
  }

  /** {@code "X; Additional reporting by Y; Editing by Z"}: X and Y are authors, Z an editor. */
  private static @Nullable Byline reportingBy(String value) {
    List<String> names = new ArrayList<>();
    String[] parts = value.split(";", -1);
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.endsWith(".")) {
        p = p.substring(0, p.length() - 1);
      }
      String who;
      boolean authors = true;
      if (i == 0) {
        who = p;
      } else if (Prose.afterLabel(p, "Additional reporting by") > 0) {
        who = p.substring(23).strip();
      } else if (Prose.afterLabel(p, "Writing by") > 0) {
        who = p.substring(10).strip();
      } else if (Prose.afterLabel(p, "Editing by") > 0) {
        who = p.substring(10).strip();
        authors = false;
      } else {
        return null;
      }
      // "Additional reporting by X in Moscow": drop the place.
      int in = who.indexOf(" in ");
      List<String> found = PersonNames.parseList(in > 0 ? who.substring(0, in) : who);
      if (found.isEmpty()) {
        return null;
      }
      if (authors) {
        names.addAll(found);
      }
    }
    return names.isEmpty() ? null : new Byline(List.copyOf(names), null, false);
  }
}
