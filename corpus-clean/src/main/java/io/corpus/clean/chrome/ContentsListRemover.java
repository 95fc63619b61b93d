package io.corpus.clean.chrome;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import java.util.HashSet;
import java.util.Set;

/**
 * A page's table of contents flattened into the text ({@code "Contents"} / {@code "— Who needs a
 * permit"} / {@code "— How to apply"}): a heading of the list's few known names alone on its line,
 * then two to thirty items, each of which stands again further down as a line of its own (the
 * section headings the list links to). An item that is nowhere below keeps the whole list: a list
 * of its own under "Contents" (a report's chapters, an issue's articles) is the text's.
 * Stateless and thread-safe.
 */
public final class ContentsListRemover implements CleanStep {

  public static final String ID = "chrome.contents-list";

  /** The list's heading is among the first this many lines. */
  static final int MAX_FIRST_LINES = 60;
  static final int MIN_ITEMS = 2;
  static final int MAX_ITEMS = 30;
  static final int MAX_ITEM = 120;

  /** The list's names, folded, without a trailing colon. */
  static final Set<String> HEADINGS = Set.of("contents", "table of contents", "on this page", "in this article",
      "in this story", "in this guide", "in this section", "jump to", "jump to section", "page contents", "sections");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "A table of contents (\"Contents\" / \"On this page\" and items that stand again below as the section headings).";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  @Override
  public void apply(Draft draft) {
    // The first lines alone are read until a heading of the kind turns up (most texts have none).
    java.util.List<TextLines.Line> first = TextLines.firstLines(draft.text(), MAX_FIRST_LINES);
    for (int i = 0; i < first.size(); i++) {
      TextLines.Line l = first.get(i);
      if (l.length() > 24 || !mayStartHeading(l.first()) || !HEADINGS.contains(heading(l.text()))) {
        continue;
      }
      TextLines lines = TextLines.of(draft.text());
      int n = lines.size();
      int j = i + 1;
      int mark = i + 1 < n ? markLength(lines.get(i + 1).text()) : 0;
      String firstItem = i + 1 < n ? Prose.fold(item(lines.get(i + 1).text())) : "";
      while (j < n && j - i <= MAX_ITEMS && lines.get(j).length() <= MAX_ITEM && !item(lines.get(j).text()).isEmpty()
          && !Prose.endsLikeSentence(lines.get(j).text())
          // Items share their mark; an unmarked list ends where its first item stands again.
          && (markLength(lines.get(j).text()) > 0) == (mark > 0)
          && !(j > i + 1 && Prose.fold(item(lines.get(j).text())).equals(firstItem))) {
        j++;
      }
      if (j - i - 1 >= MIN_ITEMS && j < n && allStandBelow(lines, i + 1, j)) {
        LineRemoval.removeRun(draft, lines, i, j, ID);
      }
      return;
    }
  }

  private static boolean mayStartHeading(char c) {
    char f = Character.toLowerCase(c);
    return f == 'c' || f == 't' || f == 'o' || f == 'i' || f == 'j' || f == 'p' || f == 's';
  }

  private static String heading(String s) {
    return Prose.fold(s.endsWith(":") ? s.substring(0, s.length() - 1) : s);
  }

  /** The item's text without its list mark ("— ", "- ", "• ", "* ", "3. "). */
  static String item(String s) {
    return s.substring(markLength(s)).strip();
  }

  /** How long the item's list mark is: 0 when it has none. */
  static int markLength(String s) {
    int p = 0;
    if (s.startsWith("\u2014 ") || s.startsWith("- ") || s.startsWith("\u2022 ") || s.startsWith("* ") || s.startsWith("\u2013 ")) {
      p = 2;
    } else {
      int d = 0;
      while (d < s.length() && d < 3 && Character.isDigit(s.charAt(d))) {
        d++;
      }
      if (d > 0 && d + 1 < s.length() && (s.charAt(d) == '.' || s.charAt(d) == ')') && s.charAt(d + 1) == ' ') {
        p = d + 2;
      }
    }
    return p;
  }

  /** Whether each item of {@code [from, to)} stands again, alone on its line, below {@code to}. */
  private static boolean allStandBelow(TextLines lines, int from, int to) {
    Set<String> below = new HashSet<>();
    for (int k = to; k < lines.size(); k++) {
      if (lines.get(k).length() <= MAX_ITEM) {
        below.add(Prose.fold(lines.get(k).text()));
      }
    }
    for (int k = from; k < to; k++) {
      String it = item(lines.get(k).text());
      if (it.isEmpty() || !below.contains(Prose.fold(it))) {
        return false;
      }
    }
    return true;
  }
}
