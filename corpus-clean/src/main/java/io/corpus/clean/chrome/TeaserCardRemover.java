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
import java.util.Locale;
import java.util.Set;

/**
 * Removes related-story teasers and the expert, author and story cards that pages append after
 * the article.
 *
 * <p><b>Teaser blocks</b>, anywhere in the text: a heading alone on its line ({@code
 * "Related Articles"}, {@code "More from The Hill"}, {@code "TRENDING"}, {@code "You may also
 * like"}: {@code blockHeadings} in {@code teaser-cards.yaml}) followed by headline lines (two words
 * or more, starting with a capital, ending in no period; maybe bulleted or numbered), their date,
 * byline ({@code "By Nathaniel Weixel | 08/15/23"}) and "Read more" lines, up to the first line
 * that reads otherwise. At the end of the text one headline is enough, in the middle it takes two
 * (a heading and one title may be the article's own section). The heading and its headlines on one
 * line ({@code "Most Read • A • B"}, {@code "Recommended: A | B"}, {@code "SEE ALSO: A"}) go too.
 * A block item may carry its age ({@code "2 hours ago"}) or stand under its rank alone on a line
 * ({@code "1"}). A topic heading alone ({@code "Related Topics"}, {@code "Explore more on these
 * topics"}: {@code topicHeadings}) goes with the topic links under it (one to five words a line)
 * when they end the text or a teaser block follows, otherwise alone.
 * An inline card between two paragraphs, a headline and its date or "Read more" line, goes when
 * prose stands before it (so a page's own headline and date at the top stay). This step runs
 * before the byline and date rules, so a card's byline never becomes the article's.
 *
 * <p><b>Cards</b> at the end, each cut off with {@code "..."}:
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
 * ({@code headings}), which goes with them. Cards are taken from the end of the text, or from just
 * before a teaser block that ends it. A document that merely ends in an ellipsis, even after a
 * bulleted list, stays. Stateless and thread-safe.
 */
public final class TeaserCardRemover implements CleanStep {

  public static final String ID = "chrome.teaser-card";
  static final int MAX_HEAD = 120;
  static final int MAX_HEAD_LINES = 3;
  static final int MAX_TEASER = 1000;

  /** A teaser block holds at most this many lines after its heading. */
  static final int MAX_BLOCK_LINES = 30;
  /** A teaser item (headline, date, byline) is at most this long. */
  static final int MAX_ITEM = 160;
  /** A one-line teaser row is at most this long. */
  static final int MAX_ROW = 400;
  /** The paragraph before an inline card is prose at least this long. */
  static final int MIN_PROSE = 80;

  private final Set<String> headings;
  private final Set<String> blockHeadings;
  /** The longest heading, in chars, and a little for white space the fold drops. */
  private final int maxHeading;
  private final Set<String> singleHeadlineHeadings;
  /** Block headings under which one title between paragraphs is a teaser ("Also read"). */
  private final Set<String> linkHeadings;
  private final Set<String> topicHeadings;
  /** Headings of what a page prints under the article, which go when nothing but such lines follows them ("Comments"). */
  private final Set<String> endHeadings;

  /**
   * A step that only takes the bare headings the footer step left at the very end ("Recommended
   * For You" over a disclaimer and a copyright line that are gone now): what a second cleaning
   * would take. It reads the last lines only.
   */
  public static CleanStep endAgain() {
    TeaserCardRemover cards = new TeaserCardRemover();
    return new CleanStep() {
      @Override
      public String id() {
        return ID;
      }

      @Override
      public String description() {
        return cards.description();
      }

      @Override
      public Phase phase() {
        return Phase.CHROME;
      }

      @Override
      public void apply(Draft draft) {
        cards.bareHeadingsAtTheEnd(draft);
      }
    };
  }

  /** Removes the headings alone on the last lines of the text (at most {@link #MAX_BARE_TAIL}). */
  void bareHeadingsAtTheEnd(Draft draft) {
    String t = draft.text();
    if (headingAndTitlesAtTheEnd(draft, t)) {
      return;
    }
    int end = t.length();
    for (int k = 0; k < MAX_BARE_TAIL; k++) {
      while (end > 0 && (t.charAt(end - 1) == '\n' || t.charAt(end - 1) == ' ')) {
        end--;
      }
      if (end == 0) {
        return;
      }
      int start = t.lastIndexOf('\n', end - 1) + 1;
      if (end - start > 60 || start == 0) {
        return; // a long last line, or the text's only line
      }
      String folded = Prose.fold(withoutTrailingMark(t.substring(start, end)));
      if (!Character.isLetter(t.charAt(start)) || !isRailHeading(folded)) {
        return;
      }
      draft.remove(start, end, ID);
      end = start;
    }
  }

