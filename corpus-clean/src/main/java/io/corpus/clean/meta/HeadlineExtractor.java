package io.corpus.clean.meta;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.PersonNames;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.SpacedRows;
import io.corpus.clean.internal.TextLines;
import io.corpus.clean.transcript.SpeakerTurns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Moves the headline and the dek (the line under the headline) at the top of an article into the
 * title and subtitle.
 *
 * <p>Conservative: the first block is a headline only when it is one line of three to thirty
 * words (no breadcrumb such as {@code "Home About Press Releases"}),
 * does not end like a sentence or a lead-in ({@code . , ; : …}), is no speaker label ({@code
 * "QUESTION: Hello."}, {@code "Jen Psaki: (12:31)"}) and no date, and the block after it reads as body text: a speaker turn, or a
 * paragraph that ends a sentence and is longer than the headline (and at least 60 chars), or any
 * paragraph of 200 chars or more, that is not itself headline-shaped. A second headline-shaped
 * block (up to sixty words, no final period) directly between the headline and the body is the
 * dek; a byline, a date line or a reading time never is. A dek may end with a period (Politico's one
 * sentence) only where a byline or date line was removed between it and the body, so a short first
 * sentence ({@code "It was over in 11 minutes."}) stays body text. Only the top of the text is looked at, so a short one-line paragraph in the middle is never
 * a headline, and after one run the top is body text, so a second run changes nothing.
 *
 * <p>When the input already has a title (from the page or the input's metadata), a first line
 * equal to it (ignoring case and white space, or followed in the title by a {@code " | Site"}
 * suffix) is removed as the headline, and nothing else is taken as one. Runs last in the {@link
 * Phase#METADATA} phase, after the date, byline and source lines around the headline are gone.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * // "Biden Speaks With Putin\n\nBiden reaffirmed … in the region\n\nPresident Biden spoke …"
 * //   -> "President Biden spoke …", title "Biden Speaks With Putin", subtitle "Biden reaffirmed … in the region"
 * }</pre>
 */
public final class HeadlineExtractor implements CleanStep {

  public static final String ID = "meta.headline";
  /**
   * The changes the header-line steps (byline, date line, author bio) made, tracked from the
   * source-line step on: a dek that ends with a period is taken only when such a line stood between
   * it and the body.
   */
  static final String HEADER_LINES = "meta.header-lines";
  /** Site names, section labels and breadcrumbs above the headline. */
  public static final String KICKER_ID = "meta.kicker";
  static final int MAX_KICKERS = 3;
  /** Kicker lines in all when the others are a menu's items of one or two words. */
  static final int MAX_MENU_KICKERS = 6;
  static final int MAX_HEADLINE = 200;
  static final int MAX_DEK = 320;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Headline and dek at the top of an article become title and subtitle.";
  }

  @Override
  public Phase phase() {
    return Phase.METADATA;
  }

  /** One line at the top: its span and text. */
  record Block(int start, int end, List<String> lines) {
    String single() {
      return lines.size() == 1 ? lines.get(0) : null;
    }
  }

  @Override
  public List<String> ruleIds() {
    return List.of(ID, KICKER_ID);
  }

  @Override
  public String description(String ruleId) {
    return ruleId.equals(KICKER_ID)
        ? "Site names, section labels and breadcrumbs above a headline (\"Business\", \"Home › World\") go."
        : description();
  }

  @Override
  public void apply(Draft draft) {
    boolean titled = draft.title() != null;
    boolean subtitled = draft.subtitle() != null;
    if (titled && draft.enabled(KICKER_ID)) {
      fieldsAtTheTop(draft);
      doubledAtTheTop(draft);
    }
    read(draft);
    if (!titled && draft.title() != null) {
      String whole = wrappedTitle(draft.text(), draft.title());
      if (whole != null) {
        draft.replaceTitle(whole);
      }
    }
    if (!titled && !subtitled && draft.title() != null && draft.subtitle() != null
        && Masthead.isPageTypeLabel(draft.title()) && headlineShaped(draft.subtitle(), 40)) {
      // "Press briefing notes" / "Sahel: Displacement rises sharply …": the page's type over the
      // headline, read as a headline over its dek
      draft.promoteSubtitle();
    }
  }

  private void read(Draft draft) {
    headlineAtTheTop(draft);
    if (draft.title() == null && draft.enabled(KICKER_ID)) {
      aboveRemovedHeader(draft);
    }
    if (draft.title() == null && draft.enabled(KICKER_ID)) {
      transcriptHeader(draft);
    }
    if (draft.title() == null && draft.enabled(KICKER_ID)) {
      underAMenu(draft);
    }
    if (draft.title() == null && draft.enabled(KICKER_ID)) {
      overTheFirstParagraph(draft);
    }
    if (draft.title() == null && draft.enabled(KICKER_ID)) {
      underTheTrail(draft);
    }
  }

  /** Under a menu's run (no trail), at most this many lines stand between the headline and the body, one fewer. */
  static final int MAX_LINES_UNDER_MENUED_HEADLINE = 4;

  /** Under a menu's run (no trail), a headline has at least this many words. */
  static final int MIN_WORDS_UNDER_MENU = 5;

  /** Under the breadcrumb trail, the body's first paragraph starts within this many lines after the headline. */
  static final int MAX_LINES_UNDER_TRAILED_HEADLINE = 8;

  /**
   * A headline right under the page's breadcrumb trail ({@code "Home » Media releases"} / {@code
   * "Melton Hospital Fast-Tracked For Growing West"}), with page furniture the other steps do not
   * know between it and the body (a "From" block of ministers and their roles, a forum thread's
   * starter and tags, a product's rating and price): the trail starts with "Home" or has three
   * items or more, the line under it is headline-shaped, and a paragraph opens the body within
   * {@value #MAX_LINES_UNDER_TRAILED_HEADLINE} lines. Above the trail only page furniture (a
   * banner's sentences within the first lines). The headline is the title; it and the lines above
   * it go, and the lines under it stay (what they are is not known).
   */
  private static void underTheTrail(Draft draft) {
    List<TextLines.Line> lines = TextLines.firstLines(draft.text(), MAX_HEADER_BLOCK + MAX_LINES_UNDER_TRAILED_HEADLINE + 2);
    MenuRun menu = new MenuRun();
    for (int t = 0; t + 2 < lines.size() && t < MAX_HEADER_BLOCK; t++) {
      String s = lines.get(t).text();
      if (s.length() > 120 || Prose.endsLikeSentence(s) && Prose.wordCount(s) > 3) {
        if (t >= MAX_BANNER_LINES) {
          return; // prose: the body has started, and no trail follows in a header
        }
        menu = new MenuRun();
        continue;
      }
      // (or the trail flattened one item a line, at the end of the site's menu: "Menu" / "Home" / "Press release")
      menu.next(s);
      // A trail whose last item the headline repeats, under a page-type label or two ("Home / Media
      // Centre / Press Statements / JUDICIARY EXPANDS …" / "PRESS STATEMENT" / "JUDICIARY EXPANDS
      // …"; "Obituaries > Harold James Pettersen" / "Harold James Pettersen"): a trail of two items
      // counts then, and the headline is the line that repeats it.
      int echo = echoOfTrail(lines, t);
      boolean echoed = echo > t;
      // (or a section's heading repeats the trail's last item, and the headline stands under it:
      // "Home > News > Press Releases" / "Press Releases" / "MOF to double marine protected areas …")
      boolean sectionEchoed = !echoed && t + 2 < lines.size() && sectionHeadingUnderTrail(s, lines.get(t + 1).text());
      int h = echoed ? echo : sectionEchoed ? t + 2 : t + 1;
      boolean trail = echoed || sectionEchoed || isPageTrail(s);
      if (trail && !echoed) {
        // (or the section's name, its menu and a release's labels stand between the trail and the
        // headline: "Home > Committees > FOPO > News Releases" / "Standing Committee on Fisheries and
        // Oceans" / "FOPO" / "Meetings | Work | …" / "Committee News Release" / "For immediate release"
        // / "Fisheries Committee Tables Report on …")
        int labelled = headlineUnderReleaseLabels(lines, h);
        h = labelled > h ? labelled : h;
      }
      if (!trail && !((menu.isSitesMenu() || menu.isLongMenu()) && !MenuRun.isItem(lines.get(t + 1).text()))) {
        continue;
      }
      if (h + 1 >= lines.size()) {
        continue;
      }
      String head = lines.get(h).text();
      // (a name's shape does not count against it here: under a trail, "Melton Hospital Fast-Tracked
      // For Growing West" is a headline, and so is a person's name on a profile page)
      if (!(headlineShaped(head, 40) || echoed && Prose.wordCount(head) >= 2) || isMenuOrCrumbs(head) || isSpeakerIdLine(head)
          || isCaseCaption(head) || opensBody(head)
          || isQuestion(head) && questionFollows(draft, h + 1)
          || !trail && Prose.wordCount(head) < MIN_WORDS_UNDER_MENU) {
        // (under a menu a line as short as a menu's item is none: "Economic and Social Council")
        continue;
      }
      int b = h + 1;
      while (b < lines.size() && b - h <= MAX_LINES_UNDER_TRAILED_HEADLINE && !opensBody(lines.get(b).text())) {
        b++;
      }
      if (b >= lines.size() || b - h > MAX_LINES_UNDER_TRAILED_HEADLINE
          || Prose.wordCount(lines.get(b).text()) < MIN_OPENING_WORDS) {
        continue;
      }
      if (h > t + 1) {
        t = h - 1; // the labels between the trail and the headline go with the trail
      }
      // Under a site's menu, up to a few lines of any kind may stand between the headline and the
      // body, and they stay. Under a long menu with no site word, or with more lines between, they
      // must all be the header's (its dek, dates, names, controls), and they are read and go with
      // it: left, they would head the text for a second cleaning to read otherwise.
      boolean readBelow = !trail && (!menu.isSitesMenu() || b - (t + 1) > MAX_LINES_UNDER_MENUED_HEADLINE);
      String dek = readBelow && b > t + 2 && isDekUnderHeadline(head, lines.get(t + 2).text()) ? lines.get(t + 2).text() : null;
      int from = t + 2 + (dek != null ? 1 : 0);
      if (readBelow && !allHeaderLines(lines, from, b)) {
        continue;
      }
      draft.titleIfAbsent(head);
      for (int i = 0; i <= t + 1; i++) {
        draft.remove(lines.get(i).start(), lines.get(i).end(), i == t + 1 ? ID : KICKER_ID);
      }
      if (readBelow) {
        if (dek != null) {
          takeDek(draft, dek);
          draft.remove(lines.get(t + 2).start(), lines.get(t + 2).end(), ID);
        }
        readHeaderLines(draft, lines, from, b);
      }
      siteNameAsPublisher(draft, lines.subList(0, t + 1), head);
      return;
    }
  }

  /**
   * The line under the release labels that stand within {@value #MAX_LINES_UNDER_TRAILED_HEADLINE}
   * lines under line {@code h} ({@code "Committee News Release"} / {@code "For immediate release"}
   * / the headline), when it is headline-shaped and a paragraph opens the body right under it or
   * under its dek; otherwise -1.
   */
  static int headlineUnderReleaseLabels(List<TextLines.Line> lines, int h) {
    for (int k = h + 1; k < lines.size() && k - h <= MAX_LINES_UNDER_TRAILED_HEADLINE; k++) {
      if (!isReleaseLabel(lines.get(k).text())) {
        continue;
      }
      int c = k + 1;
      while (c < lines.size() && isReleaseLabel(lines.get(c).text())) {
        c++;
      }
      if (c + 1 < lines.size() && headlineShaped(lines.get(c).text(), 40) && !isReleaseLabel(lines.get(c).text())
          && (opensBody(lines.get(c + 1).text()) || c + 2 < lines.size() && opensBody(lines.get(c + 2).text()))) {
        String again = Prose.fold(lines.get(c).text());
        for (int e = h; e < k; e++) {
          if (Prose.fold(lines.get(e).text()).equals(again)) {
            return e; // the same headline printed above the labels too, as the page's title ("Exhibition of …" / … / "EXHIBITION OF …")
          }
        }
        return c;
      }
      return -1;
    }
    return -1;
  }

  /** {@code "News Release"}, {@code "Committee News Release"}, {@code "For immediate release"}, {@code "PRESS RELEASE"}. */
  static boolean isReleaseLabel(String s) {
    if (s.length() > 40) {
      return false;
    }
    String f = Prose.fold(s);
    if (f.endsWith(":")) {
      f = f.substring(0, f.length() - 1).strip();
    }
    return PAGE_TYPES.contains(f) && !f.equals("news") && !f.equals("statement") && !f.equals("speech")
        || f.startsWith("for immediate release") || f.equals("for release")
        || Prose.wordCount(f) <= 4 && (f.endsWith(" news release") || f.endsWith(" press release") || f.endsWith(" media release"));
  }

  /**
   * A headline the page prints twice, a page-type label or two between the copies, at the top of
   * a text whose header was read ({@code "Millbrook Creamery Recalls Select Lots of …"} / {@code
   * "COMPANY ANNOUNCEMENT"} / {@code "Millbrook Creamery Recalls Select Lots of …"}, left under
   * the section's heading that an earlier reading took for the title), over the body's first
   * paragraph: the copies and the labels go, and the headline is the title. Left, they would be
   * the headline of a second cleaning.
   */
  private static void doubledAtTheTop(Draft draft) {
    List<TextLines.Line> lines = TextLines.firstLines(draft.text(), MAX_LABELS_UNDER_TRAIL + 3);
    if (lines.size() < 3) {
      return;
    }
    String head = lines.get(0).text();
    if (head.length() > MAX_HEADLINE || Prose.wordCount(head) < 4 || !headlineShaped(head, 40)) {
      return;
    }
    String folded = Prose.fold(head);
    for (int j = 1; j + 1 < lines.size() && j <= 1 + MAX_LABELS_UNDER_TRAIL; j++) {
      String line = lines.get(j).text();
      if (Prose.fold(line).equals(folded)) {
        if (!opensBody(lines.get(j + 1).text())) {
          return;
        }
        for (int k = 0; k <= j; k++) {
          draft.remove(lines.get(k).start(), lines.get(k).end(), ID);
        }
        draft.replaceTitle(head);
        return;
      }
      if (Prose.wordCount(line) > 3 || Prose.endsLikeSentence(line)) {
        return;
      }
    }
  }

  /** A headline's wrapped end is at most this many words. */
  static final int MAX_WRAPPED_END_WORDS = 6;

  /**
   * The headline whole when a page printed to PDF wrapped it over two lines ({@code "Knitwear
   * exporters seek gas priority as"} / {@code "factory hours fall"}; {@code "Enga health workers
   * threaten strike over unpaid"} / {@code "allowances"}): the line under the title's, in the same
   * block, starts with a small letter and is a few words with no digit and no sentence end (not a
   * byline's "by …"). Null when the title's line has no such line under it.
   */
  static @Nullable String wrappedTitle(String text, String title) {
    List<TextLines.Line> lines = TextLines.firstLines(text, MAX_HEADER_BLOCK + MAX_LINES_UNDER_TRAILED_HEADLINE);
    String folded = Prose.fold(title);
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (!Prose.fold(lines.get(i).text()).equals(folded)) {
        continue;
      }
      TextLines.Line next = lines.get(i + 1);
      String t = next.text();
      char last = title.charAt(title.length() - 1);
      if (next.block() != lines.get(i).block() || !Character.isLowerCase(t.charAt(0)) || Prose.wordCount(t) > MAX_WRAPPED_END_WORDS
          || Prose.hasSentenceEnd(t) || Prose.endsLikeSentence(t) || t.startsWith("by ") || !Character.isLetter(last)
          || title.length() + 1 + t.length() > MAX_HEADLINE || Prose.hasDigit(t)) {
        return null;
      }
      return title.strip() + " " + t;
    }
    return null;
  }

  /** At most this many field lines at the top of a text whose header was read. */
  static final int MAX_TOP_FIELDS = 4;

  /**
   * A document's fields left at the top once its header was read ({@code "Hansard status: Final"}
   * / {@code "Volume 776"} / {@code "Week 36"} over the first question, {@code "08:12, 9 Jan
   * 2025Updated10:45, 9 Jan 2025"} over the first paragraph): up to {@value #MAX_TOP_FIELDS}
   * lines, each a label and a value of three words at most, a word and a number, or a row of
   * fields with a date, right over the body's first paragraph or turn, and one of them a number's
   * or a date's. They go (the row's date is the published date when none is known); left, the
   * first would read as the headline of a second cleaning.
   */
  private static void fieldsAtTheTop(Draft draft) {
    List<TextLines.Line> lines = TextLines.firstLines(draft.text(), MAX_TOP_FIELDS + 1);
    FieldRow.Dates[] rows = new FieldRow.Dates[MAX_TOP_FIELDS];
    int k = 0;
    boolean sure = false; // a row with a date, or a volume's or an issue's number: the page's, not the text's
    while (k < lines.size() && k < MAX_TOP_FIELDS) {
      String s = lines.get(k).text();
      rows[k] = FieldRow.dates(s);
      boolean row = rows[k] != null && DateLineExtractor.parse(s) == null;
      if (!row && !isShortField(s)) {
        break;
      }
      sure |= row || s.indexOf(':') < 0;
      k++;
    }
    if (k == 0 || !sure || k >= lines.size() || !opensBody(lines.get(k).text())) {
      return; // ("Valid until: further notice", "Volcano Alert Level: WATCH": a document's own fields)
    }
    for (int i = 0; i < k; i++) {
      if (rows[i] != null && rows[i].published() != null) {
        draft.publishedIfAbsent(DateLineExtractor.dayFirstOnBritishPages(rows[i].published(), lines.get(i).text(), draft));
      }
      draft.remove(lines.get(i).start(), lines.get(i).end(), KICKER_ID);
    }
  }

  /** {@code "Hansard status: Final"}, {@code "Volume 776"}, {@code "Week 36"}: a short field, no sentence. */
  static boolean isShortField(String s) {
    if (s.length() > 40 || Prose.endsLikeSentence(s) || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    int colon = s.indexOf(": ");
    if (colon > 0) {
      return Prose.wordCount(s.substring(0, colon)) <= 3 && Prose.wordCount(s.substring(colon + 2)) <= 3;
    }
    int sp = s.indexOf(' ');
    if (sp <= 0 || s.indexOf(' ', sp + 1) >= 0) {
      return false;
    }
    for (int i = sp + 1; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return sp + 1 < s.length();
  }

  /** A dictionary's numbered sense: one or two digits, a blank, a colon ({@code "2 : a secondary line of work"}). */
  private static boolean isNumberedSense(String s) {
    int p = 0;
    while (p < s.length() && p < 2 && Character.isDigit(s.charAt(p))) {
      p++;
    }
    return s.startsWith(" : ", p);
  }

  /** Whether {@code s} is a list's item marked with a bullet ({@code "• "}, {@code "◦ "}, {@code "▪ "}). */
  private static boolean startsWithBullet(String s) {
    return s.length() > 2 && "\u2022\u25E6\u25AA\u25CF".indexOf(s.charAt(0)) >= 0 && s.charAt(1) == ' ';
  }

  /**
   * Whether every line in {@code [from, to)} is a header's line under a headline (a date, a name, a
   * control), or a header field's label alone and its short value under it ({@code "Release Date:"}
   * / {@code "August 14, 2024"}, {@code "Release Number:"} / {@code "4832-008"}).
   */
  private static boolean allHeaderLines(List<TextLines.Line> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      String s = lines.get(i).text();
      if (isFieldLabelAlone(s) && i + 1 < to) {
        String value = lines.get(i + 1).text();
        if (Prose.wordCount(value) > MAX_FIELD_VALUE_WORDS || Prose.endsLikeSentence(value)) {
          return false;
        }
        i++;
      } else if (!headerLineUnderHeadline(s)) {
        return false;
      }
    }
    return true;
  }

  static final int MAX_FIELD_VALUE_WORDS = 8;

  /** A field's label alone on its line: one to three words, a capital first, a colon last ({@code "Release Date:"}). */
  private static boolean isFieldLabelAlone(String s) {
    return s.length() >= 3 && s.length() <= 30 && s.endsWith(":") && Character.isUpperCase(s.charAt(0)) && Prose.wordCount(s) <= 3;
  }

  /**
   * A site's menu flattened one item a line, read line by line: the run of short menu items (three
   * words at most) so far, and whether a site's own menu word ("Home", "Search", "Menu") is in it.
   */
  private static final class MenuRun {
    private int length;
    private boolean siteWord;

    static boolean isItem(String s) {
      return isMenuItem(s) && Prose.wordCount(s) <= 3;
    }

    void next(String s) {
      boolean item = isItem(s);
      length = item ? length + 1 : 0;
      siteWord = item && (siteWord && length > 1 || isSiteMenuWord(s));
    }

    /** Four items or more in a row. */
    boolean isMenu() {
      return length >= MIN_MENU_LINES;
    }

    /**
     * A menu of {@value #MIN_LONG_MENU_LINES} items or more in a row, with no site word: a site's
     * sections one a line ("Germany" / "World" / "Business" / … / "Live TV" / "In focus").
     */
    boolean isLongMenu() {
      return length >= MIN_LONG_MENU_LINES;
    }

    static final int MIN_LONG_MENU_LINES = 7;

    /** A menu with a site's own word in it: a sure sign of a page's header. */
    boolean isSitesMenu() {
      return isMenu() && siteWord;
    }
  }

  /**
   * A page's breadcrumb trail: {@code "Home » Media releases"}, {@code "Home / Kitchen / Small
   * Appliances / Kettles"}, {@code "News › Sheriff's Office › Releases"}: "Home" and a separator,
   * or three items or more parted by one separator, each of at most six words.
   */
  static boolean isPageTrail(String s) {
    if (s.length() > 200) {
      return false;
    }
    for (String sep : TRAIL_SEPARATORS) {
      if (s.startsWith("Home" + sep)) {
        return true;
      }
      if (!s.contains(sep)) {
        continue;
      }
      String[] items = s.split(java.util.regex.Pattern.quote(sep), -1);
      if (items.length < 3 || sep.equals(" | ")) {
        return false; // (a row parted by bars is a row of fields: "Posted by ICT Admin | April 3, 2025 | Notices")
      }
      for (String item : items) {
        String it = item.strip();
        if (it.isEmpty() || !Character.isUpperCase(it.charAt(0)) && !Character.isDigit(it.charAt(0)) || Prose.wordCount(it) > 6
            || Prose.endsLikeSentence(it) || DateParser.parse(it).isPresent()) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static final String[] TRAIL_SEPARATORS = {" \u00BB ", " \u203A ", " > ", " / ", " | "};

  /** Whether {@code trail} is a trail whose last item is a section's or a page type's name, and {@code under} repeats it. */
  static boolean sectionHeadingUnderTrail(String trail, String under) {
    String last = under.length() > 48 ? null : trailLastItem(trail);
    return last != null && (SECTION_LABELS.contains(last) || Masthead.isPageTypeLabel(last)) && Prose.fold(under).equals(last);
  }

  /**
   * The last item of a trail ({@code "Home > News > Press Releases"} gives "press releases"), folded
   * (lower case, blanks folded), by the first of the trail's separators the line holds (a bar
   * parts a row of fields, not a trail); null for a line that holds none, or over 300 chars.
   */
  static @Nullable String trailLastItem(String s) {
    if (s.length() > 300) {
      return null;
    }
    String folded = Prose.fold(s); // (blanks folded: "Obituaries  >  Harold James Pettersen")
    for (String sep : TRAIL_SEPARATORS) {
      int at = folded.lastIndexOf(sep);
      if (sep.equals(" | ") || at <= 0) {
        continue;
      }
      return folded.substring(at + sep.length()).strip();
    }
    return null;
  }

  /** The most label lines between a trail and the headline that repeats its last item. */
  static final int MAX_LABELS_UNDER_TRAIL = 2;

  /**
   * The index of the line under line {@code t} that repeats the last item of the trail on line
   * {@code t} (ignoring case and blanks), with at most {@value #MAX_LABELS_UNDER_TRAIL} short
   * labels between them (a page type, "PRESS STATEMENT"); -1 when line {@code t} is no trail of
   * two items or more or no line repeats it. The repeated item has two words at least and is no
   * section's or page type's name, so that a section's heading ("News › World" / "World", "Home >
   * News > Press Releases" / "Press Releases") is no headline.
   */
  static int echoOfTrail(List<TextLines.Line> lines, int t) {
    String last = trailLastItem(lines.get(t).text());
    if (last == null || Prose.wordCount(last) < 2 || SECTION_LABELS.contains(last) || Masthead.isPageTypeLabel(last)) {
      return -1; // (a section's heading repeats its trail too: "Home > News > Press Releases" / "Press Releases")
    }
    for (int k = t + 1; k < lines.size() && k <= t + 1 + MAX_LABELS_UNDER_TRAIL; k++) {
      String line = lines.get(k).text();
      if (Prose.fold(line).equals(last)) {
        return k;
      }
      if (Prose.wordCount(line) > 3 || Prose.endsLikeSentence(line)) {
        return -1; // no label: the line under the trail is something else
      }
    }
    return -1;
  }

  /** The body's first paragraph starts within this many lines for the header above it to be read: a page's header zone. */
  static final int MAX_HEADER_BLOCK = TextLines.MAX_HEADER_LINES;
  /** At most this many lines of dates, names and controls between the headline (or its dek) and the body. */
  static final int MAX_LINES_UNDER_HEADLINE = 5;

  /**
   * A page header that no other rule read: the first body paragraph within {@value
   * #MAX_HEADER_BLOCK} lines; right above it the headline (four words or more, a headline's shape),
   * maybe with its dek under it, and with date lines, author lines ({@code "Lerato Mahlangu"},
   * {@code "Shanique Bailey/Staff Reporter"}), rows of the page's fields with a date in them
   * ({@code "Posted by: Chikondi Banda | January 14, 2025 | 2 Comments"}) and page controls
   * between; above the headline only page furniture (short lines, no sentence), among them at
   * least one sure sign of a page header: a menu row, a breadcrumb trail or menu, or the site's
   * name. The headline is the title, the dek the subtitle, the dates and names under it the
   * published date and the authors, and every line above the body goes.
   *
   * <p>A dek is the line between the headline and the header lines or body, when it is longer
   * than the headline, of seven words or more, and the headline of five or more and no office's
   * or site's name (a kicker such as {@code "Ministry of Climate and Environment"} over the
   * headline is no headline over a dek).
   */
  private static void overTheFirstParagraph(Draft draft) {
    List<TextLines.Line> lines = TextLines.firstLines(draft.text(), MAX_HEADER_BLOCK + 2);
    // The first line that opens a body, or a later one when the first is a banner's or an
    // alert's sentence over the page's header (read as such only under a site's own sign).
    for (int b = 0; b < lines.size() && b <= MAX_HEADER_BLOCK; b++) {
      if (opensBody(lines.get(b).text()) && headerOver(draft, lines, b)) {
        return;
      }
    }
  }

  /** Reads the header over line {@code b}, the body's first paragraph; false when there is none. */
  private static boolean headerOver(Draft draft, List<TextLines.Line> lines, int b) {
    if (b < 3 || b > MAX_HEADER_BLOCK || b >= lines.size()) {
      return false;
    }
    if (isSectionHeading(lines.get(b - 1).text())) {
      b--; // "Overview" over the first paragraph heads the body
    }
    // Up from the body: dates, names and controls, then the headline.
    int h = b - 1;
    while (h > 0 && b - h <= MAX_LINES_UNDER_HEADLINE
        && (headerLineUnderHeadline(lines.get(h).text()) || isSpacedRow(draft, lines.get(h)))) {
      h--; // (a row of controls set apart by wide gaps too: "Sign the Guest Book   Send Flowers   Share")
    }
    String dek = null;
    if (h >= 2 && isDekUnderHeadline(lines.get(h - 1).text(), lines.get(h).text())) {
      dek = lines.get(h).text();
      h--;
    }
    String head = lines.get(h).text();
    if (!canBeAnchoredHeadline(head) || Prose.wordCount(head) < 4 || h < 1
        || isFieldLine(head) && isFieldLine(lines.get(h - 1).text())) {
      return false; // (nor is the last of a document's fields: "Location: …" / "Attendance: Four fire engines …")
    }
    if (isQuestion(head) && h == b - 1 && questionFollows(draft, b)) {
      return false; // a page of questions and answers: the first question is the page's, no headline
    }
    boolean sign = false;
    // Over a sentence or another headline (a cookie banner's, an alert's, a site banner's), the
    // header starts again under it, and then only a site's own sign vouches for it: a breadcrumb
    // trail, or a menu run with a site's menu word ("Home", "Search", "Menu"); the banner must end
    // within the first lines and the body open with a paragraph.
    int top = 0;
    boolean siteSign = false;
    MenuRun menu = new MenuRun();
    for (int i = 0; i < h; i++) {
      String s = lines.get(i).text();
      // a site's menu flattened one item a line: four items or more in a row
      menu.next(s);
      sign |= menu.isMenu();
      boolean trail = TextLines.isTrail(s) || isMenuOrCrumbs(s) || isStartCaseRow(s) || s.equals(head);
      siteSign |= TextLines.isTrail(s) || menu.isSitesMenu();
      boolean spaced = isSpacedRow(draft, lines.get(i));
      boolean sentence = !trail && (s.length() > 120 || Prose.endsLikeSentence(s) && Prose.wordCount(s) > 3);
      boolean otherHeadline = !sentence && i > 0 && !trail && !spaced && canBeAnchoredHeadline(s) && Prose.wordCount(s) >= 5
          && !isOfficeName(s) && !s.startsWith("Search ") && !isTickerLabel(lines.get(i - 1).text()) && !isHeaderLine(s)
          && !s.startsWith("Posted ") && !s.startsWith("Published ") && !s.startsWith("Updated ")
          && !(i >= 1 && i <= 2 && isTaglineUnderSiteName(draft, lines.get(i - 1).text(), s));
      // (another headline-shaped line above: a report's cover and contents, a section's heading
      // below; not a menu with wide gaps, nor the site's motto under its name: "The portal of the
      // Swiss government")
      if (sentence || otherHeadline) {
        top = i + 1;
        sign = false;
        siteSign = false;
        menu = new MenuRun();
        continue;
      }
      sign |= trail || spaced || isMenuRow(s) || i == 0 && Masthead.hasNameShape(s) && Masthead.isSiteName(s, "");
    }
    if (!sign || top > 0 && (!siteSign || top > MAX_BANNER_LINES || Prose.wordCount(lines.get(b).text()) < MIN_OPENING_WORDS
        || lines.get(b).text().indexOf('\u00A9') >= 0)) {
      // (a banner stands at the page's top, and the body under the header is a story's paragraph:
      // at a transcript's end, "Terms of Use …" over "© 2024 …" under a row of sections is a footer)
      return false;
    }
    draft.titleIfAbsent(head);
    draft.remove(lines.get(h).start(), lines.get(h).end());
    if (dek != null) {
      takeDek(draft, dek);
      draft.remove(lines.get(h + 1).start(), lines.get(h + 1).end());
    }
    if (b - 1 > h && isSpeakersNameInCapitals(lines.get(b - 1).text())) {
      b--; // a speaker's label on its own line over the first paragraph ("ANIKA PATEL" / "Kia ora and welcome …")
    }
    readHeaderLines(draft, lines, h + (dek != null ? 2 : 1), b);
    for (int i = 0; i < h; i++) {
      // (a banner's lines over the header too: at a page's top, over a site's own menu or trail,
      // they are chrome, and left they would head the text for a second cleaning to take)
      draft.remove(lines.get(i).start(), lines.get(i).end(), KICKER_ID);
    }
    siteNameAsPublisher(draft, top == 0 ? lines : lines.subList(top, h), null);
    return true;
  }

  /**
   * The header's lines between a headline (or its dek) and the body, {@code [from, to)}: their
   * dates, authors and names go to the metadata, and the lines go.
   */
  private static void readHeaderLines(Draft draft, List<TextLines.Line> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      String s = lines.get(i).text();
      var date = DateLineExtractor.parse(s);
      FieldRow.Dates row = date == null || date.published() == null ? FieldRow.dates(s) : null;
      String author = row == null ? authorOfLine(s) : null;
      List<String> names = row == null && author == null ? bylineNames(s) : null;
      if (date != null && date.published() != null) {
        draft.publishedIfAbsent(date.published());
      } else if (row != null) {
        if (row.published() != null) {
          draft.publishedIfAbsent(DateLineExtractor.dayFirstOnBritishPages(row.published(), s, draft));
        }
        String rowAuthor = FieldRow.author(s);
        if (rowAuthor != null) {
          draft.addAuthor(rowAuthor);
        }
      } else if (author != null) {
        draft.addAuthor(author);
      } else if (names != null) {
        names.forEach(draft::addAuthor);
      }
      draft.remove(lines.get(i).start(), lines.get(i).end(), BylineExtractor.ID);
    }
  }

  /** A banner's, cookie notice's or alert's sentences over a header end within this many lines of the top. */
  static final int MAX_BANNER_LINES = 8;
  /** Under a banner or a trail, the header's body opens with a paragraph of at least this many words. */
  static final int MIN_OPENING_WORDS = 12;

  /** Words of a site's own menu that a list in an article hardly has, alone on a line. */
  private static final Set<String> SITE_MENU_WORDS = Set.of("home", "search", "menu", "contact", "contact us", "about",
      "about us", "log in", "login", "sign in", "subscribe", "newsroom", "news", "media centre", "media center", "press room");

  private static boolean isSiteMenuWord(String s) {
    return s.length() <= 14 && SITE_MENU_WORDS.contains(s.toLowerCase(java.util.Locale.ROOT));
  }

  /** A news ticker's label over its item: {@code "BREAKING"}, {@code "Latest:"}, {@code "Just In"}, {@code "Trending"}. */
  private static boolean isTickerLabel(String s) {
    if (s.length() > 20) {
      return false;
    }
    String t = (s.endsWith(":") ? s.substring(0, s.length() - 1) : s).strip().toLowerCase(Locale.ROOT);
    return TICKER_LABELS.contains(t);
  }

  private static final Set<String> TICKER_LABELS = Set.of("breaking", "breaking news", "latest", "latest news", "just in",
      "trending", "trending now", "live", "developing", "top stories", "news alert", "headlines");

  /** Whether {@code dek} is the dek under {@code head}: see {@link #overTheFirstParagraph}. */
  private static boolean isDekUnderHeadline(String head, String dek) {
    return canBeAnchoredHeadline(head) && Prose.wordCount(head) >= 5 && !isOfficeName(head)
        && !Masthead.isPageTypeLabel(head)
        && dek.length() > head.length() && dek.length() <= MAX_DEK && Prose.wordCount(dek) >= 7
        && headlineShaped(dek, 60) && !isHeaderLine(dek) && !creditsSomeone(dek) && !dek.endsWith("?")
        && authorOfLine(dek) == null && !isOfficeName(dek) && !isFieldLine(dek) && FieldRow.dates(dek) == null;
  }

  /** A line between a headline and its body that no header rule took: a date line, an author's line, page controls. */
  private static boolean headerLineUnderHeadline(String s) {
    return s.length() <= 120 && (DateLineExtractor.parse(s) != null || authorOfLine(s) != null || FieldRow.date(s) != null
        || bylineNames(s) != null || isPhotoCredit(s) || isShortLink(s) || startsWithCount(s)
        || s.length() > 2 && s.charAt(0) == '(' && s.endsWith(")") && DateLineExtractor.isReadingTime(s.substring(1, s.length() - 1))
        || isControlRow(s) && !isStageCue(s) && !isSectionHeading(s) && !isFieldLine(s));
  }

  /** The story's short link alone on its line, a share control's: {@code "abn.net.au/news/levee-funding-stalls/105012346"}. */
  private static boolean isShortLink(String s) {
    int slash = s.indexOf('/');
    int dot = s.indexOf('.');
    return s.length() <= 120 && s.indexOf(' ') < 0 && dot > 0 && slash > dot && Character.isLetterOrDigit(s.charAt(0));
  }

  /** The lead photo's credit alone on its line: {@code "Photo : YONHAP News"}, {@code "Photo: Government of Armenia"}. */
  private static boolean isPhotoCredit(String s) {
    for (String label : PHOTO_LABELS) {
      if (s.startsWith(label)) {
        String rest = s.substring(label.length()).strip();
        return !rest.isEmpty() && rest.length() <= 60 && Prose.wordCount(rest) <= 6 && !Prose.endsLikeSentence(rest);
      }
    }
    return false;
  }

  private static final List<String> PHOTO_LABELS = List.of("Photo:", "Photo :", "Photos:", "Image:", "Credit:", "Photograph:");

  /**
   * The names a byline states that its own rule left (it reads bylines in its zone only), or an
   * author's label and name ({@code "Author: D.Anujin"}); null when {@code s} is neither.
   */
  private static @Nullable List<String> bylineNames(String s) {
    for (String label : AUTHOR_LABELS) {
      if (s.startsWith(label) && PersonNames.isName(s.substring(label.length()).strip())) {
        return List.of(s.substring(label.length()).strip());
      }
    }
    BylineExtractor.Byline b = BylineExtractor.parse(s);
    return b == null || b.names().isEmpty() ? null : b.names();
  }

  private static final List<String> AUTHOR_LABELS = List.of("Author:", "Authors:", "Reporter:", "Written by:", "Writer:");

  /** A label and its value, a field of the document's own ({@code "Volcano Alert Level: WATCH"}): no page control. */
  private static boolean isFieldLine(String s) {
    int colon = s.indexOf(": ");
    return colon > 0 && colon + 2 < s.length() && Character.isUpperCase(s.charAt(0));
  }

  /** The name of a document's first section, which heads its text: {@code "Overview"}, {@code "Background"}. */
  private static boolean isSectionHeading(String s) {
    String t = s.endsWith(":") ? s.substring(0, s.length() - 1) : s;
    return SECTION_HEADINGS.contains(t.toLowerCase(java.util.Locale.ROOT));
  }

  private static final Set<String> SECTION_HEADINGS = Set.of("overview", "background", "summary", "introduction",
      "abstract", "context", "purpose", "scope", "key findings", "findings", "discussion", "methods", "results",
      "conclusion", "conclusions", "executive summary", "the facts", "facts", "analysis",
      // a summary box that opens the story: "In short:" / its points
      "in short", "key points", "at a glance", "what you need to know", "key takeaways");

  /** The author an author's line names: {@code "Lerato Mahlangu"}, {@code "Shanique Bailey/Staff Reporter"}, {@code "Jane Doe, Staff Writer"}; or null. */
  private static @Nullable String authorOfLine(String s) {
    if (s.length() > 80 || Prose.endsLikeSentence(s) || s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
      return null;
    }
    int cut = s.length();
    for (char c : new char[] {'/', ',', '|'}) {
      int at = s.indexOf(c);
      if (at > 0 && at < cut) {
        cut = at;
      }
    }
    String name = s.substring(0, cut).strip();
    if (!PersonNames.isName(name)) {
      return null;
    }
    String rest = s.substring(Math.min(cut + 1, s.length())).strip();
    return cut == s.length() || isRoleLine(rest) || isAuthorOf(rest) ? name : null;
  }

  /** {@code "author of Gist Generate"}, {@code "host of The Daily"}: what a newsletter's or a show's writer signs with. */
  private static boolean isAuthorOf(String s) {
    return (s.startsWith("author of ") || s.startsWith("host of ") || s.startsWith("editor of ") || s.startsWith("writer of "))
        && s.length() <= 60 && !Prose.endsLikeSentence(s);
  }

  /** A flattened menu over the headline has at least this many lines, and at most {@link #MAX_MENU_LINES}. */
  static final int MIN_MENU_LINES = 4;
  static final int MAX_MENU_LINES = 20;

  /**
   * A headline under a site's menu flattened one item a line, with no byline or date under it
   * (a government fact sheet: "U.S. Department of Health and Human Services" / "Español" /
   * "Search" / "Home" / "About" / "Newsroom" / "Fact Sheets" / the headline / the body): at
   * least {@value #MIN_MENU_LINES} menu lines (each at most eight words and 60 chars, capitalized,
   * no sentence or clause mark at its end), then a headline-shaped line, then a body paragraph.
   * The headline is the title; the menu goes, its first line giving the publisher when it reads
   * as the site's name.
   */
  private static void underAMenu(Draft draft) {
    List<TextLines.Line> lines = TextLines.firstLines(draft.text(), MAX_MENU_LINES + 2);
    int h = 0;
    while (h < lines.size() && h < MAX_MENU_LINES && isMenuItem(lines.get(h).text())) {
      h++;
    }
    if (h < MIN_MENU_LINES || h + 1 >= lines.size()) {
      return;
    }
    String head = lines.get(h).text();
    if (!canBeAnchoredHeadline(head) || Prose.wordCount(head) < 5 || !opensBody(lines.get(h + 1).text())
        || isQuestion(head) && questionFollows(draft, h + 1)) {
      return;
    }
    draft.titleIfAbsent(head);
    draft.remove(lines.get(h).start(), lines.get(h).end());
    for (int i = 0; i < h; i++) {
      draft.remove(lines.get(i).start(), lines.get(i).end(), KICKER_ID);
    }
    siteNameAsPublisher(draft, lines, head);
  }

  /** A menu item alone on its line: capitalized, at most eight words and 60 chars, no sentence or clause mark at its end. */
  private static boolean isMenuItem(String s) {
    if (s.length() > 60 || Prose.wordCount(s) > 8 || !(Character.isUpperCase(s.charAt(0)) || s.charAt(0) == '\u00BF')) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    // (a label and its value, "Time of call: 21:47", is a document's field)
    return ".!?,;:".indexOf(last) < 0 && !startsTurn(s) && !Prose.endsLikeSentence(s) && !isFieldLine(s);
  }

  /** The headline in the first lines, maybe under up to three kickers. */
  private void headlineAtTheTop(Draft draft) {
    List<Block> blocks = firstBlocks(TextLines.firstLines(draft.text(), 3));
    if (blocks.size() < 2 || opensQuestionsAndAnswers(draft)) {
      return;
    }
    Block b0 = blocks.get(0);
    if (b0.single() != null && startsWithBullet(blocks.get(1).lines().get(0))) {
      return; // "What to know about the storm" over "• Heavy snow is falling …": a list's heading, the text's own
    }
    if (b0.single() != null && isNumberedPartHeading(b0.single()) && blocks.get(1).lines().size() == 1
        && (startsTurn(blocks.get(1).lines().get(0)) || startsWithBracketedName(blocks.get(1).lines().get(0)))) {
      return; // "Stop 7 – The Fresnel lens" over "[Narrator] In front of you …": a part of the transcript
    }
    boolean kickers = draft.enabled(KICKER_ID) && isKicker(b0);
    // "ABC Blue Mountains" or "Government Digital Service" above a full headline: a name of three
    // words at most is the site's, not a headline with the real one as its dek.
    boolean siteNameFirst = kickers && Prose.wordCount(b0.single()) <= 3 && blocks.size() >= 3
        && underKickers(blocks.get(1), Prose.wordCount(b0.single()));
    if (!siteNameFirst && applyAt(draft, blocks, 0) || !kickers) {
      return;
    }
    if (!underHeaderLabels(draft) && siteNameFirst) {
      applyAt(draft, blocks, 0);
    }
  }

  /** The header line of most words (more than three; with a date, more than five) that can be a transcript's title, or -1. */
  private static int transcriptTitle(Draft draft, List<TextLines.Line> lines, int f, boolean withDate) {
    int title = -1;
    int best = withDate ? 5 : 3;
    for (int i = 0; i < f; i++) {
      String s = lines.get(i).text();
      int words = Prose.wordCount(s);
      if (words > best && !s.equals(s.toUpperCase(java.util.Locale.ROOT)) && !isMenuOrCrumbs(s) && !isMenuRow(s)
          && !s.regionMatches(true, 0, "updated", 0, 7) && (withDate || DateLineExtractor.parse(s) == null)
          && !isSpacedRow(draft, lines.get(i))) {
        title = i;
        best = words;
      }
    }
    return title;
  }

  /**
   * The line under the headline becomes the subtitle, unless it names the speaker of a transcript
   * ({@code "Maj. Gen. Luis Alvarado, Pentagon Press Secretary"}), which is header furniture.
   */
  private static void takeDek(Draft draft, @Nullable String dek) {
    if (dek != null && !isSpeakerIdLine(dek)) {
      draft.subtitleIfAbsent(dek);
    }
  }

  /**
   * A person's name, maybe after ranks and titles ({@code "Maj. Gen."}, {@code "Sen."}), then a
   * comma and a role of at most eight words, no sentence end.
   */
  static boolean isSpeakerIdLine(String s) {
    int comma = s.indexOf(", ");
    if (comma <= 0 || Prose.endsLikeSentence(s) || Prose.wordCount(s.substring(comma + 2)) > 8) {
      return false;
    }
    String name = s.substring(0, comma);
    // Ranks and titles: words that end in a period and are not an initial.
    int from = 0;
    while (true) {
      int sp = name.indexOf(' ', from);
      if (sp < 0 || sp - from < 3 || name.charAt(sp - 1) != '.') {
        break;
      }
      from = sp + 1;
    }
    String rest = name.substring(from);
    return Prose.wordCount(rest) >= 2 && PersonNames.isName(rest);
  }

  /** A transcript's first turn starts within this many lines for its header to be read. */
  static final int MAX_TRANSCRIPT_HEADER = 10;

  /**
   * The header of a transcript page: every line above its first speaker's turn is a short header
   * line (120 chars at most, no sentence: a site name, a section, the title, a place, a time, a
   * "via teleconference" or a speaker's name line), the first turn starts within {@value
   * #MAX_TRANSCRIPT_HEADER} lines, and a second turn follows within 40 lines. The title is the header line of
   * most words (four at least) that is not in capitals, a label or a date; a date in it is the
   * published date when none is known. All the header lines go.
   */
  private static void transcriptHeader(Draft draft) {
    List<TextLines.Line> lines = TextLines.firstLines(draft.text(), MAX_TRANSCRIPT_HEADER + 4);
    int f = 0;
    while (f < lines.size() && f <= MAX_TRANSCRIPT_HEADER && !startsTurn(lines.get(f).text())) {
      String s = lines.get(f).text();
      if (s.length() > 120 || Prose.endsLikeSentence(s) && !endsInAbbreviation(s)) {
        return;
      }
      f++;
    }
    if (f == 0 || f > MAX_TRANSCRIPT_HEADER || f >= lines.size()) {
      return;
    }
    boolean secondTurn = false;
    List<TextLines.Line> more = TextLines.firstLines(draft.text(), f + 40);
    for (int i = f + 1; i < more.size() && !secondTurn; i++) {
      secondTurn = startsTurn(more.get(i).text());
    }
    if (!secondTurn) {
      return;
    }
    // A cue before the first turn ("(SOUND OF WAVES)", "[00:00:00] (MUSIC)") is the transcript's:
    // the header ends above it.
    for (int i = 0; i < f; i++) {
      if (isStageCue(lines.get(i).text()) || startsWithTimestamp(lines.get(i).text())
          || i == f - 1 && isNumberedPartHeading(lines.get(i).text())) {
        f = i;
        break;
      }
    }
    // A line with a date is the title only when no other line can be ("Department Press Briefing
    // – March 5, 2024" over "Washington, DC" and "1:14 p.m. EST").
    int title = transcriptTitle(draft, lines, f, false);
    if (title < 0) {
      title = transcriptTitle(draft, lines, f, true);
    }
    if (title < 0) {
      return;
    }
    String t = lines.get(title).text();
    draft.titleIfAbsent(t);
    draft.remove(lines.get(title).start(), lines.get(title).end());
    if (draft.published() == null) {
      // "Department Press Briefing – March 5, 2024": the date after the title's last dash or colon.
      int cut = Math.max(Math.max(t.lastIndexOf(" \u2013 "), t.lastIndexOf(" \u2014 ")), Math.max(t.lastIndexOf(" - "), t.lastIndexOf(": ")));
      DateParser.parse(cut > 0 ? t.substring(cut + 2).strip() : t).ifPresent(draft::publishedIfAbsent);
    }
    for (int i = 0; i < f; i++) {
      if (i != title) {
        draft.remove(lines.get(i).start(), lines.get(i).end(), KICKER_ID);
      }
    }
    if (title > 0 && Masthead.isSiteName(lines.get(0).text(), "")) {
      // "Norges Bank" over its menu and the transcript's title; a show's name ("Morning Edition",
      // named again in "Heard on Morning Edition") is no publisher
      draft.publisherIfAbsent(withoutLeadingInitials(lines.get(0).text()));
    }
  }

  /** Lines of page furniture above a headline that a removed byline or date line anchors: at most this many. */
  static final int MAX_ANCHORED_FURNITURE = 14;
  /** Header lines between the headline and the removed byline or date line, or under it: at most this many. */
  static final int MAX_BETWEEN = 5;

  /**
   * A headline under more page furniture than the kicker rules take (a government page's agency
   * name, menu row, breadcrumb and page-type label; The Hill's name and section), anchored by the
   * byline or date line the header steps removed under it. Between the headline and that place
   * may stand short header lines ({@code "As Prepared for Delivery"}, {@code "Release No.
   * 0214.24"}, {@code "Contact: USDA Press"}); right above it, a dek. The headline has a
   * headline's shape (a two-sentence one may end in a period); every line above it is furniture
   * (short, no sentence); body text follows the place, past a few short lines, which go too when
   * the body is a transcript's first turn (a briefing's room and time). The headline (and dek)
   * become the title (and subtitle); the other lines go as kickers, the first of them giving the
   * publisher when it reads as the site's name.
   */
  private static void aboveRemovedHeader(Draft draft) {
    int[] changed = draft.changedSince(HEADER_LINES);
    if (changed == null || changed.length == 0) {
      return;
    }
    List<TextLines.Line> lines = TextLines.firstLines(draft.text(), MAX_ANCHORED_FURNITURE + MAX_BETWEEN + 8);
    if (lines.size() < 3) {
      return;
    }
    // The first place a header line was removed, as the number of lines above it.
    int at = -1;
    for (int k = 0; k + 1 < changed.length && at < 0; k += 2) {
      int above = 0;
      while (above < lines.size() && lines.get(above).end() <= changed[k]) {
        above++;
      }
      if (above == lines.size()) {
        return; // past the header zone
      }
      if (above > 0 && changed[k] >= lines.get(above - 1).end()) {
        at = above;
      }
    }
    if (at < 1 || at > MAX_ANCHORED_FURNITURE + MAX_BETWEEN + 1) {
      return;
    }
    if (headlineUnderTheAnchor(draft, lines, at)) {
      return;
    }
    // The headline: the line of most words (ties: the nearest) that can be one, among the
    // MAX_BETWEEN + 1 lines over the place; every line between it and the place is a short header
    // line ("As Prepared for Delivery", "Release No. 0214.24", an author's name and role).
    int h = -1;
    int best = 0;
    for (int i = at - 1; i >= 0 && at - i <= MAX_BETWEEN + 1; i--) {
      String s = lines.get(i).text();
      int words = Prose.wordCount(s);
      if (isSpacedRow(draft, lines.get(i))) {
        break; // the menu, its items set apart by wide gaps: no headline above it belongs to this place
      }
      if (canBeAnchoredHeadline(s) && words > best && !isEventDetails(s)) {
        h = i;
        best = words;
      }
      if (!canBeAnchoredHeadline(s) && !isShortHeaderLine(s) && !isContributorTagline(lines, i)) {
        break;
      }
    }
    if (h < 0 && endsHeadlineWithPeriod(lines.get(at - 1).text()) && !isContributorTagline(lines, at - 1)) {
      h = at - 1; // "Scam sites are copying the banner. Here's how to tell the difference."
    }
    if (h < 0) {
      return;
    }
    for (int i = h + 1; i < at; i++) {
      if (!isShortHeaderLine(lines.get(i).text()) && !(i == at - 1 && i == h + 1) && !isContributorTagline(lines, i)) {
        return;
      }
    }
    int dek = -1;
    // (Names may stand between the dek and the place: "Headline" / "A longer dek" / "Lucía Ferrán
    // Ortega" / the date line.)
    boolean namesUnder = true;
    for (int i = h + 1; i < at && namesUnder; i++) {
      namesUnder = PersonNames.isName(lines.get(i).text()) || isControlRow(lines.get(i).text());
    }
    if (namesUnder && h >= 1 && Prose.wordCount(lines.get(h).text()) >= 5 && canBeAnchoredHeadline(lines.get(h - 1).text())
        // "News in brief" over the headline is the section's label, no headline over a dek; nor is
        // "Notice to Mariners No. 47 of 2024", the document's number.
        && !Masthead.isSectionLabel(lines.get(h - 1).text()) && !isNumberedDocument(lines.get(h - 1).text())
        // "Ministry of Jal Shakti" over the headline is the issuer's name, not a headline over a dek.
        // (A film's "The Melting Edge" over its one-sentence description is a title, though "The"
        // opens many a site's name: there the name needs an outlet's or an institution's word.)
        && !(Masthead.hasNameShape(lines.get(h - 1).text()) && Masthead.isSiteName(lines.get(h - 1).text(), "")
            && !(h == at - 1 && endsHeadlineWithPeriod(lines.get(h).text()) && !Masthead.hasOutletWord(lines.get(h - 1).text())))
        // "Eat & Drink" under the menu "Eat & Drink Arts Outdoors Home Events": the section, no headline.
        && !repeatsAMenuItemAbove(lines, h - 1)
        // A section's name over the headline ("News Releases" / "News Releases from Region 05") is
        // no headline over a dek: the upper line needs six words, the lower one a dek's period, or
        // the upper one must not extend the line above it.
        && (Prose.wordCount(lines.get(h - 1).text()) >= 6 || Prose.endsWithPeriod(lines.get(h).text())
            || h >= 2 && !extendsLineAbove(lines.get(h - 1).text(), lines.get(h - 2).text()))) {
      dek = h; // "Headline" / "A dek, with or without its period" / the byline
      h--;
    } else if (h + 1 < at && h + 1 == at - 1 && !isShortHeaderLine(lines.get(h + 1).text()) && !isCaseCaption(lines.get(h + 1).text())
        && !isEventDetails(lines.get(h + 1).text())) {
      if (Prose.wordCount(lines.get(h + 1).text()) < 5 || lines.get(h + 1).length() > MAX_DEK) {
        return;
      }
      dek = h + 1; // "Headline" / "A longer dek" / the byline
    }
    // Names between the headline and the place, each alone on its line, maybe over a role line
    // ("Delia Fairbanks" / "Guest columnist"), are its authors.
    for (int i = (dek >= 0 ? dek : h) + 1; i < at; i++) {
      String s = lines.get(i).text();
      boolean roleBelow = i + 1 < at && isRoleLine(lines.get(i + 1).text());
      boolean controlsBelow = true; // "Karen Cheung Wing-sze" / "+ FOLLOW" / the date line
      for (int k = i + 1; k < at && controlsBelow; k++) {
        controlsBelow = isControlRow(lines.get(k).text()) && !PersonNames.isName(lines.get(k).text());
      }
      if (PersonNames.isName(s) && !s.equals(s.toUpperCase(java.util.Locale.ROOT)) && (roleBelow || controlsBelow)) {
        draft.addAuthor(s);
      } else if (i == at - 1 && !s.equals(s.toUpperCase(java.util.Locale.ROOT)) && !isRoleLine(s)) {
        // Right over the byline or date: "Menna Lloyd | Valley Voices", a name and its column (a
        // role alone there, "Senior Film Reporter", is the name's above it).
        AuthorLine line = readAuthorLine(s);
        String signed = line == null ? authorOfLine(s) : null;
        if (line != null) {
          line.names().forEach(draft::addAuthor);
        } else if (signed != null) {
          draft.addAuthor(signed); // "Alicia Brandt, author of Gist Generate"
        }
      }
    }
    for (int i = 0; i < h; i++) {
      String s = lines.get(i).text();
      if (TextLines.isTrail(s) && s.length() <= 400) {
        continue; // a breadcrumb trail, which may end in the headline cut short ("… for Flood-Aff...")
      }
      if (i >= 1 && i <= 2 && isTaglineUnderSiteName(draft, lines.get(i - 1).text(), s)) {
        continue; // "Midstate Check Desk" / "Nonpartisan. Nonprofit. Checking the claims that matter."
      }
      if (s.length() > 120 || Prose.endsLikeSentence(s) && Prose.wordCount(s) > 3) {
        return;
      }
    }
    int j = at;
    while (j < lines.size() && j < at + 4 && (isShortHeaderLine(lines.get(j).text()) && j < at + 3
        || isSpacedRow(draft, lines.get(j)) && !Prose.endsLikeSentence(lines.get(j).text()) && j < at + 3
        || isCreditsField(lines.get(j).text()))) {
      j++;
    }
    // A notice's fields may follow its date line, short lines all ("Public notice: planning
    // application …" / "Published: 16 January 2025" / "Town and Country Planning … Order 2015"):
    // a breadcrumb trail right above the headline, and the date line right under it, are header
    // enough.
    boolean crumbed = h >= 1 && (TextLines.isTrail(lines.get(h - 1).text()) || isBreadcrumb(lines.get(h - 1).text())) && dek < 0;
    // (A transcript's first cue opens its body: "[THEME MUSIC]", "[00:00:00] (MUSIC)".)
    boolean body = j < lines.size() && (opensBody(lines.get(j).text()) || isStageCue(lines.get(j).text())
        || startsWithTimestamp(lines.get(j).text()));
    if (!crumbed && !body) {
      return;
    }
    int turn = -1;
    for (int k = at; crumbed && !body && k < lines.size() && k <= at + 8 && turn < 0; k++) {
      if (startsTurn(lines.get(k).text())) {
        turn = k; // a transcript's header runs on to its first turn ("Speakers: …", "Third Round")
      } else if (lines.get(k).length() > 240 || Prose.endsLikeSentence(lines.get(k).text())) {
        break;
      }
    }
    if (turn >= 0) {
      j = turn;
    } else if (crumbed && !body) {
      j = at; // nothing under the date line is the header's
    }
    draft.titleIfAbsent(lines.get(h).text());
    draft.remove(lines.get(h).start(), lines.get(h).end());
    if (dek >= 0) {
      takeDek(draft, lines.get(dek).text());
      draft.remove(lines.get(dek).start(), lines.get(dek).end());
    }
    for (int i = 0; i < at; i++) {
      if (i != h && i != dek) {
        if (i > h && draft.published() == null) {
          // a row of the page's fields between the headline and the byline: "2025-01-22 15:41:07 👁 1,204"
          FieldRow.Dates row = FieldRow.dates(lines.get(i).text());
          if (row != null && row.published() != null) {
            draft.publishedIfAbsent(DateLineExtractor.dayFirstOnBritishPages(row.published(), lines.get(i).text(), draft));
          }
        }
        draft.remove(lines.get(i).start(), lines.get(i).end(), KICKER_ID);
      }
    }
    if (startsTurn(lines.get(j).text()) || isStageCue(lines.get(j).text()) || startsWithTimestamp(lines.get(j).text())) {
      for (int i = at; i < j; i++) {
        if (i == j - 1 && isTranscriptSectionHeading(lines.get(i).text())) {
          break; // "Introductory statement" over the first turn heads the transcript's first part
        }
        draft.remove(lines.get(i).start(), lines.get(i).end(), KICKER_ID);
      }
    } else {
      // An author's line under the date ("Shanique Bailey/Staff Reporter"): the author, and the
      // line goes. The other short lines there are the release's or the player's furniture ("For
      // Immediate Release", "U.S. Attorney's Office, Eastern District of Washington", "Video"):
      // left in place, a second cleaning would read them as a header and take one for a title.
      for (int i = at; i < j; i++) {
        if (i == j - 1 && isSpeakersNameInCapitals(lines.get(i).text())) {
          break; // the first speaker's name over the first paragraph: the transcript's own
        }
        String author = authorOfLine(lines.get(i).text());
        if (author != null) {
          draft.addAuthor(author);
          draft.remove(lines.get(i).start(), lines.get(i).end(), BylineExtractor.ID);
        } else if ((isReleaseFurniture(lines.get(i).text()) || i > at && isMediaLabel(lines.get(i - 1).text())
            || isSpacedRow(draft, lines.get(i)) && DateLineExtractor.datedPlaceLine(lines.get(i).text()) == null
                && !startsWithFullDate(lines.get(i).text()))
            && !Character.isLowerCase(lines.get(i + 1).first())) {
          // (A player's title under its "Video" label goes with it.)
          draft.remove(lines.get(i).start(), lines.get(i).end(), KICKER_ID);
        }
      }
    }
    if (h > 0) {
      siteNameAsPublisher(draft, lines, lines.get(h).text());
    }
  }

  /**
   * A city's news page prints the date over the headline ({@code "Posted on: May 6, 2024"} /
   * {@code "Police Blotter: April 29 – May 5, 2024"} / {@code "Notify Me®"} / the body): the line
   * right under the removed date line is the headline when it has a headline's shape, body text
   * follows it past at most two page controls, and every line above the date is furniture (short,
   * no sentence). Then the headline is the title and the lines above it and the controls go.
   */
  private static boolean headlineUnderTheAnchor(Draft draft, List<TextLines.Line> lines, int at) {
    if (at >= lines.size() - 1 || !canBeAnchoredHeadline(lines.get(at).text()) || Prose.wordCount(lines.get(at).text()) < 4
        || isSpacedRow(draft, lines.get(at))) {
      return false;
    }
    if (isFieldLine(lines.get(at).text()) && isFieldLine(lines.get(at + 1).text()) && lines.get(at + 1).length() <= 80) {
      return false; // the first of the document's fields ("Volcano Alert Level: WATCH" / "Aviation Color Code: ORANGE")
    }
    if (Prose.wordCount(lines.get(at).text()) > 24) {
      return false; // a paragraph's first sentence, no headline ("A reader in Hāwera rang last week with a question …?")
    }
    int j = at + 1;
    // A dek under the headline ("Air cleaners cut asthma emergencies …" / "Portable filters reduced
    // emergency visits by about a third in NIH-funded trial." / the body): a sentence of five words
    // or more, one line, that does not open the body itself.
    int dek = -1;
    if (j + 1 < lines.size() && !opensBody(lines.get(j).text()) && isUnanchoredDek(lines.get(j).text())
        && opensBody(lines.get(j + 1).text())) {
      dek = j++;
    }
    while (j < lines.size() && j <= at + 2 && (isControlRow(lines.get(j).text()) || isTagRow(lines.get(j).text()))
        && !opensBody(lines.get(j).text()) && !isSectionHeading(lines.get(j).text())) {
      j++;
    }
    int controlsEnd = j;
    if (j + 1 < lines.size() && isSectionHeading(lines.get(j).text())) {
      j++; // "Overview" heads the body: it stays, and the body opens under it
    }
    // Body text that goes on in lower case continues the line over it: verse, or a sentence cut.
    if (j >= lines.size() || !opensBody(lines.get(j).text()) || startsTurn(lines.get(j).text())
        || Character.isLowerCase(lines.get(j).first())) {
      return false;
    }
    for (int i = 0; i < at; i++) {
      String s = lines.get(i).text();
      if (s.length() > 120 || Prose.endsLikeSentence(s) && Prose.wordCount(s) > 3 && !endsInAbbreviation(s) && !s.endsWith("...")) {
        return false;
      }
    }
    // A headline over it that the other paths read (a headline, then its date): not this layout.
    // Over a section's label, the menu that lists it is no headline; nor is what stands over the
    // breadcrumb trail right above the date ("Current affairs Services … Contact" / "Current
    // affairs › News" / "News, 30.9.2024"): a trail never parts a headline from its date.
    int from = at >= 2 && repeatsAMenuItemAbove(lines.subList(at - 2, at), 1) ? at - 1 : Math.max(0, at - 2);
    // (an author's name and role between: "Who is “Staff”? …" / "Gemma Rautahi-Holt" / "Editor" / the date)
    while (from >= 1 && (PersonNames.isName(lines.get(from).text()) || isRoleLine(lines.get(from).text())) && at - from <= 4) {
      from--;
    }
    String aboveDate = lines.get(at - 1).text();
    if (TextLines.isTrail(aboveDate) || aboveDate.length() <= 80 && !canBeAnchoredHeadline(aboveDate) && isBreadcrumb(aboveDate)) {
      from = at;
    }
    for (int i = from; i < at; i++) {
      if (canBeAnchoredHeadline(lines.get(i).text()) && Prose.wordCount(lines.get(i).text()) >= 6
          && !isSpacedRow(draft, lines.get(i)) && !isOfficeName(lines.get(i).text())) {
        return false;
      }
    }
    if (isOfficeName(lines.get(at - 1).text())) {
      // "News Release" / "Ministry of Water, Land and Resource Stewardship" / "Dec. 3, 2024": the
      // issuing office right over the date, which beats the portal's name at the top.
      draft.publisherIfAbsent(lines.get(at - 1).text());
    }
    draft.titleIfAbsent(lines.get(at).text());
    draft.remove(lines.get(at).start(), lines.get(at).end());
    if (dek >= 0) {
      takeDek(draft, lines.get(dek).text());
      draft.remove(lines.get(dek).start(), lines.get(dek).end());
    }
    for (int i = 0; i < at; i++) {
      draft.remove(lines.get(i).start(), lines.get(i).end(), KICKER_ID);
    }
    for (int i = dek >= 0 ? dek + 1 : at + 1; i < controlsEnd; i++) {
      draft.remove(lines.get(i).start(), lines.get(i).end(), KICKER_ID);
    }
    if (at > 0) {
      siteNameAsPublisher(draft, lines, lines.get(at).text());
    }
    return true;
  }

  /**
   * Whether the line, as the scrape had it, set its items apart by wide gaps (two or more runs of
   * two blanks or a tab: {@code "Health Topics   Countries   Newsroom   Data"}): a menu or a
   * language switch flattened into one line, never a headline, though the white-space step has
   * made the gaps single spaces since. Read in the input text itself, so only for text input.
   */
  /**
   * A player's or a download's link, as a row of them sets it apart by wide gaps: {@code "Watch
   * the press conference (video, 41 min)"}, {@code "Download transcript (PDF)"}: a control's verb,
   * at most ten words, nothing after a closing parenthesis.
   */
  private static boolean isMediaControl(String item) {
    int words = Prose.wordCount(item);
    if (words > 10) {
      return false;
    }
    for (String verb : new String[] {"Watch ", "Listen ", "Download ", "View ", "Play "}) {
      if (item.startsWith(verb)) {
        return true;
      }
    }
    return item.endsWith(")") && (item.contains(" (PDF") || item.contains(" (pdf")); // "… in England (PDF, 1.1 MB)"
  }

  static boolean isSpacedRow(Draft draft, TextLines.Line line) {
    return isSpacedRow(draft, line.start(), line.end());
  }

  private static boolean isSpacedRow(Draft draft, int start, int end) {
    if (end - start > 200) {
      return false;
    }
    List<String> items = SpacedRows.items(draft, start, end);
    if (items == null) {
      return false;
    }
    // Two items are enough (no headline has a wide gap inside), when each is a short label: a
    // sentence with a wide gap in it is prose, whatever its spacing.
    for (String item : items) {
      // (a menu's item may end in an ellipsis, "How Do I...", and a contents row's in a question
      // mark, "What did the study find?")
      String bare = item.endsWith("...") || item.endsWith("\u2026") ? item.replaceAll("(?:\\.\\.\\.|\u2026)$", "")
          : item.endsWith("?") ? item.substring(0, item.length() - 1) : item;
      if ((Prose.wordCount(item) > 6 && !isMediaControl(item)) || Prose.hasSentenceEnd(bare)) {
        return false; // ("How Do I..." is a menu's item)
      }
    }
    return true;
  }

  private static final String[] OFFICE_OPENINGS = {"Ministry of ", "Ministry for ", "Department of ", "Department for ",
    "Office of ", "Office for ", "Bureau of ", "Agency for ", "Secretariat of ", "Directorate of "};

  /**
   * An office's name alone on its line: {@code "Ministry of Water, Land and Resource
   * Stewardship"}, {@code "Department for Transport"}; twelve words at most, no sentence.
   */
  static boolean isOfficeName(String s) {
    if (s.length() > 100 || Prose.wordCount(s) > 12 || Prose.endsLikeSentence(s)) {
      return false;
    }
    for (String o : OFFICE_OPENINGS) {
      if (s.startsWith(o) && s.length() > o.length() && Character.isUpperCase(s.charAt(o.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a site's name is a public body's ("Press Information Bureau", "Department of State"), not a portal's ("BC Gov News"). */
  private static boolean namesABody(@Nullable String name) {
    if (name == null) {
      return false;
    }
    for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
      if (BODY_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BODY_WORDS = Set.of("bureau", "ministry", "department", "office", "agency", "commission",
      "council", "authority", "service", "secretariat", "directorate", "parliament", "assembly", "senate", "court");

  /** A language switch alone on its line: two-letter codes or languages' own names ("NL EN", "DE FR IT RM EN", "English Español"). */
  static boolean isLanguageSwitch(String s) {
    if (s.length() > 60) {
      return false;
    }
    String[] words = s.split(" +");
    if (words.length < 2) {
      return false;
    }
    for (String w : words) {
      boolean code = w.length() == 2 && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1));
      if (!code && !LANGUAGE_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> LANGUAGE_NAMES = Set.of("english", "español", "français", "deutsch", "nederlands", "italiano",
      "português", "català", "cymraeg", "gaeilge", "suomeksi", "svenska", "norsk", "dansk", "polski", "русский", "العربية",
      "中文", "日本語", "한국어", "eesti", "latviešu", "lietuvių", "türkçe", "ελληνικά", "magyar", "čeština", "română", "українська",
      // (set Q: a Hong Kong page's "繁體版   简体版", and more languages' own names)
      "繁體版", "简体版", "繁體", "简体", "繁體中文", "简体中文", "عربي", "فارسی", "اردو", "हिन्दी", "বাংলা", "ไทย", "עברית",
      "български", "hrvatski", "srpski", "slovenčina", "slovenščina", "íslenska", "gàidhlig", "kalaallisut", "kiswahili", "tagalog",
      "қазақша", "oʻzbekcha", "o'zbekcha", "кыргызча", "ქართული", "հայերեն", "azərbaycanca", "монгол", "беларуская");

  /**
   * A document's type and number alone on a line: {@code "Notice to Mariners No. 47 of 2024"},
   * {@code "Press Release No. 123/2024"}, {@code "Circular Number 12"}: it ends in {@code No.} or
   * {@code Number} and a number (maybe {@code of} a year).
   */
  static boolean isNumberedDocument(String s) {
    if (s.length() > 80) {
      return false;
    }
    int at = s.lastIndexOf(" No. ");
    int skip = 5;
    if (at < 0) {
      at = s.lastIndexOf(" Number ");
      skip = 8;
    }
    if (at <= 0) {
      return false;
    }
    for (String w : s.substring(0, at).split(" ")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !Set.of("to", "of", "for", "and", "the", "on").contains(w)) {
        return false; // "Brighton beat Chelsea to go No. 1": a headline
      }
    }
    String rest = s.substring(at + skip).strip();
    int of = rest.indexOf(" of ");
    String number = of > 0 ? rest.substring(0, of) : rest;
    if (number.isEmpty() || !Character.isDigit(number.charAt(0)) || number.indexOf(' ') >= 0) {
      return false;
    }
    return of < 0 || rest.substring(of + 4).strip().matches("\\d{4}");
  }

  /**
   * A dek under a headline with no byline under it: one sentence, or a headline's shape in
   * sentence case (three lower-case words at least: a tag row in title case is none), 5 to 40 words.
   */
  private static boolean isUnanchoredDek(String s) {
    int words = Prose.wordCount(s);
    return s.length() <= MAX_DEK && words >= 5 && words <= 40 && Character.isUpperCase(s.charAt(0)) && !isHeaderLine(s)
        && !creditsSomeone(s) && !s.endsWith("?") && !s.endsWith(":") && authorOfLine(s) == null && !startsTurn(s)
        && !BylineExtractor.looksLikeByline(s) && !isCaseCaption(s) && !isEventDetails(s)
        && (isSentenceDek(s) || headlineShaped(s, 60) && Prose.lowerCaseWords(s) >= 3);
  }

  /**
   * A page's tags flattened into a row ({@code "Consumer Protection Bureau of Consumer Protection
   * Telemarketing Do Not Call"}): 120 chars at most, no sentence end or comma, every word
   * capitalized but one.
   */
  private static boolean isTagRow(String s) {
    return s.length() <= 120 && Prose.wordCount(s) >= 2 && !Prose.endsLikeSentence(s) && s.indexOf(',') < 0
        && Prose.lowerCaseWords(s) <= 1 && !s.endsWith(":");
  }

  /**
   * A short header line of a press page, not a headline: 60 chars at most, no sentence end, and a
   * label ({@code "Contact: USDA Press"}), a line in capitals, a time ({@code "1:14 p.m. EST"}) or
   * fewer than five words ({@code "As Prepared for Delivery"}, {@code "Washington, DC"}).
   */
  private static boolean isHeaderFurniture(String s) {
    if (s.length() > 60 || Prose.endsLikeSentence(s) && !endsInAbbreviation(s) || startsTurn(s)) {
      return false;
    }
    int colon = s.indexOf(':');
    boolean label = colon > 0 && colon < 20 && !Character.isDigit(s.charAt(colon - 1));
    return label || Prose.wordCount(s) < 5 || s.equals(s.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * A press release's or a player's line under the date: a label, capitals, or two words or more
   * in title case ({@code "For Immediate Release"}, {@code "U.S. Attorney's Office, Eastern District
   * of Washington"}). A section's first heading ("Who needs a permit"), a line of verse or a
   * sentence's start ("If my mother's house in San Fernando had a website") is none of these.
   */
  private static boolean isReleaseFurniture(String s) {
    if (s.length() > 60 || Prose.endsLikeSentence(s) || startsTurn(s) || isStageCue(s)) {
      return false;
    }
    int colon = s.indexOf(':');
    if (colon > 0 && colon + 1 < s.length() && !RELEASE_LABELS.contains(Prose.fold(s.substring(0, colon)))
        && !TAXONOMY_LABELS.contains(Prose.fold(s.substring(0, colon)))) {
      return false; // a field of the document's own: "Volcano Alert Level: WATCH"
    }
    if (colon > 0 && colon < 24 && (RELEASE_LABELS.contains(Prose.fold(s.substring(0, colon)))
        || TAXONOMY_LABELS.contains(Prose.fold(s.substring(0, colon))))
        || s.equals(s.toUpperCase(java.util.Locale.ROOT)) && s.chars().anyMatch(Character::isLetterOrDigit)) {
      // "Contact: USDA Press", "FOR IMMEDIATE RELEASE"; not "Police Blotter: April 29 – May 5", nor
      // a review's stars ("★★★★☆"), which have no letter or digit (a comment count, "87", is furniture)
      return true;
    }
    if (PAGE_TYPES.contains(Prose.fold(s)) || isMediaLabel(s)) {
      return true; // "News release", "Media advisory", a player's "Video"
    }
    // Title case, two words or more: a section's own heading ("Who needs a permit") is not.
    if (s.indexOf(' ') < 0) {
      return false;
    }
    for (String w : s.split(" ")) {
      if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !JOINING_WORDS.contains(w)) {
        return false;
      }
    }
    return !Prose.endsLikeSentence(s);
  }

  /** A player's label over its title: {@code "Video"}, {@code "Watch"}, {@code "Listen"}, {@code "Audio"}. */
  private static boolean isMediaLabel(String s) {
    return s.equals("Video") || s.equals("Watch") || s.equals("Listen") || s.equals("Audio") || s.equals("VIDEO")
        || s.equals("WATCH");
  }

  /** The labels of a release's lines under its date ("Contact: USDA Press", "Release No.: 0214.24"). */
  private static final Set<String> RELEASE_LABELS = Set.of("contact", "contacts", "media contact", "media contacts",
      "press contact", "press contacts", "release no.", "release no", "release number", "media inquiries", "phone", "tel",
      "email", "e-mail", "for more information", "embargoed until", "for release");

  /** The labels of a page's place in its site ("Category: City Council"): furniture, not the document's fields. */
  private static final Set<String> TAXONOMY_LABELS = Set.of("category", "categories", "topic", "topics", "section",
      "sections", "tags", "tag", "filed under", "posted in", "department", "departments", "news type", "type");

  /** A government page's type, as it labels the page under its headline. */
  private static final Set<String> PAGE_TYPES = Set.of("news release", "press release", "media release", "media advisory",
      "joint media release", "joint statement", "statement", "backgrounder", "fact sheet", "speech", "readout",
      "news", "press statement", "public notice");

  private static final Set<String> JOINING_WORDS = Set.of("of", "the", "and", "for", "on", "in", "at", "&", "-", "\u2013");

  /**
   * A line that can be a headline over a removed byline or date: a headline's shape, not a menu
   * row, a breadcrumb, a line in capitals, a name or a section and its part.
   */
  private static boolean canBeAnchoredHeadline(String s) {
    return headlineShaped(s, 40) && !isMenuOrCrumbs(s)
        && !s.equals(s.toUpperCase(java.util.Locale.ROOT)) && !PersonNames.isName(s) && !isSpeakerIdLine(s) && !isCaseCaption(s);
  }

  /**
   * Whether line {@code k}, four words at most, stands again as an item of a longer line above it
   * (a menu row, a breadcrumb): a section's label under the site's menu ({@code "Things to Do"}
   * under {@code "News Sports Things to Do Obituaries Opinion"}).
   */
  static boolean repeatsAMenuItemAbove(List<TextLines.Line> lines, int k) {
    String label = lines.get(k).text();
    if (Prose.wordCount(label) > 4) {
      return false;
    }
    for (int j = 0; j < k; j++) {
      String row = lines.get(j).text();
      if (row.length() >= label.length() + 4 && Prose.wordCount(row) >= 4 && row.length() <= 400) {
        for (int at = row.indexOf(label); at >= 0; at = row.indexOf(label, at + 1)) {
          int end = at + label.length();
          if ((at == 0 || row.charAt(at - 1) == ' ') && (end == row.length() || row.charAt(end) == ' ')) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A site's motto under its name, however it is punctuated: 100 chars at most, under a line that
   * is the site's name ({@link Masthead#isSiteName}, the page naming it again counts).
   */
  private static boolean isTaglineUnderSiteName(Draft draft, String name, String line) {
    return line.length() <= 100 && Prose.wordCount(line) <= 14 && Masthead.hasNameShape(name)
        && Masthead.isSiteName(name, draft.originalText());
  }

  /** Whether {@code line} starts with the whole of {@code above} and goes on ("News Releases from Region 05" under "News Releases"). */
  private static boolean extendsLineAbove(String line, String above) {
    return line.length() > above.length() + 1 && line.startsWith(above) && line.charAt(above.length()) == ' ';
  }

  /** Words of a site's menu, lower-cased. */
  private static final java.util.Set<String> MENU_WORDS = java.util.Set.of("home", "news", "sport", "sports", "business",
      "weather", "traffic", "watch", "live", "video", "videos", "podcasts", "podcast", "opinion", "politics", "world",
      "local", "community", "announcements", "obituaries", "classifieds", "jobs", "events", "schedule", "library",
      "classroom", "closings", "about", "contact", "search", "menu", "subscribe", "newsletters", "shop", "e-edition",
      "entertainment", "lifestyle", "culture", "health", "science", "technology", "tech", "travel", "food", "money",
      "markets", "arts", "music", "photos", "galleries", "radio", "tv", "listen", "more", "sections", "topics", "weekend",
      "education", "environment", "features", "investigations", "national", "state", "region", "sign", "in", "log",
      // a city's or an agency's menu: "How Do I... Government Departments Community Business"
      "government", "departments", "residents", "visitors", "services", "how", "do", "i...", "i…",
      // a sports site's: "Schedule Players Stats News Tickets Media Center"
      "stats", "scores", "standings", "players", "teams", "tickets", "rankings", "results", "fixtures", "tables",
      "table", "line-ups", "lineups", "squads", "preview", "report", "commentary");

  /**
   * A site's menu flattened into one line with spaces only: four words or more, every one
   * capitalized and no joining word, at least half of them menu words ({@code "News Sport
   * Business Community Announcements"}). A headline in title case has its joining words ("… of
   * the …") or is not made of menu words.
   */
  static boolean isMenuRow(String s) {
    String[] words = s.split(" +");
    if (words.length < 4) {
      return false;
    }
    int menu = 0;
    int lowerCase = 0;
    int ampersands = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        return false;
      }
      if (w.equals("&")) {
        ampersands++;
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        lowerCase++; // one is allowed in a long row only ("Institutes at NIH")
        continue;
      }
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (lower.equals("of") || lower.equals("the") || lower.equals("a") || lower.equals("to") || lower.equals("for")
          || lower.equals("and") || lower.equals("on") || lower.equals("at") || lower.equals("with")) {
        return false;
      }
      if (MENU_WORDS.contains(lower)) {
        menu++;
      }
    }
    if (lowerCase == 0 && menu * 2 >= words.length) {
      return true;
    }
    // A long menu of items of two words or more, whose spaces the flattening took: ten words or
    // more, all capitalized but one, no punctuation but "&", three menu words or two "&" ("Health
    // Information Grants & Funding News & Events Research & Training Institutes at NIH About NIH").
    // A headline that long has its lower-case words, or its comma.
    return words.length >= 10 && lowerCase <= 1 && (menu >= 3 || ampersands >= 2) && onlyLettersAndAmpersands(s);
  }

  /**
   * A menu flattened into one line whose items' every word is capitalized, joining words too:
   * eight words or more, no punctuation but "&" ({@code "Who We Are What We Do Where We Work
   * Understanding Poverty Work With Us"}). Above a headline only, where a headline of that many
   * words would have its lower-case "of" or "to".
   */
  private static boolean isStartCaseRow(String s) {
    String[] words = s.split(" +");
    if (words.length < 8 || !onlyLettersAndAmpersands(s)) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !w.equals("&")) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlyLettersAndAmpersands(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != ' ' && c != '&' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** A line under the header, before the body: 60 chars at most, no sentence, no speaker's turn ("James S. Brady Press Briefing Room", "1:32 P.M. EDT"). */
  /**
   * A labelled field of credits or details under a review's or a programme's header, which stays
   * in the body: {@code "Cast: Euan Farquhar, Leila Haddad-Mor, Tobias Rennick, Sian Glover"},
   * {@code "Starring: …"}: a label of one or two capitalized words, a colon, and a list of at most
   * 160 chars that ends no sentence: two names or more parted by commas, each of one to four
   * capitalized words (a headline's {@code "Almanac: The Beaver Moon and the last of the sea
   * smoke"} is none).
   */
  private static boolean isCreditsField(String s) {
    int colon = s.indexOf(": ");
    if (colon < 2 || colon > 24 || s.length() > 160 || Prose.endsLikeSentence(s) || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    String label = s.substring(0, colon);
    if (Prose.wordCount(label) > 2 || !label.chars().allMatch(c -> Character.isLetter(c) || c == ' ') || startsTurn(s)) {
      return false;
    }
    String[] items = s.substring(colon + 2).split(", ");
    if (items.length < 2) {
      return false;
    }
    for (String item : items) {
      String t = item.strip();
      int words = Prose.wordCount(t);
      if (words < 1 || words > 4 || !Character.isUpperCase(t.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isShortHeaderLine(String s) {
    return s.length() <= 60 && (!Prose.endsLikeSentence(s) || endsInAbbreviation(s)) && !startsTurn(s) && !isStageCue(s);
  }

  /** A transcript's time stamp at the start of a line: {@code "[00:00:00] (MUSIC)"}, {@code "(00:12:04)"}, {@code "00:01:15 Host:"}. */
  private static boolean startsWithTimestamp(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int i = s.isEmpty() || s.charAt(0) != '[' && s.charAt(0) != '(' ? 0 : 1;
    int digits = 0;
    int colons = 0;
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == ':')) {
      if (s.charAt(i) == ':') {
        colons++;
      } else {
        digits++;
      }
      i++;
    }
    // In brackets, or with hours, minutes and seconds: a time of day ("1:14 p.m. EST") is none.
    boolean bracketed = s.charAt(0) == '[' || s.charAt(0) == '(';
    return (bracketed ? colons >= 1 && i < s.length() && (s.charAt(i) == ']' || s.charAt(i) == ')') : colons >= 2)
        && digits >= 3 && (i == s.length() || s.charAt(i) == ']' || s.charAt(i) == ')' || s.charAt(i) == ' ');
  }

  /**
   * The heading of a transcript's part right over its first turn: {@code "Introductory
   * statement"}, {@code "Opening remarks"}, {@code "Questions and answers"}: two to five words,
   * capitalized, one of them a part's word.
   */
  private static boolean isTranscriptSectionHeading(String s) {
    if (isNumberedPartHeading(s)) {
      return true; // "Incident 1: Wessex Athletic v Harbour City, 67th minute, possible penalty for handball"
    }
    int words = Prose.wordCount(s);
    if (words < 2 || words > 5 || !Character.isUpperCase(s.charAt(0)) || Prose.hasSentenceEnd(s)) {
      return false;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String w : new String[] {"statement", "remarks", "questions", "answers", "testimony", "opening", "closing",
        "introduction", "q&a"}) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code "Incident 1: …"}, {@code "Part 2: …"}, {@code "Stop 7 – The Fresnel lens"}: a
   * capitalized word, a number and a colon or a dash, then no sentence end.
   */
  private static boolean isNumberedPartHeading(String s) {
    int sp = s.indexOf(' ');
    if (sp < 3 || sp > 12 || !Character.isUpperCase(s.charAt(0)) || s.length() > 160) {
      return false;
    }
    int k = sp + 1;
    int digits = 0;
    while (k < s.length() && Character.isDigit(s.charAt(k))) {
      k++;
      digits++;
    }
    boolean mark = k < s.length() && (s.charAt(k) == ':' || k + 2 < s.length() && s.charAt(k) == ' '
        && (s.charAt(k + 1) == '\u2013' || s.charAt(k + 1) == '\u2014' || s.charAt(k + 1) == '-') && s.charAt(k + 2) == ' ');
    return digits >= 1 && digits <= 3 && mark && !Prose.endsLikeSentence(s);
  }

  /**
   * A speaker's name as a transcript sets it on its own line over the turn: two to four words in
   * capitals that read as a person's name ({@code "ANIKA PATEL"}; not {@code "FOR IMMEDIATE
   * RELEASE"}).
   */
  private static boolean isSpeakersNameInCapitals(String s) {
    if (!isLabelInCapitals(s)) {
      return false;
    }
    StringBuilder title = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      title.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return PersonNames.isName(title.toString());
  }

  /** A speaker's label on its own line: two to four words in capitals, letters only ({@code "ANIKA PATEL"}, {@code "LAUNCH CONDUCTOR"}). */
  private static boolean isLabelInCapitals(String s) {
    int words = Prose.wordCount(s);
    if (words < 2 || words > 4 || !s.equals(s.toUpperCase(Locale.ROOT))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '\'' && c != '\u2019' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** A cue in brackets alone on its line, which a transcript keeps: {@code "(SOUND OF WAVES)"}, {@code "[MUSIC]"}. */
  private static boolean isStageCue(String s) {
    return s.length() >= 3 && (s.charAt(0) == '(' && s.endsWith(")") || s.charAt(0) == '[' && s.endsWith("]"));
  }

  /** A menu row or a breadcrumb: items parted by " | ", " / ", " > ", " » ", " · " or " • ". */
  private static boolean isMenuOrCrumbs(String s) {
    return s.contains(" | ") || s.contains(" / ") || s.contains(" > ") || s.contains(" \u00BB ") || s.contains(" \u00B7 ")
        || s.contains(" \u2022 ") || isBreadcrumb(s);
  }

  /** "1:14 p.m." and "Washington, D.C." end in a period that ends no sentence. */
  private static boolean endsInAbbreviation(String s) {
    return s.endsWith("p.m.") || s.endsWith("a.m.") || s.endsWith("P.M.") || s.endsWith("A.M.") || s.endsWith("D.C.");
  }

  /** {@code "[Narrator] In front of you …"}: one to three capitalized words in brackets, then a capitalized sentence. */
  private static boolean startsWithBracketedName(String s) {
    int close = s.indexOf(']');
    if (s.isEmpty() || s.charAt(0) != '[' || close < 3 || close > 30 || close + 2 >= s.length() || s.charAt(close + 1) != ' '
        || !Character.isUpperCase(s.charAt(close + 2))) {
      return false;
    }
    String[] words = s.substring(1, close).split(" ");
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    return words.length <= 3;
  }

  private static boolean startsTurn(String s) {
    return Prose.startsWithSpeakerLabel(s) || SpeakerTurns.startsWithLabel(s);
  }

  /** A headline of two sentences, the last ending in a period ("… banner. Here's how to tell the difference."): 5 to 30 words. */
  private static boolean endsHeadlineWithPeriod(String s) {
    if (!Prose.endsWithPeriod(s) || Prose.endsWithEllipsis(s) || s.length() > MAX_DEK) {
      return false;
    }
    int words = Prose.wordCount(s);
    return words >= 5 && words <= 30 && Character.isUpperCase(s.charAt(0)) && !isHeaderLine(s)
        && !Prose.startsWithSpeakerLabel(s) && !SpeakerTurns.startsWithLabel(s);
  }

  /** A row of page controls between the header and the body ("Share Tweet TheHill.com"): five words at most, 50 chars, no sentence. */
  private static boolean isControlRow(String s) {
    return isTinyLine(s) || s.length() <= 50 && Prose.wordCount(s) <= 5 && !Prose.endsLikeSentence(s) && !s.endsWith(":")
        || isControlLabel(s);
  }

  /** A control's label over its buttons, the buttons gone or glyphs: {@code "Share:"}, {@code "Font size:"}, {@code "Share this article:"}. */
  private static boolean isControlLabel(String s) {
    return s.endsWith(":") && s.length() <= 30 && CONTROL_LABELS.contains(s.substring(0, s.length() - 1).strip().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> CONTROL_LABELS = Set.of("share", "share this", "share this article", "share this story",
      "share on", "font size", "text size", "listen", "listen to this article", "follow us", "follow", "print");

  /**
   * Body text: a sentence of eight words or more (or one that ends in a colon, introducing a quote
   * or a list: "… it is a grey box with four words:"), or a speaker's turn.
   */
  private static boolean opensBody(String s) {
    return Prose.startsWithSpeakerLabel(s) || SpeakerTurns.startsWithLabel(s) || isCaseCaption(s)
        || Prose.wordCount(s) >= 8 && (Prose.endsLikeSentence(s) || s.endsWith(":") || s.length() >= 200);
  }

  /**
   * A site name, a section label or a breadcrumb above the headline ("Business", "UN News", "Home
   * Environment Flooding and coastal change"): tries the headline one to three lines down, and
   * removes the lines above it when one is found there.
   */
  private boolean underHeaderLabels(Draft draft) {
    List<Block> more = firstBlocks(TextLines.firstLines(draft.text(), MAX_MENU_KICKERS + 8));
    int kickerWords = kickerWords(more.get(0));
    int full = isTinyLine(more.get(0).single()) ? 0 : 1;
    String office = null;
    for (int k = 1; k <= MAX_MENU_KICKERS && k + 1 < more.size(); k++) {
      String single = more.get(k).single();
      if (single != null && isOfficeName(single)) {
        // "News Release" / "Ministry of Water, Land and Resource Stewardship" / the date / the
        // headline: the issuing office is a kicker, no headline, and the publisher before the
        // portal's name at the top.
        office = office == null ? single : office;
        continue;
      }
      if (single != null && isFieldLine(single) && more.get(k - 1).single() != null && isFieldLine(more.get(k - 1).single())) {
        return false; // a document's fields ("Location: …" / "Attendance: …"), no kickers over a headline
      }
      if (underKickers(more.get(k), kickerWords) && applyAt(draft, more, k)) {
        for (int i = 0; i < k; i++) {
          draft.remove(more.get(i).start(), more.get(i).end(), KICKER_ID);
        }
        if (office != null && !namesABody(more.get(0).single())) {
          // (A site that is itself a public body, "Press Information Bureau", publishes the
          // ministries' releases: it stays the publisher.)
          draft.publisherIfAbsent(office);
        }
        publisherAbove(draft, more, k);
        return true;
      }
      if (!isKicker(more.get(k))) {
        return false;
      }
      // A site's menu flattened one item a line ("Home", "News", "Sport", "Weather"): up to six
      // lines in all, three of them longer than two words.
      if (!isTinyLine(more.get(k).single()) && ++full > MAX_KICKERS) {
        return false;
      }
      kickerWords = Math.max(kickerWords, kickerWords(more.get(k)));
    }
    return false;
  }

  /**
   * The site's name as the first kicker above the headline gives the publisher, when it reads as
   * one ({@link Masthead#isSiteName}); the page may name it again anywhere below the headline,
   * footer included, so the text before any step's edit is searched. A menu's words alone over it
   * ({@code "Menu"}, {@code "Search"}) are passed over, two lines at most.
   */
  private static void publisherAbove(Draft draft, List<Block> blocks, int k) {
    int at = 0;
    while (at < 2 && at + 1 < k && blocks.get(at).single() != null && isMenuWordsOnly(blocks.get(at).single())) {
      at++;
    }
    Block headline = blocks.get(k);
    String name = blocks.get(at).single();
    if (name != null) {
      siteNameAsPublisher(draft, name, headline.single() == null ? name : headline.single());
    }
  }

  /**
   * {@link #siteNameAsPublisher(Draft, String, String)} for the page's first line, or the one under
   * it when the first is a row of items set apart by wide gaps ({@code "Watch Live   Schedule
   * Shows"} over {@code "Turtle Island Broadcast Network"}), a language switch, or a menu's words
   * alone ({@code "Menu"} over {@code "The Darling Downs Courier"}); two such lines at most.
   */
  private static void siteNameAsPublisher(Draft draft, List<TextLines.Line> lines, @Nullable String headline) {
    int first = 0;
    while (first < 2 && lines.size() > first + 2 && (isSpacedRow(draft, lines.get(first))
        || isLanguageSwitch(lines.get(first).text()) || isMenuWordsOnly(lines.get(first).text()))) {
      first++;
    }
    siteNameAsPublisher(draft, lines.get(first).text(), headline);
  }

  /** A line of one or two of a menu's words ({@code "Menu"}, {@code "Search"}, {@code "Log in"}). */
  private static boolean isMenuWordsOnly(String line) {
    if (line.length() > 20) {
      return false;
    }
    String[] words = line.toLowerCase(java.util.Locale.ROOT).split(" +");
    if (words.length > 2) {
      return false;
    }
    for (String w : words) {
      if (!MENU_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code name}, the first line above the headline, is the publisher when it reads as the site's
   * name ({@link Masthead#isSiteName}), named again in the text before any step's edit: below the
   * headline's first place in it, or anywhere when {@code headline} is null.
   */
  private static void siteNameAsPublisher(Draft draft, String name, @Nullable String headline) {
    String original = draft.originalText();
    String below = original;
    if (headline != null) {
      int headlineAt = original.indexOf(headline);
      below = headlineAt < 0 ? "" : original.substring(headlineAt);
    }
    if (Masthead.isSiteName(name, below) || sharesTheHoldersName(name, draft.publisher())) {
      draft.publisherIfAbsent(withoutLeadingInitials(name));
    }
  }

  /**
   * Whether the line at the top and the footer's copyright holder name the same body, one the
   * other's longer form: {@code "Souk Capital"} and {@code "Souk Capital Media FZ-LLC"}, {@code
   * "Diocese of Marietta"} and {@code "Roman Catholic Diocese of Marietta"}, {@code "Salt Lake
   * County Health Department"} and {@code "Salt Lake County"}. The masthead is then the site's
   * name, as it prints it.
   */
  static boolean sharesTheHoldersName(String name, @Nullable String holder) {
    if (holder == null || !Masthead.hasNameShape(name) || name.length() < 4 || holder.equals(name) || Masthead.isSectionLabel(name)) {
      return false;
    }
    return extendsName(holder, name) || extendsName(name, holder)
        || holder.endsWith(" " + name) && Prose.wordCount(name) >= 2;
  }

  /** Whether {@code longer} starts with the whole of {@code shorter} and goes on after a space or a comma. */
  private static boolean extendsName(String longer, String shorter) {
    return longer.length() > shorter.length() + 1 && longer.startsWith(shorter)
        && (longer.charAt(shorter.length()) == ' ' || longer.charAt(shorter.length()) == ',');
  }

  /**
   * A masthead without the initials its logo sets before the name ({@code "MNN Meridian News
   * Network"} gives {@code "Meridian News Network"}): a first word in capitals that spells the
   * initials of the words after it, joining words aside.
   */
  static String withoutLeadingInitials(String name) {
    String s = name.strip();
    int space = s.indexOf(' ');
    if (space < 2) {
      return s;
    }
    String first = s.substring(0, space);
    String rest = s.substring(space + 1).strip();
    StringBuilder initials = new StringBuilder();
    for (String w : rest.split(" +")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    return first.contentEquals(initials) ? rest : s;
  }

  /**
   * Whether the text opens a Q&amp;A: its first line is a question (ends in '?', at most 25 words)
   * over an answer, and another such question follows within the next six lines. The opening
   * question is the interview's, not a headline; a second cleaning of an interview whose header
   * went in the first one starts so.
   */
  private static boolean opensQuestionsAndAnswers(Draft draft) {
    List<TextLines.Line> lines = TextLines.firstLines(draft.text(), 8);
    if (lines.size() < 3 || !isQuestion(lines.get(0).text()) || isQuestion(lines.get(1).text())) {
      return false;
    }
    for (int i = 2; i < lines.size(); i++) {
      if (isQuestion(lines.get(i).text())) {
        return true;
      }
    }
    return false;
  }

  /** Lines after the first answer in which {@link #questionFollows} looks for the next question. */
  static final int QUESTION_LOOKAHEAD = 12;

  /**
   * Whether another question stands alone on its line over an answer within {@value
   * #QUESTION_LOOKAHEAD} lines after line {@code b}, the first answer: a FAQ ("Do I need a library
   * card …?" / answer / "How do I sign in?" / answer) or an interview.
   */
  private static boolean questionFollows(Draft draft, int b) {
    List<TextLines.Line> lines = TextLines.firstLines(draft.text(), b + QUESTION_LOOKAHEAD + 1);
    for (int i = b + 1; i + 1 < lines.size(); i++) {
      String s = lines.get(i).text();
      if (isQuestion(s) && !isQuestion(lines.get(i + 1).text()) && Prose.wordCount(lines.get(i + 1).text()) >= 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuestion(String s) {
    return s.endsWith("?") && Prose.wordCount(s) <= 25;
  }

  /** The words a kicker counts for against the headline under it: a breadcrumb's count for none. */
  private static int kickerWords(Block kicker) {
    String s = kicker.single();
    return s == null || isBreadcrumb(s) ? 0 : Prose.wordCount(s);
  }

  /**
   * A headline under kickers is a full one: five words at least, more than any kicker above it,
   * and no byline's shape. "Anna Nowak in Bialystok" under "Voices from the border" is the
   * subject of a photo essay under its headline, not a headline under a section label.
   */
  private static boolean underKickers(Block b, int kickerWords) {
    String s = b.single();
    if (s == null) {
      return false;
    }
    int words = Prose.wordCount(s);
    return words >= 5 && words > kickerWords && !BylineExtractor.looksLikeByline(s);
  }

  /**
   * Takes the headline at {@code blocks[k]} (and the dek under it, and the author lines between
   * them and the body) when what follows reads as a headline's; returns whether it did.
   */
  private boolean applyAt(Draft draft, List<Block> blocks, int k) {
    Block b0 = blocks.get(k);
    String known = draft.title();
    if (known != null) {
      String knownDek = draft.subtitle();
      if (knownDek != null && b0.single() != null && sameTitle(b0.single(), knownDek)) {
        draft.remove(b0.start(), b0.end()); // the page's dek, its headline gone with the page's header
        return true;
      }
      if (b0.single() != null && sameTitle(b0.single(), known)) {
        draft.remove(b0.start(), b0.end());
        if (knownDek != null && blocks.size() >= k + 2 && blocks.get(k + 1).single() != null
            && sameTitle(blocks.get(k + 1).single(), knownDek)) {
          draft.remove(blocks.get(k + 1).start(), blocks.get(k + 1).end());
        } else if (blocks.size() >= k + 3 && isDek(blocks.get(k + 1)) && !continuesBelow(blocks.get(k + 2))
            && isBody(blocks.get(k + 2), blocks.get(k + 1))) {
          takeDek(draft, blocks.get(k + 1).single());
          draft.remove(blocks.get(k + 1).start(), blocks.get(k + 1).end());
        }
        return true;
      }
      return false;
    }
    if (!isHeadline(b0) || continuesBelow(blocks.get(k + 1))
        || b0.single() != null && isFieldLine(b0.single()) && blocks.get(k + 1).single() != null
            && isFieldLine(blocks.get(k + 1).single())) {
      return false; // (a document's first two fields: "Routes affected: …" / "When: …")
    }
    Block b1 = blocks.get(k + 1);
    // "Ingrid Lunden and Kif Leswing" under the headline is no dek: author lines are tried first
    // when the line under the headline is one, and otherwise after the dek and label shapes.
    boolean authorsFirst = authorLine(b1.single()) != null && !isSectionLabel(b1);
    if (authorsFirst && withAuthorLines(draft, blocks, k)) {
      return true;
    }
    if (isBody(b1, b0) && !(isSentenceDek(b1) && headerLineRemovedBetween(draft, b1,
        blocks.size() >= k + 3 ? blocks.get(k + 2) : null))) {
      draft.titleIfAbsent(b0.single());
      draft.remove(b0.start(), b0.end());
      return true;
    }
    // Under kickers a dek reads as one: "Talks Begin in Geneva", "Second round of talks begins",
    // "Third line here" are three short lines of the body, not a kicker, a headline and its dek.
    if (vouchedFor(draft, blocks, k)) {
      draft.titleIfAbsent(b0.single());
      draft.remove(b0.start(), b0.end());
      return true;
    }
    if (blocks.size() >= k + 3 && (isDek(b1) && (k == 0 || !isKicker(b1))
            || isSentenceDek(b1) && headerLineRemovedBetween(draft, b1, blocks.get(k + 2)))
        && !continuesBelow(blocks.get(k + 2)) && isBody(blocks.get(k + 2), b1)) {
      draft.titleIfAbsent(b0.single());
      takeDek(draft, b1.single());
      draft.remove(b0.start(), b0.end());
      draft.remove(b1.start(), b1.end());
      return true;
    }
    // The headline and its dek, a byline or date line removed under them, then a short opening
    // ("Lewis Hart will not forget his first Premier League start in a hurry.") over the body.
    if (blocks.size() >= k + 3 && (isDek(b1) && (k == 0 || !isKicker(b1)) || isSentenceDek(b1))
        && opensAfterRemovedHeader(draft, blocks, k + 1)) {
      draft.titleIfAbsent(b0.single());
      takeDek(draft, b1.single());
      draft.remove(b0.start(), b0.end());
      draft.remove(b1.start(), b1.end());
      return true;
    }
    if (isSectionLabel(b1)) {
      // The headline, then one or two section labels a government page sets under it ("Media
      // Note", "OFFICE OF THE SPOKESPERSON"), then the body: the headline is the title; the labels
      // stay, as a line of two words could be the body's own.
      List<Block> more = blocks.size() >= k + 5 ? blocks : firstBlocks(TextLines.firstLines(draft.text(), k + 5));
      int j = k + 1;
      while (j < more.size() && j <= k + 2 && isSectionLabel(more.get(j))) {
        j++;
      }
      if (j < more.size() && !continuesBelow(more.get(j)) && isBody(more.get(j), more.get(j - 1))) {
        draft.titleIfAbsent(b0.single());
        draft.remove(b0.start(), b0.end());
        return true;
      }
      return false;
    }
    if (!authorsFirst && withAuthorLines(draft, blocks, k)) {
      return true;
    }
    if (isTinyLine(b1.single())) {
      // "Translate", "Comment", "Share": page controls between the headline and the body stay, and
      // do not hide the headline.
      List<Block> more = blocks.size() >= k + 5 ? blocks : firstBlocks(TextLines.firstLines(draft.text(), k + 5));
      int j = k + 1;
      while (j < more.size() && j <= k + 2 && isTinyLine(more.get(j).single())) {
        j++;
      }
      if (j < more.size() && !continuesBelow(more.get(j)) && isBody(more.get(j), b0)) {
        draft.titleIfAbsent(b0.single());
        draft.remove(b0.start(), b0.end());
        return true;
      }
    }
    return false;
  }

  /**
   * The headline, maybe a dek, then the author's name on a line of its own (maybe with a role
   * under it, or handles or a place after it) and the body: {@code "Ingrid Lunden"}, {@code
   * "Otsieno Namwaya" / "Associate Director, Africa Division"}, {@code "Gerry Thornley at
   * Murrayfield"}, {@code "Kif Leswing @in/kifleswing/ @kifleswing"}. A name alone is no byline
   * anywhere else; between a headline and the body it is. Up to three short page controls
   * ({@code "Comment"}, {@code "Share"}) may stand between them and the body; they stay.
   */
  private boolean withAuthorLines(Draft draft, List<Block> blocks, int k) {
    List<Block> more = blocks.size() >= k + 8 ? blocks : firstBlocks(TextLines.firstLines(draft.text(), k + 8));
    if (more.size() < k + 3) {
      return false;
    }
    Block b0 = more.get(k);
    int j = k + 1;
    Block dek = null;
    // Between a headline and an author's line, a dek may be a sentence or two ("More white storks
    // are skipping the long flight to Africa. Researchers think …").
    if ((isDek(more.get(j)) || isSentenceDek(more.get(j)) || isShortProseDek(more.get(j)))
        && authorLine(more.get(j + 1).single()) != null) {
      dek = more.get(j);
      j++;
    }
    List<String> authors = new ArrayList<>();
    List<Block> authorLines = new ArrayList<>();
    String outlet = null;
    LocalDate date = null;
    while (j < more.size() && authorLines.size() < 4) {
      String s = more.get(j).single();
      AuthorLine line = !authorLines.isEmpty() && isRoleLine(s) ? null : readAuthorLine(s);
      if (line != null) {
        authors.addAll(line.names());
        outlet = outlet != null ? outlet : line.outlet();
        date = date != null ? date : line.date();
      } else if (authorLines.isEmpty() || !isRoleLine(s)) {
        break;
      }
      authorLines.add(more.get(j));
      j++;
    }
    if (authors.isEmpty()) {
      return false;
    }
    Block above = authorLines.get(authorLines.size() - 1);
    int controls = 0;
    while (j < more.size() && controls < 3 && isTinyLine(more.get(j).single())) {
      j++;
      controls++;
    }
    if (j >= more.size() || continuesBelow(more.get(j)) || !isBody(more.get(j), above)) {
      return false;
    }
    draft.titleIfAbsent(b0.single());
    draft.remove(b0.start(), b0.end());
    if (dek != null) {
      takeDek(draft, dek.single());
      draft.remove(dek.start(), dek.end());
    }
    authors.forEach(draft::addAuthor);
    draft.publisherIfAbsent(outlet);
    draft.publishedIfAbsent(date);
    for (Block b : authorLines) {
      draft.remove(b.start(), b.end(), BylineExtractor.ID);
    }
    return true;
  }

  /**
   * The names an author line under a headline states: names alone ({@code "Ingrid Lunden"}, {@code
   * "A and B"}), a name and a place ({@code "Gerry Thornley at Murrayfield"}), or a name and its
   * handles ({@code "Kif Leswing @in/kifleswing/ @kifleswing"}); null when it is none of these.
   */
  static @Nullable List<String> authorLine(@Nullable String s) {
    AuthorLine line = readAuthorLine(s);
    return line == null ? null : line.names();
  }

  /** What an author line states: its names, and the outlet and date after them, if any. */
  record AuthorLine(List<String> names, @Nullable String outlet, @Nullable LocalDate date) {}

  /** Separators between a name and its outlet: {@code "Gwen Hollister | Sun Valley Record"}. */
  private static final String[] OUTLET_SEPARATORS = {" | ", " \u00B7 ", " \u2022 ", " \u2014 ", " / "};

  /**
   * {@link #authorLine}, and an outlet after a separator ({@code "Gwen Hollister | Sun Valley
   * Record"}: at most five words, 40 chars, capitalized but for "of", "the", "and", no sentence or
   * clause punctuation), and a role after the name ({@code "Helen Ashworth Social affairs
   * correspondent"}: the name of two or three words, then at most four words ending in a role).
   */
  static @Nullable AuthorLine readAuthorLine(@Nullable String s) {
    if (s == null || s.length() > 80 || s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
      return null;
    }
    // The first separator on the line: "Jordan Pike @jordanpike / 9:00 AM PST • January 23, 2024".
    String sep = null;
    int at = -1;
    for (String candidate : OUTLET_SEPARATORS) {
      int i = s.indexOf(candidate);
      if (i > 0 && (at < 0 || i < at)) {
        at = i;
        sep = candidate;
      }
    }
    if (sep != null) {
      String rest = s.substring(at + sep.length()).strip();
      List<String> names = namesOnly(s.substring(0, at));
      if (names == null) {
        return null;
      }
      if (isOutletName(rest)) {
        return new AuthorLine(names, rest, null);
      }
      // "Lotte van Dijk · 20 February 2024", "Ananya Rao | Mumbai | Updated: Oct 12, 2023 08:14
      // IST": under the headline, names and a date line are a byline.
      DateLineExtractor.DateLine line = rest.length() <= 160 ? DateLineExtractor.parse(rest) : null;
      return line != null && !line.readingTimeOnly() ? new AuthorLine(names, null, line.published()) : null;
    }
    List<String> names = namesOnly(s);
    if (names == null) {
      names = nameBeforeRole(s);
    }
    if (names == null && s.indexOf(", ") > 0) {
      String signed = authorOfLine(s); // "Alicia Brandt, author of Gist Generate", "Jane Doe, Staff Writer"
      int comma = s.indexOf(", ");
      if (signed == null && s.indexOf(", ", comma + 2) < 0 && s.startsWith("The ", comma + 2) && isOutletName(s.substring(comma + 2))
          && PersonNames.isName(s.substring(0, comma)) && Prose.wordCount(s.substring(0, comma)) >= 2) {
        signed = s.substring(0, comma); // "Elena Marchetti-Howe, The Conversation": the outlet is not the page's
      }
      names = signed == null ? null : List.of(signed);
    }
    return names == null ? null : new AuthorLine(names, null, null);
  }

  private static boolean isOutletName(String s) {
    if (s.isEmpty() || s.length() > 40 || Prose.wordCount(s) > 5) {
      return false;
    }
    for (String w : s.split(" ")) {
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || w.equals("of") || w.equals("the") || w.equals("and"))
          || w.indexOf(',') >= 0 || w.indexOf(':') >= 0 || w.indexOf(';') >= 0 || w.endsWith(".")) {
        return false;
      }
    }
    return !s.contains("@") && !CONTROL_WORDS.contains(s.toLowerCase(Locale.ROOT));
  }

  /** "Helen Ashworth Social affairs correspondent": the name of two or three words before a role phrase. */
  private static @Nullable List<String> nameBeforeRole(String s) {
    String[] words = s.split(" ");
    if (words.length < 3 || words.length > 7
        || !ROLE_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (int n = 2; n <= 3 && words.length - n >= 1 && words.length - n <= 4; n++) {
      String name = String.join(" ", Arrays.copyOf(words, n));
      List<String> names = Character.isUpperCase(words[n].charAt(0)) ? namesOnly(name) : null;
      if (names != null && names.size() == 1) {
        return names;
      }
    }
    return null;
  }

  /** The names of a line that holds names, maybe with handles or a place after them; null otherwise. */
  private static @Nullable List<String> namesOnly(String s) {
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
      return null;
    }
    String who = s;
    int handle = s.indexOf(" @");
    if (handle > 0) {
      for (String t : s.substring(handle + 1).split(" ")) {
        if (!t.startsWith("@") || t.length() < 2) {
          return null;
        }
      }
      who = s.substring(0, handle);
    } else {
      int at = s.indexOf(" at ");
      if (at > 0) {
        String place = s.substring(at + 4);
        if (place.isEmpty() || Prose.wordCount(place) > 3 || !PersonNames.isNameWord(place.split(" ")[0])) {
          return null;
        }
        who = s.substring(0, at);
      }
    }
    List<String> names = PersonNames.parseList(who);
    if (names.isEmpty() || names.size() > 3) {
      return null;
    }
    for (String n : names) {
      if (Prose.wordCount(n) > 4) {
        return null; // "Authorities Should Close Abusive Centers": a dek in title case, not a name
      }
    }
    for (String w : who.split(" ")) {
      if (CONTROL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return null; // "Social Sharing", "Follow Us": a page control has the shape of a name
      }
    }
    return names;
  }

  /**
   * A role under an author's name: {@code "Consumer Affairs Correspondent"}, {@code "Associate
   * Director, Africa Division"}, {@code "Senior Writer, Science"}: at most eight words and 80 chars,
   * one of them a role, no sentence end.
   */
  /**
   * A contributor's line about themself under their name and role ({@code "Priya Nandakumar"} /
   * {@code "Contributor"} / {@code "I write about the economics of hybrid work."}): a sentence of
   * at most 20 words in the first person, right under a role line.
   */
  private static boolean isContributorTagline(List<TextLines.Line> lines, int i) {
    if (i < 1 || !isRoleLine(lines.get(i - 1).text())) {
      return false;
    }
    String s = lines.get(i).text();
    return (s.startsWith("I ") || s.startsWith("I'm ") || s.startsWith("I\u2019m ")) && Prose.wordCount(s) <= 20
        && Prose.endsLikeSentence(s);
  }

  private static boolean isRoleLine(@Nullable String s) {
    if (s == null || s.isEmpty() || s.length() > 80 || !Character.isUpperCase(s.charAt(0)) || Prose.hasSentenceEnd(s)
        || Prose.wordCount(s) > 8) {
      return false;
    }
    for (String w : s.split("[ ,]+", 10)) {
      if (ROLE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ROLE_WORDS = Set.of(
      "editor", "correspondent", "writer", "reporter", "columnist", "contributor", "producer", "journalist", "analyst",
      "fellow", "photographer", "director", "researcher", "professor", "officer", "manager", "chief", "head", "lead",
      "editor-at-large", "commentator", "critic", "economist", "strategist", "adviser", "advisor");

  /** Words of page controls that have a name's shape ("Social Sharing", "Related Stories"). */
  private static final Set<String> CONTROL_WORDS = Set.of(
      "share", "sharing", "follow", "subscribe", "comment", "comments", "listen", "watch", "print", "email", "social",
      "related", "stories", "story", "advertisement", "sponsored", "newsletter", "more", "read", "video", "audio", "photos",
      "gallery", "topics", "sign", "log", "menu", "search", "home", "news", "live", "updates", "translate", "loading");

  /**
   * A page control left between the header and the body: a line of one or two words, 20 chars at
   * most. A line ending in a colon ("Related coverage:") introduces what follows: it is no control.
   */
  private static boolean isTinyLine(@Nullable String s) {
    if (s == null || s.length() > 20 || Prose.wordCount(s) > 2 || s.endsWith(":")) {
      return false;
    }
    // "Loading...": a control's ellipsis is no sentence end
    String bare = s.endsWith("...") ? s.substring(0, s.length() - 3) : s.endsWith("\u2026") ? s.substring(0, s.length() - 1) : s;
    return !bare.isEmpty() && !Prose.endsLikeSentence(bare);
  }

  /**
   * Two section names either side of one bar, each of at most three words that all start with a
   * capital (or are "&", "and", "of"), no sentence mark: {@code "Arts & Culture | Books"}.
   */
  private static boolean isSectionPair(String s, int bar) {
    if (s.length() > 60 || s.indexOf(" | ", bar + 3) >= 0) {
      return false;
    }
    return isSectionName(s.substring(0, bar)) && isSectionName(s.substring(bar + 3));
  }

  private static boolean isSectionName(String part) {
    String[] words = part.strip().split(" ");
    if (words.length == 0 || words.length > 3 || words[0].isEmpty()) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || w.equals("&") || w.equals("and") || w.equals("of"))
          || w.indexOf('.') >= 0 || w.indexOf(',') >= 0 || w.indexOf(':') >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line above the headline that a page sets there: a site or section name of at most five words
   * and 40 chars with no sentence or clause punctuation ({@code "Business"}, {@code "Cricket
   * News"}, {@code "Global perspective Human stories"}), a breadcrumb ({@link #isBreadcrumb}), or a
   * photo caption that credits its photo ({@code "… © 2024 Private"}). It goes only when a
   * headline follows within three lines.
   */
  static boolean isKicker(Block b) {
    String s = b.single();
    if (s == null || s.isEmpty()) {
      return false;
    }
    if (s.length() <= 40 && Prose.wordCount(s) <= 5) {
      char last = s.charAt(s.length() - 1);
      return last != '.' && last != ',' && last != ';' && last != ':' && last != '!' && last != '?'
          && !Prose.startsWithSpeakerLabel(s) && !SpeakerTurns.startsWithLabel(s);
    }
    return s.length() <= 120 && isBreadcrumb(s) || s.length() <= 300 && s.indexOf('\u00A9') > 0;
  }

  /**
   * A section label alone on its line, of the kinds government and newsroom pages set between
   * the headline and the body: {@code "Media Note"}, {@code "Press Releases"}, {@code "Readout"},
   * {@code "OFFICE OF THE SPOKESPERSON"}. Known labels only: a short capitalized line could be a
   * name ("Antony Blinken") or the body's own.
   */
  private static boolean isSectionLabel(Block b) {
    String s = b.single();
    if (s == null || s.length() > 48) {
      return false;
    }
    String f = Prose.fold(s);
    return SECTION_LABELS.contains(f) || f.startsWith("office of the ") && Prose.wordCount(f) <= 6;
  }

  private static final Set<String> SECTION_LABELS = Set.of(
      "media note", "media notes", "press release", "press releases", "press statement", "statement", "statements",
      "statements and releases", "readout", "readouts", "remarks", "speeches and remarks", "fact sheet", "fact sheets",
      "briefing", "briefings", "press briefing", "press briefings", "briefing room", "media advisory", "notice to the press",
      "testimony", "transcript", "transcripts", "interview", "interviews", "news release", "news releases",
      "news", "latest news", "presidential actions", "commentary", "analysis", "opinion", "op-ed", "blog post");

  /**
   * The first lines, each as a block of its own: the layout step makes every line a
   * paragraph, so judging lines keeps a second run from seeing a headline the first run did not.
   */
  private static List<Block> firstBlocks(List<TextLines.Line> lines) {
    List<Block> out = new ArrayList<>();
    for (TextLines.Line l : lines) {
      // A long line is body text whatever it says: copy only its start.
      String text = l.length() <= 400 ? l.text() : l.source().substring(l.start(), l.start() + 400);
      out.add(new Block(l.start(), l.end(), List.of(text)));
    }
    return out;
  }

  /** A next line that starts in lower case continues a hard-wrapped sentence: no headline above it. */
  private static boolean continuesBelow(Block next) {
    char c = next.lines().get(0).charAt(0);
    return Character.isLetter(c) && Character.isLowerCase(c);
  }

  /**
   * A headline is never a labelled byline, a date line or a reading time either: those stay when
   * their rule is off ({@code --disable meta.reading-time}), and are then no title. (Unlabelled
   * byline shapes are not asked about: "Pentagon Reviews Troop Movement Bottlenecks in Europe" has
   * the shape of "Julian Borger in Washington".)
   */
  static boolean isHeadline(Block b) {
    String s = b.single();
    return s != null && s.length() <= MAX_HEADLINE && headlineShaped(s, 30) && !isBreadcrumb(s)
        && BylineExtractor.parse(s) == null && DateLineExtractor.parse(s) == null && !isCaseCaption(s);
  }

  /**
   * {@code "Home About Press Releases"}, {@code "News › World › Europe"}, {@code "English | Español
   * | Français"}: navigation, not a headline. One {@code " | "} may sit in a headline; two make a
   * menu.
   */
  static boolean isBreadcrumb(String s) {
    // "Home Environment Flooding and coastal change"; "Home insurance premiums rise" is a headline.
    int bar = s.indexOf(" | ");
    if (bar > 0 && isSectionPair(s, bar)) {
      return true; // "Arts & Culture | Books", "World | Europe"
    }
    return s.startsWith("Home ") && s.length() > 5 && Character.isUpperCase(s.charAt(5)) || s.contains(" > ") || s.contains(" \u203A ") || s.contains(" \u00BB ")
        || s.contains(" / ") || (bar >= 0 && s.indexOf(" | ", bar + 3) >= 0);
  }

  /** A dek is never a byline, a date line or a reading time: those steps missed it, so it stays. */
  static boolean isDek(Block b) {
    String s = b.single();
    // A question is a FAQ's first question as often as a dek: it stays.
    // Five words at least: "Who needs a permit" over a paragraph is the first section's heading.
    return s != null && s.length() <= MAX_DEK && headlineShaped(s, 60) && Prose.wordCount(s) >= 5 && !isHeaderLine(s)
        && !creditsSomeone(s) && !s.endsWith("?") && authorOfLine(s) == null && !isCaseCaption(s) && !isEventDetails(s)
        && FieldRow.dates(s) == null; // (a row of the page's fields: "Posted by: … , Posted on: 4 March 2025 - …")
  }

  /**
   * When and where the event a transcript records took place, a header's field and no dek:
   * {@code "Meeting held Saturday, January 18, 2025, online and at the Rocky Ridge Community
   * Hall"}, {@code "Recorded live at the Lyric Theatre on 3 May 2024"}.
   */
  static boolean isEventDetails(String s) {
    for (String opening : EVENT_OPENINGS) {
      if (s.startsWith(opening)) {
        return !Prose.hasSentenceEnd(s);
      }
    }
    return false;
  }

  private static final List<String> EVENT_OPENINGS = List.of("Meeting held ", "Hearing held ", "Session held ", "Held on ",
      "Held at ", "Recorded on ", "Recorded at ", "Recorded live ", "Filmed at ", "Filmed on ", "Taped on ", "Taped at ",
      "Event date:", "Event:", "Delivered at ", "Delivered on ", "Speech delivered ", "Remarks delivered ");

  /**
   * A case's caption, the first line of a court filing's or a litigation release's text ({@code
   * "Securities and Exchange Commission v. Desmond A. Karr, No. 1:25-cv-00312 (S.D.N.Y. filed Jan.
   * 10, 2025)"}): the parties parted by "v." and the case's number. Body text, no dek.
   */
  static boolean isCaseCaption(String s) {
    int v = s.indexOf(" v. ");
    if (v < 0) {
      v = s.indexOf(" vs. ");
    }
    return v > 0 && (s.indexOf("No. ", v) > 0 || s.indexOf("Case No", v) > 0 || s.indexOf("Civil Action", v) > 0
        || s.indexOf("-cv-", v) > 0 || s.indexOf("-cr-", v) > 0);
  }

  /**
   * Whether {@code s} reads as a header line the metadata steps take: a byline or a date line.
   * Other steps ask it to leave such lines alone.
   */
  public static boolean looksLikeHeaderLine(String s) {
    return s.length() <= MAX_HEADLINE && isHeaderLine(s);
  }

  private static boolean isHeaderLine(String s) {
    return BylineExtractor.looksLikeByline(s) || DateLineExtractor.parse(s) != null;
  }

  /**
   * A byline in a shape the byline step did not read: "… by NAME" in its first four words ({@code
   * "Story by Nick Timiraos • 3 min read"}, {@code "Commentary by Bonnie S. Glaser — …"}), or a
   * reading time anywhere. It is no dek, whatever else it is ("Press Briefing by Press Secretary
   * Jen Psaki" is a title).
   */
  private static boolean creditsSomeone(String s) {
    int by = s.indexOf(" by ");
    if (by > 0 && by + 4 < s.length() && Character.isUpperCase(s.charAt(by + 4)) && Prose.wordCount(s.substring(0, by)) <= 3) {
      return true;
    }
    return Prose.containsLowerCased(s, "min read") || Prose.containsLowerCased(s, "minute read");
  }

  /**
   * Politico's dek: one sentence that ends with a period ({@code "Officials fear Ukraine could
   * misread a push for diplomacy with Moscow."}). It reads like the first sentence of the body, so
   * it is a dek only where a byline or date line was removed right below it (see {@link
   * #headerLineRemovedBetween}).
   */
  /** Two or three sentences, 320 chars at most, no quotation and no speaker's label: a dek over an author's line. */
  private static boolean isShortProseDek(Block b) {
    String s = b.single();
    if (s == null || s.length() > MAX_DEK || !Prose.endsLikeSentence(s) || s.indexOf('\u201C') >= 0 || s.indexOf('"') >= 0
        || Prose.startsWithSpeakerLabel(s) || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    int ends = 0;
    for (int i = 1; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && s.charAt(i + 1) == ' ' && Character.isLowerCase(s.charAt(i - 1))) {
        ends++;
      }
    }
    return ends <= 2 && !isHeaderLine(s);
  }

  private static boolean isSentenceDek(Block b) {
    return b.single() != null && isSentenceDek(b.single());
  }

  private static boolean isSentenceDek(String s) {
    if (s.length() > MAX_DEK || !Prose.endsWithPeriod(s) || Prose.endsWithEllipsis(s)) {
      return false;
    }
    String bare = s.substring(0, s.length() - 1);
    return !Prose.hasSentenceEnd(bare) && headlineShaped(bare, 60) && Prose.wordCount(bare) >= 5 && !isHeaderLine(s);
  }

  /**
   * Whether a byline or date line was removed right under the headline at {@code blocks[k]}, and
   * what follows them is prose however short: a sentence of three words or more over body text
   * ({@code "“Subscribe, share and tell a neighbor.”"} opening a story). The removed lines vouch
   * for the headline; the short sentence stays.
   */
  private static boolean vouchedFor(Draft draft, List<Block> blocks, int k) {
    return opensAfterRemovedHeader(draft, blocks, k);
  }

  /**
   * Whether a byline or date line was removed right under {@code blocks[above]} (the headline or
   * its dek), and after them, past at most three page controls ({@code "View comments"}), comes a
   * sentence of three words or more over body text.
   */
  private static boolean opensAfterRemovedHeader(Draft draft, List<Block> blocks, int above) {
    List<Block> more = blocks.size() >= above + 6 ? blocks : firstBlocks(TextLines.firstLines(draft.text(), above + 6));
    int j = above + 1;
    if (j >= more.size() || !headerLineRemovedBetween(draft, more.get(above), more.get(j))) {
      return false;
    }
    while (j < more.size() && j <= above + 3 && isTinyLine(more.get(j).single())) {
      j++;
    }
    if (j + 1 >= more.size()) {
      return false;
    }
    Block opening = more.get(j);
    String s = String.join(" ", opening.lines());
    return Prose.endsLikeSentence(s) && Prose.wordCount(s) >= 3 && !continuesBelow(opening)
        && !continuesBelow(more.get(j + 1)) && isBody(more.get(j + 1), opening);
  }

  /** Whether a header line (byline, date) was removed between {@code dek} and {@code body}. */
  private static boolean headerLineRemovedBetween(Draft draft, Block dek, Block body) {
    if (body == null) {
      return false;
    }
    int[] changed = draft.changedSince(HEADER_LINES);
    if (changed == null) {
      return false; // not tracked (the source-line step is off): keep the sentence
    }
    for (int k = 0; k + 1 < changed.length; k += 2) {
      if (changed[k] >= dek.end() && changed[k + 1] <= body.start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * One line of 3..maxWords words with no sentence-final period and no lead-in punctuation. Two
   * words are too few: section labels ("Media Note", "Press Releases") and language switchers
   * ("English Español") sit where headlines do.
   */
  static boolean headlineShaped(String s, int maxWords) {
    int words = Prose.wordCount(s);
    if (words < 3 || words > maxWords) {
      return false;
    }
    if (Character.isDigit(s.charAt(0)) && isNumberedSense(s)) {
      return false; // "1 : a line at the head of a newspaper article …": a dictionary's sense
    }
    int bar = s.indexOf(" | ");
    if (bar > 0 && Prose.wordCount(s.substring(0, bar)) <= 3 && Prose.wordCount(s.substring(bar + 3)) <= 3) {
      return false; // "Opinion | Guest column": a section and its part
    }
    if (bar > 0 && FieldRow.date(s) != null) {
      return false; // "Opinion summary | Decided February 20, 2025": a row of the page's fields
    }
    if (s.contains(" \u00B7 ") || s.contains(" \u2022 ")) {
      return false; // "Lang: eng · Sentiment: -0.21": fields or menu items
    }
    if (isMenuRow(s)) {
      return false; // "News Weather Traffic Sports Watch Live Closings"
    }
    if (hasControlGlyph(s) || isCreditOrFieldLabel(s) || isImageAltText(s) || startsWithCount(s) || isFiledUnder(s)
        || isCallToAction(s)
        || Prose.indexOfIgnoringCase(s, "last updated", 0) >= 0) {
      // (nor a post's category, "Filed under Bulletins", nor a widget's note with its stamp, "… Last updated: 11:47 PM")
      return false; // "Translate Select Language ▼", "Share ✉ Tweet More"; "English translation: Peter Wahl"
    }
    if (s.indexOf('@') >= 0 || DateLineExtractor.isTopicList(s) || DateLineExtractor.isValidityField(s)) {
      return false; // "Region 5 Public Affairs (r5press@epa.gov)", "Categories: Seed saving, Tomatoes"
    }
    char last = s.charAt(s.length() - 1);
    if (last == ',' || last == ';' || last == ':' || last == '-' || last == '\u2014' || last == '\u2013'
        || Prose.endsWithPeriod(s) && !endsWithInitialism(s) || Prose.endsWithEllipsis(s)) {
      return false;
    }
    if (last == '?' && words > 20) {
      return false; // a question of more than twenty words is a paragraph's, however it stands
    }
    char first = s.charAt(0);
    // (a sum opens many a headline: "$24m for new Northland marine hub", "£1bn plan …"; five words
    // at least, so that a price with its shop, "$649 at Amazon", is none)
    boolean sum = "$€£¥₹".indexOf(first) >= 0 && s.length() > 1 && Character.isDigit(s.charAt(1)) && words >= 5;
    if (!(Character.isLetterOrDigit(first) || sum || first == '"' || first == '\u201C' || first == '\'' || first == '\u2018')) {
      return false;
    }
    if (first != Character.toUpperCase(first)) {
      return false;
    }
    return !Prose.startsWithSpeakerLabel(s) && !SpeakerTurns.startsWithLabel(s) && DateParser.parse(s).isEmpty()
        && !startsWithFullDate(s);
  }

  /** A control's glyph: a menu's arrow, a player's triangle, an envelope for e-mail. */
  /**
   * A page's counter at the start of a line: {@code "61,408 views Mar 3, 2025 Shop Projects"},
   * {@code "1.2K plays"}, {@code "348 reads"}: digits (maybe with {@code ,} or {@code .} and a
   * {@code K} or {@code M}), then a counted word.
   */
  static boolean startsWithCount(String s) {
    int i = 0;
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || i > 0 && (s.charAt(i) == ',' || s.charAt(i) == '.'))) {
      i++;
    }
    if (i == 0 || i >= s.length()) {
      return false;
    }
    if (s.charAt(i) == 'K' || s.charAt(i) == 'M') {
      i++;
    }
    if (i >= s.length() || s.charAt(i) != ' ') {
      return false;
    }
    int e = s.indexOf(' ', i + 1);
    String word = s.substring(i + 1, e < 0 ? s.length() : e);
    // then the line ends or the page's next field starts ("… views Mar 3, 2025"); "61 views of Mount Fuji …" is a headline's
    return COUNTED_WORDS.contains(word) && (e < 0 || e + 1 < s.length() && !Character.isLowerCase(s.charAt(e + 1)));
  }

  private static final Set<String> COUNTED_WORDS = Set.of("views", "plays", "listens", "reads", "watching", "viewers");

  /**
   * A button's or a link's label a page sets on its own line: {@code "Add to calendar"}, {@code
   * "Get directions"}, {@code "Why you can trust The Harbour Standard"} (a newsroom's trust link).
   */
  static boolean isCallToAction(String s) {
    if (s.length() > 80) {
      return false;
    }
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    // (and a public radio story's programme label: "Heard on The Morning Line", "Heard on All Things Considered")
    return CALLS_TO_ACTION.contains(lower) || lower.startsWith("why you can trust ") || s.startsWith("Heard on ");
  }

  private static final Set<String> CALLS_TO_ACTION = Set.of("add to calendar", "add to my calendar", "add to your calendar",
      "get directions", "book tickets", "buy tickets", "book your tickets", "view on map", "download the programme",
      "download the program", "see all events", "view all events");

  /** A post's category line: {@code "Filed under Bulletins"}, {@code "Posted in News, Events"}. */
  static boolean isFiledUnder(String s) {
    return s.startsWith("Filed under ") || s.startsWith("Filed Under ") || s.startsWith("Posted in ") || s.startsWith("Categories: ")
        || s.startsWith("Category: ");
  }

  /** An image's alternative text left on its line: {@code "Photo of a ferry arriving at Brodick"}. */
  static boolean isImageAltText(String s) {
    for (String opening : ALT_OPENINGS) {
      if (s.startsWith(opening)) {
        return true;
      }
    }
    return endsWithPhotoCredit(s);
  }

  /**
   * A caption that ends with its photo's credit in parentheses: {@code "… at work in a Round
   * Rock, Texas, fulfillment center. (PRNewsfoto/Keystone Robotics, Inc.)"}, {@code "(AP
   * Photo/Evan Vucci)"}, {@code "(Photo: Ana Ruiz)"}, {@code "(Photo by …)"}: the parenthesis
   * names a photo or an image and gives its source after a slash, a colon or "by". A headline's
   * own tag, {@code "(PHOTOS)"} or {@code "(VIDEO)"}, is one word and stays a headline.
   */
  static boolean endsWithPhotoCredit(String s) {
    if (!s.endsWith(")")) {
      return false;
    }
    int open = s.lastIndexOf('(');
    if (open < 0 || s.length() - open > 80) {
      return false;
    }
    String credit = s.substring(open + 1, s.length() - 1).toLowerCase(java.util.Locale.ROOT);
    boolean picture = credit.contains("photo") || credit.contains("foto") || credit.contains("image") || credit.contains("picture");
    return picture && (credit.indexOf('/') >= 0 || credit.indexOf(':') >= 0 || credit.contains(" by "));
  }

  private static final String[] ALT_OPENINGS = {"Photo of ", "Image of ", "Picture of ", "Photograph of ", "Illustration of ",
    "A photo of ", "An image of ", "A picture of "};

  private static boolean hasControlGlyph(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (CONTROL_GLYPHS.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final String CONTROL_GLYPHS = "\u25BC\u25BE\u25B2\u25B6\u25BA\u2709\u2304\u2630";

  /**
   * A credit or a field rather than a headline: a label of two words in sentence case and a
   * short value that is a person's name or holds a year ({@code "English translation: Peter
   * Wahl"}, {@code "Reference period: Census night, 24 March 2024"}; {@code "Ukraine tensions:
   * Blinken and Lavrov meet in Geneva"} is a headline), a credit's opening ({@code "Image via …"}, {@code "Photo by …"}) or a
   * label whose name is gone ({@code "Fact checked by"}).
   */
  private static boolean isCreditOrFieldLabel(String s) {
    if (s.endsWith(" by") || s.startsWith("Image via ") || s.startsWith("Photo via ") || s.startsWith("Photo by ")
        || s.startsWith("Image by ") || s.startsWith("Photograph by ")) {
      return true;
    }
    int colon = s.indexOf(": ");
    if (colon <= 0 || colon > 30) {
      return false;
    }
    String label = s.substring(0, colon);
    String value = s.substring(colon + 2).strip();
    int space = label.indexOf(' ');
    return space > 0 && space + 1 < label.length() && label.indexOf(' ', space + 1) < 0 && Character.isLowerCase(label.charAt(space + 1))
        && Prose.wordCount(value) <= 6 && (PersonNames.isName(value) || holdsAYear(value));
  }

  /** Whether {@code s} holds a year of four digits (1900 to 2099) as a word of its own. */
  private static boolean holdsAYear(String s) {
    for (int i = 0; i + 4 <= s.length(); i++) {
      if ((s.startsWith("19", i) || s.startsWith("20", i)) && Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))
          && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) && (i + 4 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 4)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the last word is an initialism's letters and dots ("… in southern B.C.", "… to the U.S."): no sentence's end. */
  static boolean endsWithInitialism(String s) {
    String last = s.substring(s.lastIndexOf(' ') + 1);
    if (last.length() < 4 || last.length() % 2 != 0) {
      return false;
    }
    for (int i = 0; i < last.length(); i += 2) {
      if (!Character.isUpperCase(last.charAt(i)) || last.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the line opens with a whole date of two to four words ({@code "May 2, 2024 Ottawa,
   * Ontario Transport Canada"}, a release's dateline): no headline does.
   */
  private static boolean startsWithFullDate(String s) {
    if (!(Character.isDigit(s.charAt(0)) || DateParser.isMonthName(s.substring(0, Math.min(s.length(), 9)).split("[ .,]")[0]))) {
      return false;
    }
    int cut = s.indexOf(' ');
    for (int words = 1; cut > 0 && words <= 4; words++) {
      if (words >= 2 && DateParser.parse(s.substring(0, cut).replaceAll(",$", "")).isPresent()) {
        return true;
      }
      cut = s.indexOf(' ', cut + 1);
    }
    return false;
  }

  /** Whether {@code b} reads as body text after {@code above}. */
  private static boolean isBody(Block b, Block above) {
    String first = b.lines().get(0);
    if (Prose.startsWithSpeakerLabel(first) || SpeakerTurns.startsWithLabel(first) || b.end() - b.start() >= 400) {
      return true;
    }
    String s = String.join(" ", b.lines());
    if (b.single() != null && (headlineShaped(s, 60) || TextLines.isTrail(s))) {
      return false; // a headline, or a breadcrumb trail however long
    }
    int aboveLength = above.end() - above.start();
    return s.length() >= 200
        || (Prose.endsLikeSentence(s) && s.length() >= 60 && s.length() > aboveLength)
        || isLeadIn(s);
  }

  /**
   * A sentence that introduces what follows ({@code "The below is attributable to Spokesperson Ned
   * Price:"}) is body text. Short labels that end in a colon ({@code "Related:"}, {@code "Watch
   * live:"}) are not: they need four words and 30 chars.
   */
  private static boolean isLeadIn(String s) {
    return s.endsWith(":") && s.length() >= 30 && Prose.wordCount(s) >= 4 && !Prose.startsWithSpeakerLabel(s);
  }

  /** The page title may carry a site suffix the headline lacks: "Headline | Site", "Headline - Site". */
  static boolean sameTitle(String line, String title) {
    if (!mayStartAlike(line, title)) {
      return false; // most first lines: known from one char each, nothing folded
    }
    String t = plainQuotes(Prose.fold(title));
    if (nonBlankCharsExceed(line, t.length())) {
      return false; // folded, the line would still be longer than the folded title: no need to fold it
    }
    String l = plainQuotes(Prose.fold(line));
    if (l.equals(t)) {
      return true;
    }
    if (!t.startsWith(l)) {
      return false;
    }
    String rest = t.substring(l.length());
    return rest.startsWith(" | ") || rest.startsWith(" - ") || rest.startsWith(" \u2013 ") || rest.startsWith(" \u2014 ")
        || rest.startsWith(" :: ");
  }

  /**
   * False when the folded line and the folded title cannot start with the same char, so the line
   * can be neither the title nor a prefix of it: their first visible chars, lower-cased, with
   * plain quotes, differ. (Lower-casing a whole text starts with the first char's lower case,
   * U+0130 included; a surrogate, or a text with no visible char, is left to the full test.)
   */
  private static boolean mayStartAlike(String line, String title) {
    char a = firstVisible(line);
    char b = firstVisible(title);
    if (a == 0 || b == 0 || Character.isSurrogate(a) || Character.isSurrogate(b)) {
      return true;
    }
    return plainQuote(Character.toLowerCase(a)) == plainQuote(Character.toLowerCase(b));
  }

  /** The first char of {@code s} that is not blank, or 0 when there is none. */
  private static char firstVisible(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Draft.isBlank(c)) {
        return c;
      }
    }
    return 0;
  }

  private static char plainQuote(char c) {
    return c == '\u2018' || c == '\u2019' ? '\'' : c == '\u201C' || c == '\u201D' ? '"' : c;
  }

  /**
   * Whether {@code s} has more than {@code max} chars that are not blank: folding keeps every such
   * char and lower-casing never shortens one (it lengthens a few, such as U+0130), so such a line
   * never folds to a text of {@code max} chars or a prefix of one. Reads at most {@code max + 1}
   * of them.
   */
  private static boolean nonBlankCharsExceed(String s, int max) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Draft.isBlank(s.charAt(i)) && ++n > max) {
        return true;
      }
    }
    return false;
  }

  /** Page titles and headlines often differ only in quote style: compare with straight quotes. */
  private static String plainQuotes(String s) {
    char[] cs = s.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      cs[i] = plainQuote(cs[i]);
    }
    return new String(cs);
  }
}
