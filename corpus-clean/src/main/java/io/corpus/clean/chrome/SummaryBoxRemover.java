package io.corpus.clean.chrome;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.meta.HeadlineExtractor;
import io.corpus.clean.internal.TextLines;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The summary box a news page prints between its header and the story ({@code "Key Points"} /
 * {@code "• Residents can return to some streets"} / {@code "• Roads remain closed …"}): a heading
 * of the box's few known names alone on its line (or an AI summary's {@code "Takeaways by …"}),
 * then one to eight bullet lines. The story restates what the bullets say, and the box stands
 * above its first paragraph; so only a box with no paragraph of prose above it goes, and the same
 * heading and bullets further down (a section of the story) stay. A news story's box stands
 * under its byline or date line; a page without one above the box (a health agency's guidance
 * under "Key points") keeps it as its own text. Stateless and thread-safe.
 */
public final class SummaryBoxRemover implements CleanStep {

  public static final String ID = "chrome.summary-box";

  /** The box's heading is among the first this many lines. */
  static final int MAX_FIRST_LINES = 25;
  static final int MAX_BULLETS = 8;
  static final int MAX_BULLET = 300;

  /** The names of the box, folded, without a trailing colon. */
  static final Set<String> HEADINGS = Set.of("key points", "key takeaways", "takeaways", "story highlights", "highlights",
      "at a glance", "in brief", "the short version", "quick read", "tl;dr", "tldr", "summary", "article summary",
      "key facts", "the big picture");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "The \"Key Points\" / \"Story highlights\" / \"Takeaways\" box of bullets between a page's header and its first paragraph.";
  }

  /** The rule id under which a call's participant rosters go. */
  public static final String PARTICIPANTS_ID = "chrome.participants";

  @Override
  public java.util.List<String> ruleIds() {
    return java.util.List.of(ID, PARTICIPANTS_ID);
  }

  @Override
  public String description(String ruleId) {
    return ruleId.equals(PARTICIPANTS_ID)
        ? "An earnings call's rosters (\"Company Participants\" / \"Henrik Aas - Chief Executive Officer\") above the call."
        : description();
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  /** The headings of a call's rosters, folded. */
  static final Set<String> ROSTER_HEADINGS = Set.of("company participants", "conference call participants",
      "corporate participants", "call participants", "participants", "executives", "analysts", "company representatives");

  /**
   * Removes the rosters among the first lines: a heading alone on its line, then one or more
   * {@code "Name - Role"} or {@code "Name - Firm"} lines. Returns whether it removed any.
   */
  private static boolean rosters(Draft draft, List<TextLines.Line> lines) {
    boolean any = false;
    for (int i = 0; i < lines.size() && i < MAX_FIRST_LINES; i++) {
      TextLines.Line line = lines.get(i);
      if (line.length() >= 120 && TextLines.isBodyLine(line.text())) {
        return any;
      }
      if (line.length() > 40 || !ROSTER_HEADINGS.contains(Prose.fold(line.text()))) {
        continue;
      }
      int j = i + 1;
      while (j < lines.size() && j - i <= 20 && isRosterLine(lines.get(j).text())) {
        j++;
      }
      if (j > i + 1) {
        for (int k = i; k < j; k++) {
          draft.remove(lines.get(k).start(), lines.get(k).end(), PARTICIPANTS_ID);
        }
        any = true;
        i = j - 1;
      }
    }
    return any;
  }

  /** {@code "Henrik Aas - Chief Executive Officer"}, {@code "Tomas Berg - Nordhavn Securities"}. */
  static boolean isRosterLine(String s) {
    int dash = s.indexOf(" - ");
    if (dash < 0) {
      dash = s.indexOf(" \u2013 ");
    }
    if (dash <= 0 || s.length() > 120 || Prose.endsLikeSentence(s)) {
      return false;
    }
    String rest = s.substring(dash + 3).strip();
    return !rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) && io.corpus.clean.internal.PersonNames.isName(s.substring(0, dash));
  }

  @Override
  public void apply(Draft draft) {
    List<TextLines.Line> lines = TextLines.firstLines(draft.text(), MAX_FIRST_LINES + MAX_BULLETS + 2);
    if (draft.enabled(PARTICIPANTS_ID) && rosters(draft, lines)) {
      return;
    }
    for (int i = 0; i < lines.size() && i < MAX_FIRST_LINES; i++) {
      TextLines.Line line = lines.get(i);
      if (line.length() >= 120 && TextLines.isBodyLine(line.text())) {
        return; // the story has begun
      }
      if (line.length() > 60 || !HEADING_FIRST.contains(Character.toLowerCase(line.first())) || !isHeading(line.text())) {
        continue;
      }
      if (!bylineOrDateAbove(lines, i)) {
        return; // no byline or date above it: a guidance page's own "Key points" section
      }
      int j = i + 1;
      while (j < lines.size() && j - i <= MAX_BULLETS && isBullet(lines.get(j))) {
        j++;
      }
      if (j > i + 1 && j < lines.size()) {
        for (int k = i; k < j; k++) {
          draft.remove(lines.get(k).start(), lines.get(k).end(), ID);
        }
        return;
      }
    }
  }

  /** The first letters of the headings, lower-cased: most lines are passed over by it. */
  private static final Set<Character> HEADING_FIRST = Set.of('k', 't', 's', 'h', 'a', 'i', 'q');

  private static boolean bylineOrDateAbove(List<TextLines.Line> lines, int i) {
    for (int k = 0; k < i; k++) {
      if (lines.get(k).length() <= 200 && HeadlineExtractor.looksLikeHeaderLine(lines.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** {@code "Key Points"}, {@code "KEY POINTS:"}, {@code "Takeaways by Meridian AI Hide"}. */
  static boolean isHeading(String s) {
    String f = Prose.fold(s.endsWith(":") ? s.substring(0, s.length() - 1) : s);
    return HEADINGS.contains(f) || s.toLowerCase(Locale.ROOT).startsWith("takeaways by ") && Prose.wordCount(s) <= 8;
  }

  /** A line of the box: a bullet mark, a space and the point ({@code "• Roads remain closed south of the river"}). */
  static boolean isBullet(TextLines.Line l) {
    if (l.length() < 4 || l.length() > MAX_BULLET) {
      return false;
    }
    String s = l.text();
    char c = s.charAt(0);
    return (c == '\u2022' || c == '-' || c == '*' || c == '\u2013' || c == '\u00B7' || c == '\u25AA' || c == '\u25CF')
        && s.charAt(1) == ' ' && Character.isLetterOrDigit(s.charAt(2));
  }
}