  /**
   * A rail's heading and one or two of its titles that end the text once the footer under them is
   * gone ({@code "Most read"} / {@code "Daugava crossing in Rīga to close for repairs"}): a block
   * heading, then titles only (three to fifteen words, no sentence end, 120 chars at most). A
   * second cleaning would find them at the end; they go now. Returns whether they went.
   */
  private boolean headingAndTitlesAtTheEnd(Draft draft, String t) {
    // Read from the end of the text, a line at a time, and stop at the first line that can be
    // neither a title nor the heading: most texts end in a paragraph longer than any title.
    int[] starts = new int[MAX_END_RAIL + 1];
    int[] ends = new int[MAX_END_RAIL + 1];
    int end = t.length();
    for (int k = 0; k <= MAX_END_RAIL; k++) {
      while (end > 0 && Draft.isBlank(t.charAt(end - 1))) {
        end--;
      }
      if (end == 0) {
        return false;
      }
      int lineStart = t.lastIndexOf('\n', end - 1) + 1;
      if (end - lineStart > 130) {
        return false; // a paragraph: no title, no heading
      }
      int start = lineStart;
      while (start < end && Draft.isBlank(t.charAt(start))) {
        start++;
      }
      starts[k] = start;
      ends[k] = end;
      if (k >= 1 && start > 0 && end - start <= 60 && Character.isLetter(t.charAt(start))) {
        String folded = Prose.fold(withoutTrailingMark(t.substring(start, end)));
        if (blockHeadings.contains(folded) || isMoreFrom(folded) || isMorePlural(folded)) {
          for (int j = 0; j <= k; j++) {
            draft.remove(starts[j], ends[j], ID);
          }
          return true;
        }
      }
      if (k == MAX_END_RAIL || !isRailTitle(t.substring(start, end)) && !isRailLink(t.substring(start, end))) {
        return false;
      }
      end = lineStart;
    }
    return false;
  }

  /** At most this many titles or links under the heading of a rail that ends the text once the footer is gone. */
  static final int MAX_END_RAIL = 5;

  /** A rail's link: two words in capitals, as "Related Links" lists them ("Rumor Response", "Apply for Assistance"). */
  private static boolean isRailLink(String s) {
    return s.length() <= 60 && Prose.wordCount(s) == 2 && Character.isUpperCase(s.charAt(0)) && !Prose.hasSentenceEnd(s)
        && !s.endsWith(".") && !s.endsWith(":");
  }

  /** A rail's title: three to fifteen words, no sentence end, 120 chars at most, opening in a capital or a quote. */
  private static boolean isRailTitle(String s) {
    int words = Prose.wordCount(s);
    return s.length() <= 120 && words >= 3 && words <= 15 && !Prose.hasSentenceEnd(s)
        && (Character.isUpperCase(s.charAt(0)) || s.charAt(0) == '\u201C' || s.charAt(0) == '"');
  }

  /** The built-in card-section headings. */
  public TeaserCardRemover() {
    JsonNode root = DataFiles.read(TeaserCardRemover.class, "teaser-cards.yaml");
    Set<String> h = new HashSet<>();
    for (String s : DataFiles.strings(root, "headings", "teaser-cards.yaml")) {
      h.add(Prose.fold(s));
    }
    this.headings = Set.copyOf(h);
    this.blockHeadings = folded(DataFiles.strings(root, "blockHeadings", "teaser-cards.yaml"));
    this.maxHeading = blockHeadings.stream().mapToInt(String::length).max().orElse(0) + 2;
    this.singleHeadlineHeadings = folded(DataFiles.strings(root, "singleHeadlineHeadings", "teaser-cards.yaml"));
    this.linkHeadings = folded(DataFiles.strings(root, "linkHeadings", "teaser-cards.yaml"));
    this.topicHeadings = folded(DataFiles.strings(root, "topicHeadings", "teaser-cards.yaml"));
    this.endHeadings = folded(DataFiles.strings(root, "endHeadings", "teaser-cards.yaml"));
  }

