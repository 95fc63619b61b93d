package io.corpus.clean.chrome;

import com.fasterxml.jackson.databind.JsonNode;
import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.DataFiles;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.PersonNames;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import java.util.HashSet;
import java.util.Set;

/**
 * Removes the expert, author and related-story cards that pages append after the article, each
 * cut off with {@code "..."}:
 *
 * <pre>
 *   • Andrea Kendall-Taylor
 *   Senior Fellow and Director, Transatlantic Security Program
 *   Andrea Kendall-Taylor is a Senior Fellow and Director of the … facing the United States and Eur...
 * </pre>
 *
 * <p>A card is one to three short head lines (a name or a title, no sentence end) and a teaser
 * that ends in {@code "..."} or {@code "…"}. It counts as a card only when the teaser starts with
 * the head's name, or when the head is a bullet item and the teaser stops in mid-word after at
 * least 60 chars; bullet cards alone go only two or more in a row or under a card-section heading
 * ({@code teaser-cards.yaml}), which goes with them. Cards are taken from the end of the text. A
 * document that merely ends in an ellipsis, even after a bulleted list, stays. Stateless and thread-safe.
 */
public final class TeaserCardRemover implements CleanStep {

  public static final String ID = "chrome.teaser-card";
  static final int MAX_HEAD = 120;
  static final int MAX_HEAD_LINES = 3;
  static final int MAX_TEASER = 1000;

  private final Set<String> headings;

  /** The built-in card-section headings. */
  public TeaserCardRemover() {
    JsonNode root = DataFiles.read(TeaserCardRemover.class, "teaser-cards.yaml");
    Set<String> h = new HashSet<>();
    for (String s : DataFiles.strings(root, "headings", "teaser-cards.yaml")) {
      h.add(Prose.fold(s));
    }
    this.headings = Set.copyOf(h);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Expert, author and related-story cards at the end, cut off with \"...\".";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  @Override
  public void apply(Draft draft) {
    TextLines lines = TextLines.of(draft.text());
    int end = lines.size();
    int cards = 0;
    boolean named = false;
    while (end > 1) {
      int start = cardStart(lines, end);
      if (start <= 0) {
        break;
      }
      named |= teaserNamesHead(lines, start, end);
      cards++;
      end = start;
    }
    if (cards == 0) {
      return;
    }
    boolean heading = end > 1 && headings.contains(Prose.fold(stripColon(lines.get(end - 1).text())));
    // A lone bullet item before a last paragraph that trails off is too weak a sign: a list and
    // a closing line can look the same. Ask for a named card, two cards, or a card heading.
    if (!named && cards < 2 && !heading) {
      return;
    }
    LineRemoval.removeRun(draft, lines, heading ? end - 1 : end, lines.size(), ID);
  }

  /** The first line of a card that ends just before line {@code end}, or -1. */
  private static int cardStart(TextLines lines, int end) {
    if (lines.get(end - 1).length() > MAX_TEASER) {
      return -1;
    }
    String teaser = lines.get(end - 1).text();
    if (!Prose.endsWithEllipsis(teaser)) {
      return -1;
    }
    for (int h = end - 2; h >= 0 && h >= end - 1 - MAX_HEAD_LINES; h--) {
      if (lines.get(h).length() > MAX_HEAD) {
        return -1;
      }
      String head = lines.get(h).text();
      if (Prose.endsLikeSentence(head) || Prose.endsWithEllipsis(head)) {
        return -1;
      }
      String bulletItem = afterBullet(head);
      String name = bulletItem != null ? bulletItem : head;
      if (PersonNames.isName(name) && teaser.startsWith(name)) {
        return h;
      }
      if (bulletItem != null) {
        return cutInMidWord(teaser) && teaser.length() >= 60 ? h : -1;
      }
    }
    return -1;
  }

  /** Whether the card {@code [start, end)} is a named card: its teaser starts with the head's name. */
  private static boolean teaserNamesHead(TextLines lines, int start, int end) {
    String head = lines.get(start).text();
    String item = afterBullet(head);
    String name = item != null ? item : head;
    return PersonNames.isName(name) && lines.get(end - 1).text().startsWith(name);
  }

  /** The text after a leading bullet ({@code •}, {@code ·}, {@code ▪}, {@code -}, {@code *}), or null. */
  static String afterBullet(String line) {
    if (line.length() < 3) {
      return null;
    }
    char c = line.charAt(0);
    boolean bullet = c == '\u2022' || c == '\u00B7' || c == '\u25AA' || c == '\u2023' || c == '\u25E6' || c == '\u25CF'
        || c == '-' || c == '*' || c == '\u2013';
    if (!bullet || line.charAt(1) != ' ') {
      return null;
    }
    return line.substring(2).strip();
  }

  /** Whether the ellipsis follows a letter directly ({@code "and Eur..."}), as a cut-off teaser does. */
  private static boolean cutInMidWord(String teaser) {
    int e = teaser.endsWith("...") ? teaser.length() - 3 : teaser.length() - 1;
    return e > 0 && Character.isLetter(teaser.charAt(e - 1));
  }

  private static String stripColon(String s) {
    return s.endsWith(":") ? s.substring(0, s.length() - 1) : s;
  }
}