  private static Set<String> folded(java.util.List<String> list) {
    Set<String> out = new HashSet<>();
    for (String s : list) {
      out.add(Prose.fold(s));
    }
    return Set.copyOf(out);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Related-story teaser blocks, rows and inline cards, topic lists under \"Related Topics\"; expert and author cards at the end, cut off with \"...\".";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  /**
   * The next ':', '|' or '•' at or after a position, found with {@code indexOf} (a vectorized
   * search) and remembered: asked about positions that only grow, it reads the text once in all.
   */
  private static final class Marks {
    private final String text;
    private final char[] kinds = {':', '|', '\u2022'};
    private final int[] next = {-2, -2, -2};

    Marks(String text) {
      this.text = text;
    }

    /** Whether one of the marks stands in {@code [from, to)}; {@code from} never decreases between calls. */
    boolean within(int from, int to) {
      for (int k = 0; k < kinds.length; k++) {
        if (next[k] != -1 && next[k] < from) {
          next[k] = text.indexOf(kinds[k], from);
        }
        if (next[k] >= 0 && next[k] < to) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Each line's folded heading key and teaser item, made at the first ask within one run of the
   * step: a heading scans up to {@link #MAX_BLOCK_LINES} lines below it, and on a page of short
   * lines ("Most Read" every few lines) the same lines are asked about again and again.
   */
  private static final class Memo {
    private final TextLines lines;
    private final String[] folded;
    private final Item[] items;

    Memo(TextLines lines) {
      this.lines = lines;
      this.folded = new String[lines.size()];
      this.items = new Item[lines.size()];
    }

    /** Line {@code i} without a trailing colon, folded: what the heading sets hold. */
    String folded(int i) {
      String f = folded[i];
      if (f == null) {
        f = Prose.fold(withoutTrailingMark(lines.get(i).text()));
        folded[i] = f;
      }
      return f;
    }

    /** What line {@code i} is as a teaser block's line ({@link #item(TextLines.Line)}). */
    Item item(int i) {
      Item it = items[i];
      if (it == null) {
        it = TeaserCardRemover.item(lines.get(i));
        items[i] = it;
      }
      return it;
    }
  }

  @Override
  public void apply(Draft draft) {
    TextLines lines = TextLines.of(draft.text());
    int n = lines.size();
    Marks marks = new Marks(draft.text());
    Memo memo = new Memo(lines);
    int tail = bareTail(lines, memo);
    // Removals are applied when the step ends, so the cards below are looked for before the
    // teaser block that ends the text (cards, then "More from …").
    int end = n;
    int i = 0;
    // The last run this step removed, which a bare heading above it joins to the page's end.
    int runStart = -1;
    int runEnd = -1;
    while (i < n) {
      int next = teaserAt(draft, lines, i, marks, memo, tail);
      if (next > i && next < tail && tail < n && headlinesOnly(memo, next, tail)) {
        // A card's "Continue reading" over the next story's title, then only the copyright
        // line: the title is the card's too.
        LineRemoval.removeRun(draft, lines, next, tail, ID);
        next = tail;
      }
      if (next > i) {
        runStart = runEnd == i ? runStart : i;
        runEnd = next;
      }
      if (next == n && i > 0) {
        end = i;
      }
      i = next > i ? next : i + 1;
    }
    if (runEnd >= tail && runStart < tail) {
      // The rail this step removed reached the bare end: headings right above it head nothing
      // either ("Reader Reaction" over the "Trending" list, then the copyright line). A second
      // cleaning would find them bare; they go now.
      for (int k = runStart - 1; k >= 0 && runStart - k <= MAX_BARE_TAIL && isBareHeading(lines.get(k), memo, k); k--) {
        LineRemoval.removeLine(draft, lines, k, ID);
      }
    }
    removeCards(draft, lines, end);
  }

  private boolean isBareHeading(TextLines.Line l, Memo memo, int k) {
    return l.length() <= 60 && Character.isLetter(l.first())
        && isRailHeading(memo.folded(k));
  }

  /**
   * Removes the teaser block, one-line teaser row or inline card that starts at line {@code i} and
   * returns the index after it; returns {@code i} when there is none. Reads each line a bounded
   * number of times: a block is at most {@link #MAX_BLOCK_LINES} lines.
   */
  private int teaserAt(Draft draft, TextLines lines, int i, Marks marks, Memo memo, int tail) {
    int n = lines.size();
    TextLines.Line line = lines.get(i);
    if (line.length() > MAX_ROW) {
      return i;
    }
    if (!Character.isLetter(line.first())) {
      return inlineCardAt(draft, lines, i, memo);
    }
    // Most lines are long prose without a ':', '|' or '•' near their start: neither a teaser row
    // nor a heading, decided without copying them.
    boolean mayBeRow = marks.within(line.start() + 1, line.start() + 40);
    if (!mayBeRow && line.length() > 60) {
      return inlineCardAt(draft, lines, i, memo);
    }
    String t = line.text();
    // Folded once for both heading tests: a page of short lines asks both of every line.
    String folded = line.length() <= 60 ? memo.folded(i) : null;
    if (folded != null && topicHeadings.contains(folded)) {
      return topicBlockAt(draft, lines, i, memo); // before the rows: "Tags:" is a row's label too
    }
    if (mayBeRow && isTeaserRow(t)) {
      LineRemoval.removeLine(draft, lines, i, ID);
      return i + 1;
    }
    boolean known = folded != null && (blockHeadings.contains(folded) || isMoreFrom(folded));
    // ("More videos", "Related speeches": a heading the list does not name goes only at the end)
    boolean morePlural = folded != null && !known && isMorePlural(folded);
    if (known || morePlural) {
      int j = i + 1;
      int headlines = 0;
      int firstHeadline = -1;
      boolean dated = false;
      while (j < n && j - i <= MAX_BLOCK_LINES) {
        Item item = memo.item(j);
        if (item == Item.NONE || headlines > 0 && isClockTime(lines.get(j))) {
          break; // (a clock time alone under the titles starts a live page's next entry: "12:57 p.m. ET")
        }
        if (item == Item.HEADLINE) {
          headlines++;
          firstHeadline = firstHeadline < 0 ? j : firstHeadline;
        }
        dated |= item == Item.DATE && headlines > 0;
        j++;
      }
      // One title with its date under the heading is a card too ("Read Next" / title / "May 1,
      // 2024 5:31 PM"): a section of the article has no date line. A byline there is no card's
      // title: "Read More" (a gallery's link) over the story's own "BY JULIA MARKOWITZ" and date.
      if (headlines == 1 && dated && j > i + 2 && !TextLines.isByline(lines.get(firstHeadline).text())) {
        LineRemoval.removeRun(draft, lines, i, j, ID);
        return j;
      }
      // In the middle of the text a heading and one title could be a section of the article; at
      // its end (or over the copyright line alone) they are a rail, and a heading over nothing
      // ("Most Read" / "© 2024 …", its list not scraped) is one too.
      // Under "Also read" one title between two paragraphs is a teaser too (prose above it: in a
      // page's header such a link heads the author's page, and the date under it is the story's).
      boolean link = linkHeadings.contains(folded) && i > 0 && Prose.endsLikeSentence(lines.get(i - 1).text())
          && Prose.wordCount(lines.get(i - 1).text()) >= 8;
      if (headlines >= (j >= tail || link ? 1 : 2) && (!morePlural || j >= tail || onlyFooterLinesFrom(lines, j))) {
        if (link && j < tail && headlines > 1 && memo.item(i + 1) == Item.HEADLINE) {
          // "Also Read" between paragraphs links one story: the short lines under its title are
          // the article's own ("Brief scores" / "Coastal Sharks 187/6 (20 ov): …")
          j = i + 2;
          while (j < n && (memo.item(j) == Item.DATE || memo.item(j) == Item.READ_MORE)) {
            j++;
          }
        }
        LineRemoval.removeRun(draft, lines, i, j, ID);
        return j;
      }
      if (i < tail) {
        return i;
      }
    }
    if (folded != null && i >= tail && isRailHeading(folded)) {
      LineRemoval.removeLine(draft, lines, i, ID);
      return i + 1;
    }
    return inlineCardAt(draft, lines, i, memo);
  }

  /** A clock time alone on its line, maybe with its zone: {@code "12:57 p.m. ET"}, {@code "9:05 AM"}. */
  static boolean isClockTime(TextLines.Line line) {
    return line.length() <= 16 && Character.isDigit(line.first()) && CLOCK_TIME.matcher(line.text()).matches();
  }

  private static final java.util.regex.Pattern CLOCK_TIME =
      java.util.regex.Pattern.compile("\\d{1,2}[:.]\\d{2} ?(?:a\\.m\\.|p\\.m\\.|am|pm|AM|PM)(?: [A-Z]{2,4})?");

  /** Whether lines {@code [from, to)} are one or two teaser headlines and nothing else. */
  private static boolean headlinesOnly(Memo memo, int from, int to) {
    if (to - from > 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (memo.item(k) != Item.HEADLINE) {
        return false;
      }
    }
    return true;
  }

  /** At most this many lines make the bare run at a page's end that {@link #bareTail} finds. */
  static final int MAX_BARE_TAIL = 6;

  /**
   * Where the run of bare lines that ends the text starts: headings with nothing under them
   * ({@code "Comments"}, {@code "Most Read"}, the rails' lists not scraped) and copyright notices;
   * {@code lines.size()} when the text ends otherwise. What follows a heading there can be no
   * section of the article.
   */
  private int bareTail(TextLines lines, Memo memo) {
    int n = lines.size();
    int k = n;
    while (k > 0 && n - k < MAX_BARE_TAIL) {
      TextLines.Line l = lines.get(k - 1);
      if (l.length() > MAX_ROW) {
        break;
      }
      boolean heading = isBareHeading(l, memo, k - 1);
      if (!heading && !SiteFooterRemover.isCopyright(l.text())) {
        break;
      }
      k--;
    }
    return k;
  }

  /**
   * An inline card between two paragraphs: a headline, then its date and/or a "Read more" line
   * ({@code "US slaps new sanctions on Iranian drone makers" / "October 18, 2023" / "Read more"}).
   * The paragraph before must be prose, so a page's own headline and date at the top stay; without
   * "Read more" the card needs prose after it too.
   */
  private static int inlineCardAt(Draft draft, TextLines lines, int i, Memo memo) {
    int n = lines.size();
    // Most lines are prose or follow a line that is not: decided by lengths and last chars alone.
    if (i == 0 || i + 1 >= n || lines.get(i).length() > MAX_HEAD || lines.get(i - 1).length() < MIN_PROSE) {
      return i;
    }
    char end = lines.get(i - 1).last();
    if (end != '.' && end != '!' && end != '?' && !Prose.isClosingQuote(end)) {
      return i;
    }
    // A paragraph cut off mid-sentence over "Continue reading" reads as a headline too, but holds
    // a sentence end inside it; a card's headline between paragraphs holds none.
    if (!Prose.endsLikeSentence(lines.get(i - 1).text()) || afterBullet(lines.get(i).text()) != null
        || memo.item(i) != Item.HEADLINE || hasInnerSentenceEnd(lines.get(i).text())) {
      return i;
    }
    int j = i + 1;
    boolean readMore = false;
    boolean date = false;
    while (j < n && j - i <= 3) {
      Item item = memo.item(j);
      if (item == Item.READ_MORE) {
        readMore = true;
      } else if (item == Item.DATE) {
        date = true;
      } else {
        break;
      }
      j++;
    }
    if (!readMore && !date || j < n && Character.isLowerCase(lines.get(j).first())) {
      return i; // (or a sentence runs on under it: "… late at night, tapping" / "Continue reading" / "without thinking …")
    }
    boolean proseAfter = j < n && lines.get(j).length() >= MIN_PROSE && Prose.endsLikeSentence(lines.get(j).text());
    if (!readMore && !proseAfter) {
      return i;
    }
    LineRemoval.removeRun(draft, lines, i, j, ID);
    return j;
  }

  private void removeCards(Draft draft, TextLines lines, int limit) {
    int end = limit;
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
    boolean heading = end > 1 && headings.contains(Prose.fold(withoutTrailingMark(lines.get(end - 1).text())));
    // A lone bullet item before a last paragraph that trails off is too weak a sign: a list and
    // a closing line can look the same. Ask for a named card, two cards, or a card heading.
    if (!named && cards < 2 && !heading) {
      return;
    }
    LineRemoval.removeRun(draft, lines, heading ? end - 1 : end, limit, ID);
  }

  /** What a line of a teaser block is. */
  enum Item {
    NONE,
    HEADLINE,
    DATE,
    BYLINE,
    READ_MORE,
    /** A rank alone on its line ("1", "2."), as "Most read" lists print it above each headline. */
    NUMBER
  }

  /**
   * A teaser block's line: a headline (at least two words, starting with a capital, a digit or a
   * quote, ending in no period, colon or comma; maybe after a bullet or a number), a date, a
   * byline ({@code "By Nathaniel Weixel | 08/15/23"}) or a "Read more" link.
   */
  static Item item(TextLines.Line line) {
    if (line.length() > MAX_ITEM) {
      return Item.NONE;
    }
    String t = line.text();
    String bullet = afterBullet(t);
    if (bullet != null) {
      t = bullet;
    } else {
      t = afterNumber(t);
    }
    if (t.isEmpty()) {
      return isRank(line.text()) ? Item.NUMBER : Item.NONE;
    }
    if (isRank(t)) {
      return Item.NUMBER;
    }
    if (isRelativeTime(t)) {
      return Item.DATE;
    }
    if (isReadMore(t)) {
      return Item.READ_MORE;
    }
    if (isDateLine(t)) {
      return Item.DATE;
    }
    if (t.startsWith("By ")) {
      int cut = t.length();
      for (String sep : new String[] {" | ", ", ", " - ", " \u2022 "}) {
        int at = t.indexOf(sep);
        if (at > 0 && at < cut) {
          cut = at;
        }
      }
      if (!PersonNames.parseList(t.substring(3, cut)).isEmpty()) {
        return Item.BYLINE;
      }
    }
    return isHeadline(t) ? Item.HEADLINE : Item.NONE;
  }

  static boolean isHeadline(String t) {
    if (t.length() > MAX_ITEM || Prose.wordCount(t) < 2) {
      return false;
    }
    char first = t.charAt(0);
    if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '\u201C' || first == '"' || first == '\u2018'
        || first == '\'')) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == ':' || last == ',' || last == ';' || last == '\u2026' || Prose.endsWithPeriod(t)) {
      return false;
    }
    // (a copyright notice ends a rail: the footer's, which names the publisher)
    return !Prose.startsWithSpeakerLabel(t) && t.indexOf('\u00A9') < 0;
  }

  /**
   * Whether a sentence ends inside {@code t} and another starts after it: a word of two or more
   * small letters, then {@code ". "}, {@code "? "} or {@code "! "} (maybe a closing quote) and a
   * capital or an opening quote ({@code "… on the island. “We’ll believe it"}). A paragraph cut
   * off mid-sentence reads so; most headlines do not ("U.S. slaps …", "Dr. Who returns" have no
   * small letters before the period), though some do ("… rate hike. Here’s why"): only an inline
   * card, whose headline stands between paragraphs, is asked.
   */
  static boolean hasInnerSentenceEnd(String t) {
    for (int i = 2; i + 2 < t.length(); i++) {
      char c = t.charAt(i);
      if (c != '.' && c != '?' && c != '!') {
        continue;
      }
      int next = i + 1;
      if (next < t.length() && Prose.isClosingQuote(t.charAt(next))) {
        next++;
      }
      if (next + 1 >= t.length() || t.charAt(next) != ' ') {
        continue;
      }
      char after = t.charAt(next + 1);
      if ((Character.isUpperCase(after) || after == '\u201C' || after == '"') && Character.isLowerCase(t.charAt(i - 1))
          && Character.isLowerCase(t.charAt(i - 2))) {
        return true;
      }
    }
    return false;
  }

  /** The text after a leading {@code "1. "} or {@code "1) "}, or the line itself. */
  static String afterNumber(String t) {
    int d = 0;
    while (d < t.length() && d < 3 && Character.isDigit(t.charAt(d))) {
      d++;
    }
    if (d > 0 && d + 1 < t.length() && (t.charAt(d) == '.' || t.charAt(d) == ')') && t.charAt(d + 1) == ' ') {
      return t.substring(d + 2).strip();
    }
    return t;
  }

  /** {@code "Read more"}, {@code "Read More »"}, {@code "Continue reading →"}. */
  static boolean isReadMore(String t) {
    if (t.length() > 30) {
      return false;
    }
    int e = t.length();
    while (e > 0 && (t.charAt(e - 1) == ' ' || "\u00BB\u203A\u2192>.\u2026".indexOf(t.charAt(e - 1)) >= 0)) {
      e--;
    }
    String f = Prose.fold(t.substring(0, e));
    return f.equals("read more") || f.equals("continue reading") || f.equals("read the full story") || f.equals("full story")
        || f.equals("read full story") || f.equals("read the story") || f.equals("view all") || f.equals("see all")
        || f.equals("view more") || f.equals("see more");
  }

  private static final Set<String> MONTHS =
      Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
          "february", "march", "april", "june", "july", "august", "september", "october", "november", "december");
  private static final Set<String> DATE_WORDS =
      Set.of("am", "pm", "a.m.", "p.m.", "et", "est", "edt", "ct", "pt", "gmt", "utc", "bst", "cet", "|", "-", "updated",
          "published", "posted", "on", "at");

  /**
   * A line that is only a date, maybe with a time: {@code "Oct 10, 2023"}, {@code "October 18,
   * 2023"}, {@code "18 October 2023"}, {@code "10/21/23 5:05 PM ET"}. At most eight words, each a
   * month name, a number, a time, a time zone or a word such as "Updated".
   */
  static boolean isDateLine(String t) {
    if (t.length() > 40) {
      return false;
    }
    String[] words = t.split(" ");
    if (words.length > 8) {
      return false;
    }
    boolean month = false;
    boolean year = false;
    boolean slashed = false;
    for (String w : words) {
      String bare = w.endsWith(",") || w.endsWith(".") && w.length() > 1 && Character.isLetter(w.charAt(w.length() - 2))
          ? w.substring(0, w.length() - 1) : w;
      String lower = bare.toLowerCase(Locale.ROOT);
      if (MONTHS.contains(lower)) {
        month = true;
      } else if (isNumber(bare)) {
        year |= bare.length() == 4;
      } else if (isSlashedDate(bare)) {
        slashed = true;
      } else if (!DATE_WORDS.contains(lower) && !isTime(bare) && !isOrdinal(lower)) {
        return false;
      }
    }
    return slashed || month && year;
  }

  private static boolean isNumber(String w) {
    if (w.isEmpty() || w.length() > 4) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOrdinal(String w) {
    return w.length() >= 3 && w.length() <= 4 && Character.isDigit(w.charAt(0))
        && (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th")) && isNumber(w.substring(0, w.length() - 2));
  }

  /** {@code 08/15/23}, {@code 2023/08/15}, {@code 15.08.2023}. */
  private static boolean isSlashedDate(String w) {
    String[] parts = w.split("[/.]", -1);
    if (parts.length != 3) {
      return false;
    }
    for (String p : parts) {
      if (!isNumber(p)) {
        return false;
      }
    }
    return true;
  }

  /** A rank alone: one or two digits, maybe with a period ({@code "1"}, {@code "10."}). */
  static boolean isRank(String t) {
    int e = t.endsWith(".") ? t.length() - 1 : t.length();
    if (e < 1 || e > 2) {
      return false;
    }
    for (int i = 0; i < e; i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code "4m 12s ago"}, {@code "2h ago"}, {@code "3d ago"}: one to three counts with a unit letter, then "ago". */
  private static boolean isCompactAge(String f) {
    if (!f.endsWith(" ago")) {
      return false;
    }
    String[] parts = f.substring(0, f.length() - 4).split(" ");
    if (parts.length > 3) {
      return false;
    }
    for (String p : parts) {
      int n = p.length();
      if (n < 2 || n > 4 || "smhdw".indexOf(p.charAt(n - 1)) < 0) {
        return false;
      }
      for (int i = 0; i < n - 1; i++) {
        if (!Character.isDigit(p.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  private static final Set<String> TIME_UNITS =
      Set.of("second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
          "days", "week", "weeks", "month", "months", "year", "years");

  /**
   * A teaser's age: {@code "2 hours ago"}, {@code "an hour ago"}, {@code "3 days ago"}, {@code
   * "Updated 12 mins ago"}, {@code "Yesterday"}, {@code "Just now"}.
   */
  static boolean isRelativeTime(String t) {
    if (t.length() > 40) {
      return false;
    }
    String f = Prose.fold(t);
    // "NEWS // 4M 12S AGO": a section's label before the age.
    int slashes = f.indexOf(" // ");
    if (slashes > 0 && Prose.wordCount(f.substring(0, slashes)) <= 4) {
      f = f.substring(slashes + 4);
    }
    if (f.length() > 30) {
      return false;
    }
    if (isCompactAge(f)) {
      return true;
    }
    if (f.startsWith("updated ") || f.startsWith("published ") || f.startsWith("posted ")) {
      f = f.substring(f.indexOf(' ') + 1);
    }
    if (f.equals("yesterday") || f.equals("just now")) {
      return true;
    }
    String[] w = f.split(" ");
    if (w.length != 3 || !w[2].equals("ago") || !TIME_UNITS.contains(w[1])) {
      return false;
    }
    return isNumber(w[0]) && w[0].length() <= 3 || w[0].equals("a") || w[0].equals("an");
  }

  /** {@code 5:05}, {@code 17:05}. */
  private static boolean isTime(String w) {
    int colon = w.indexOf(':');
    return colon > 0 && isNumber(w.substring(0, colon)) && isNumber(w.substring(colon + 1)) && w.length() - colon == 3;
  }

  /** A topic-list heading alone on its line: "Related Topics", "Topics", "Explore more on these topics", "Tags:". */
  boolean isTopicHeading(String t) {
    return topicHeadings.contains(Prose.fold(withoutTrailingMark(t)));
  }

  /**
   * A topic-list heading and the topic links under it, one a line ({@code "Related Topics" /
   * "Storms" / "Met Office"}): the whole list goes when it ends the text or a teaser block follows
   * it; otherwise the heading goes alone (the short lines after it may be the article's own).
   * Returns the index after what went.
   */
  private int topicBlockAt(Draft draft, TextLines lines, int i, Memo memo) {
    int n = lines.size();
    int j = i + 1;
    while (j < n && j - i <= MAX_TOPICS && isTopic(lines.get(j)) && !isHeading(memo.folded(j))) {
      j++;
    }
    boolean ends = j == n || j - i <= MAX_TOPICS && (isHeading(memo.folded(j)) || onlyFooterLinesFrom(lines, j));
    int end = ends ? j : i + 1;
    if (!ends && j <= i + 2 && i + 1 < n && isTopicRow(lines.get(i + 1).text())
        && (lines.get(i).text().endsWith(":") || isCommaList(lines.get(i + 1).text()))) {
      // "Tags:" over its topics flattened into one line, and no other topic under it; without the
      // colon, topics parted by commas ("Keywords" / "Niigata Prefecture, Agriculture, Rice").
      end = i + 2;
    }
    // One removal for the whole list: it ends the text or a block follows, so no sentence runs
    // across it to mend, and a page of nothing but topic lists costs one edit a list.
    draft.remove(lines.get(i).start(), lines.get(end - 1).end(), ID);
    return end;
  }

  /** A block or topic-list heading, the line folded once for both. */
  /**
   * Whether the lines from {@code j} to the end are a footer's (at most eight, each 200 chars at
   * most and no sentence): a topic list over the site's footer ends the story as well as one
   * that ends the text, and the footer step takes the rest.
   */
  private static boolean onlyFooterLinesFrom(TextLines lines, int j) {
    if (lines.size() - j > 8) {
      return false;
    }
    for (int k = j; k < lines.size(); k++) {
      TextLines.Line l = lines.get(k);
      if (l.length() > 200 || Prose.endsLikeSentence(l.text())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a line, folded ({@link Memo#folded}), is a topic or block heading. */
  private boolean isHeading(String folded) {
    return topicHeadings.contains(folded) || blockHeadings.contains(folded) || isMoreFrom(folded);
  }

  /**
   * Topics flattened into one line under a heading with its colon ({@code "Tags:"} / {@code
   * "Consumer Protection Bureau of Consumer Protection Telemarketing"}): 200 chars at most, no
   * sentence end, and every word capitalized but one, or the topics parted by commas.
   */
  static boolean isTopicRow(String t) {
    if (t.length() > 200 || Prose.endsLikeSentence(t) || t.endsWith(":") || Prose.wordCount(t) < 2) {
      return false;
    }
    return Prose.lowerCaseWords(t) <= 1 || t.contains(", ") && Prose.wordCount(t) <= 3 * (countOf(t, ", ") + 1);
  }

  /** Three or more capitalized items of one to four words, parted by commas, and nothing else. */
  private static boolean isCommaList(String t) {
    String[] items = t.split(", ", -1);
    if (items.length < 3) {
      return false;
    }
    for (String item : items) {
      if (item.isEmpty() || !Character.isUpperCase(item.charAt(0)) || Prose.wordCount(item) > 4) {
        return false;
      }
    }
    return true;
  }

  private static int countOf(String t, String piece) {
    int n = 0;
    for (int at = t.indexOf(piece); at >= 0; at = t.indexOf(piece, at + piece.length())) {
      n++;
    }
    return n;
  }

  /** A topic list holds at most this many topics. */
  static final int MAX_TOPICS = 15;

  /**
   * A topic link: one to seven words and at most 60 chars, starting with a capital or a digit,
   * ending in no sentence mark, colon or comma ("Climate change", "Met Office", "US election 2024").
   */
  static boolean isTopic(TextLines.Line line) {
    if (line.length() > 60 || !(Character.isUpperCase(line.first()) || Character.isDigit(line.first()))) {
      return false;
    }
    String t = line.text();
    char last = t.charAt(t.length() - 1);
    // "Bureau of Population, Refugees, and Migration": an office's name is a topic too.
    return Prose.wordCount(t) <= 7 && !Prose.hasSentenceEnd(t) && last != ':' && last != ',' && last != ';'
        && !isRelativeTime(t);
  }

  /** A block heading alone on its line: "Related Articles", "TRENDING", "More from The Hill", "SEE ALSO:". */
  boolean isBlockHeading(String t) {
    String f = Prose.fold(withoutTrailingMark(t));
    return blockHeadings.contains(f) || isMoreFrom(f);
  }

  /** A heading that a rail of teasers may end the text under: a block or end heading, or "More from …" (folded). */
  private boolean isRailHeading(String folded) {
    return blockHeadings.contains(folded) || endHeadings.contains(folded) || isMoreFrom(folded);
  }

  /**
   * {@code "More webinars"}, {@code "More marts"}: "more" and one plural noun, a rail's heading
   * when its titles reach the end of the text (in the middle a section may be headed so).
   */
  static boolean isMorePlural(String folded) {
    if (folded.startsWith("related ")) {
      return isRelatedPlural(folded);
    }
    if (!folded.startsWith("more ") || folded.length() < 9 || folded.length() > 20 || !folded.endsWith("s")) {
      return false;
    }
    for (int k = 5; k < folded.length(); k++) {
      if (!Character.isLetter(folded.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code "related documents"}, {@code "related speeches"}, {@code "related press releases"}:
   * "related" and one or two words of letters, the last a plural, as a rail names what it lists.
   */
  static boolean isRelatedPlural(String folded) {
    if (!folded.startsWith("related ") || folded.length() < 12 || folded.length() > 32 || !folded.endsWith("s")
        || folded.endsWith("ss")) {
      return false;
    }
    int spaces = 0;
    for (int k = 8; k < folded.length(); k++) {
      char c = folded.charAt(k);
      if (c == ' ') {
        spaces++;
      } else if (!Character.isLetter(c)) {
        return false;
      }
    }
    return spaces <= 1 && folded.charAt(folded.length() - 2) != ' ';
  }

  /** {@code "more from the hill"}, {@code "more from cnas"}, {@code "popular on screenlight"}: "more from" and one to four words. */
  private static boolean isMoreFrom(String folded) {
    // "More from The Hill", and the same heading with its noun: "Related stories from Sacramento Bee".
    if (!(folded.startsWith("more from ") || folded.startsWith("related stories from ") || folded.startsWith("more stories from ")
        || folded.startsWith("related coverage from ") || folded.startsWith("more news from ") || folded.startsWith("popular on ")
        || folded.startsWith("trending on ") || folded.startsWith("most read on ") || folded.startsWith("most popular on ")
        || folded.startsWith("latest in ") || folded.startsWith("latest from ") || folded.startsWith("more in ")
        || folded.startsWith("around the "))) {
      return false;
    }
    int words = Prose.wordCount(folded);
    return words >= 3 && words <= 7;
  }

  /**
   * A teaser row: a heading and its headlines on one line, split by {@code " | "} or {@code " • "}
   * ({@code "Most Read • Russia’s oil revenues rebound … • EU agrees 12th sanctions package"},
   * {@code "Recommended: China sends 24 warplanes toward Taiwan | Taiwan’s election: what to
   * watch"}); two headlines or more, or one after "SEE ALSO:" and the like.
   */
  boolean isTeaserRow(String t) {
    // The first ':', or " |" or " •", among the first 40 chars: found with indexOf (a vectorized
    // search), as most lines have none of them there.
    int c = t.indexOf(':', 1);
    int s = separatorAfterSpace(t, '|');
    int b = separatorAfterSpace(t, '\u2022');
    int first = Math.min(c < 0 ? Integer.MAX_VALUE : c, Math.min(s, b));
    if (first >= 40) {
      return false;
    }
    boolean colon = first == c;
    int head = colon ? c : first - 1;
    int rest = first + 1;
    if (head > maxHeading && !t.regionMatches(true, 0, "more ", 0, 5) && !t.regionMatches(true, 0, "related ", 0, 8)) {
      return false; // longer than any heading: no fold, no copy
    }
    String f = Prose.fold(t.substring(0, head));
    if (!blockHeadings.contains(f) && !isMoreFrom(f) && !(colon && singleHeadlineHeadings.contains(f))) {
      return false; // ("Read: Government extends deadline …" has a heading of its own)
    }
    String[] parts = t.substring(rest).split(" \\| | \u2022 ", -1);
    int headlines = 0;
    for (String part : parts) {
      if (!isHeadline(part.strip())) {
        return false;
      }
      headlines++;
    }
    return headlines >= 2 || colon && headlines == 1 && singleHeadlineHeadings.contains(f);
  }

  /** The first {@code mark} within the first 40 chars of {@code t} that follows a space, else {@link Integer#MAX_VALUE}. */
  private static int separatorAfterSpace(String t, char mark) {
    for (int k = t.indexOf(mark, 1); k >= 0 && k < 40; k = t.indexOf(mark, k + 1)) {
      if (t.charAt(k - 1) == ' ') {
        return k;
      }
    }
    return Integer.MAX_VALUE;
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

  /** A heading without its trailing colon or ellipsis ("SEE ALSO:", "Just In..."). */
  private static String withoutTrailingMark(String s) {
    if (s.endsWith("...")) {
      return s.substring(0, s.length() - 3).strip();
    }
    if (s.endsWith("\u2026")) {
      return s.substring(0, s.length() - 1).strip();
    }
    return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
  }
}
