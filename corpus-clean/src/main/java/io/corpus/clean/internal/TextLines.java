package io.corpus.clean.internal;

import io.corpus.clean.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The non-blank lines of a text with their offsets, grouped into blocks (a block ends at a blank
 * line), and the header and tail zones that metadata and footer rules look at.
 *
 * <p>Rules that run after other removals see blank-line runs the layout step has not folded yet, so
 * blocks are found by blank lines, not by {@code "\n\n"}. One linear pass. Immutable.
 */
public final class TextLines {

  /**
   * One non-blank line. Its text is cut from the source only when asked for, so rules that skip
   * long lines by {@link #length()} copy nothing.
   *
   * @param start offset of the first visible char
   * @param end offset after the last visible char
   * @param block index of the block (paragraph) the line belongs to
   * @param source the whole text the offsets refer to
   */
  public static final class Line {
    private final int start;
    private final int end;
    private final int block;
    private final String source;
    /** The text, made at the first ask: up to ten steps read each line of an unchanged text. */
    private @Nullable String text;

    Line(int start, int end, int block, String source) {
      this.start = start;
      this.end = end;
      this.block = block;
      this.source = source;
    }

    public int start() {
      return start;
    }

    public int end() {
      return end;
    }

    public int block() {
      return block;
    }

    public String source() {
      return source;
    }

    /** The line without surrounding blanks. */
    public String text() {
      String t = text;
      if (t == null) {
        t = source.substring(start, end);
        text = t; // a benign race: every thread would make the same string
      }
      return t;
    }

    public int length() {
      return end - start;
    }

    /** The first visible char. */
    public char first() {
      return source.charAt(start);
    }

    /** The last visible char. */
    public char last() {
      return source.charAt(end - 1);
    }

    /** Where the line starts, the blanks before its first visible char included: after the line feed before it. */
    public int startWithBlanks() {
      int s = start;
      while (s > 0 && source.charAt(s - 1) != '\n') {
        s--;
      }
      return s;
    }

    /** Where the line ends, the blanks after its last visible char included: at the next line feed or the end. */
    public int endWithBlanks() {
      int e = source.indexOf('\n', end);
      return e < 0 ? source.length() : e;
    }

    @Override
    public String toString() {
      return "Line[" + start + ", " + end + ", block " + block + "]";
    }
  }

  /** Lines of a header zone are at most this many (a government page may stack a dozen lines of furniture over its headline). */
  public static final int MAX_HEADER_LINES = 40;
  /** Lines of a tail zone are at most this many. */
  public static final int MAX_TAIL_LINES = 8;
  /** A tail-zone line is at most this long: longer lines are body text. */
  public static final int MAX_TAIL_LINE = 600;

  private final String text;
  private final List<Line> lines;

  private TextLines(String text, List<Line> lines) {
    this.text = text;
    this.lines = lines;
  }

  /**
   * The lines of the text this thread split last. Ten steps split the text of a document, and
   * most of them change nothing, so the next one usually asks for the very same string (the same
   * object: a commit that changes the text makes a new one). One entry per thread, replaced by
   * the next text split on it.
   */
  private static final ThreadLocal<TextLines> LAST = new ThreadLocal<>();

  /** Splits {@code text} into its non-blank lines (or returns this thread's last split of it). */
  public static TextLines of(String text) {
    TextLines last = LAST.get();
    if (last != null && last.text == text) {
      return last;
    }
    TextLines split = split(text);
    LAST.set(split);
    return split;
  }

  /**
   * The first {@code max} non-blank lines of {@code text} (fewer when it has fewer): this thread's
   * last split when it is of this text, otherwise a split that stops after them, so a step that
   * looks only at the top of a text it did not change reads only the top.
   */
  public static List<Line> firstLines(String text, int max) {
    TextLines last = LAST.get();
    List<Line> all = last != null && last.text == text ? last.lines : split(text, max);
    return all.size() <= max ? all : all.subList(0, max);
  }

  private static TextLines split(String text) {
    return new TextLines(text, split(text, Integer.MAX_VALUE));
  }

  /** The first {@code max} non-blank lines of {@code text}. */
  private static List<Line> split(String text, int max) {
    List<Line> out = new ArrayList<>();
    int n = text.length();
    int block = 0;
    boolean blankSinceLast = false;
    int i = 0;
    while (i <= n && out.size() < max) {
      int lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int s = i;
      int e = lineEnd;
      while (s < e && Draft.isBlank(text.charAt(s))) {
        s++;
      }
      while (e > s && Draft.isBlank(text.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        blankSinceLast = true;
      } else {
        if (blankSinceLast && !out.isEmpty()) {
          block++;
        }
        blankSinceLast = false;
        out.add(new Line(s, e, block, text));
      }
      i = lineEnd + 1;
    }
    return List.copyOf(out);
  }

  public String text() {
    return text;
  }

  public List<Line> lines() {
    return lines;
  }

  public int size() {
    return lines.size();
  }

  public Line get(int i) {
    return lines.get(i);
  }

  /** Whether line {@code i} is the only line of its block. */
  public boolean standsAlone(int i) {
    int b = lines.get(i).block();
    return (i == 0 || lines.get(i - 1).block() != b) && (i + 1 == lines.size() || lines.get(i + 1).block() != b);
  }

  /**
   * How many leading lines form the header zone: the lines before the first line that reads as
   * body text (see {@link #isBodyLine}), at most {@link #MAX_HEADER_LINES}. Zero when no body line
   * follows, so a text of nothing but short lines has no header to strip.
   */
  public int headerEnd() {
    boolean byline = false; // (once the byline has stood, a body line ends the header, whatever follows it)
    for (int i = 0; i < lines.size() && i <= MAX_HEADER_LINES; i++) {
      Line l = lines.get(i);
      if (isBodyLine(l) && (i == 0 || byline || l.length() > MAX_LEAD_LINE || !bylineBelow(i))) {
        return i;
      }
      byline |= l.length() <= 60 && isByline(l.text());
    }
    return 0;
  }

  /** A dek or a lead picture's caption is at most this long: a longer line is the story's first paragraph. */
  static final int MAX_LEAD_LINE = 300;
  /** A byline under a dek or a lead picture's caption stands within this many lines of it. */
  static final int BYLINE_REACH = 3;

  /**
   * Whether a short "By Name" line stands within {@value #BYLINE_REACH} lines under line {@code
   * i}: then line {@code i}, though it reads as body text, is above the story (a dek of two
   * sentences, a lead picture's caption: never the text's first line, which no headline stands
   * over), and the header goes on past it, unless a byline stood
   * above it, or a numbered line stands between (a reading list's entries each have theirs: "1.
   * The Long Water" / "By Helena Marsh").
   */
  private boolean bylineBelow(int i) {
    for (int k = i + 1; k <= i + BYLINE_REACH && k < lines.size(); k++) {
      Line l = lines.get(k);
      if (l.length() <= 60 && l.length() > 5 && isByline(l.text())) {
        return true;
      }
      if (Character.isDigit(l.first())) {
        return false; // an entry's number ("1. The Long Water" / "By Helena Marsh"): a list's own bylines
      }
    }
    return false;
  }

  /** {@code "By Hollis Grant"}, {@code "BY JULIA MARKOWITZ AND DEVON PRICE"}: "By", then a capitalized word, no sentence. */
  public static boolean isByline(String t) {
    return t.regionMatches(true, 0, "By ", 0, 3) && t.length() > 3 && Character.isUpperCase(t.charAt(3))
        && !Prose.hasSentenceEnd(t);
  }

  /**
   * The index of the first line of the tail zone: the trailing run of lines no longer than {@link
   * #MAX_TAIL_LINE}, at most {@link #MAX_TAIL_LINES} of them, and never the first line.
   */
  public int tailStart() {
    int i = lines.size();
    while (i > 1 && lines.size() - i < MAX_TAIL_LINES && lines.get(i - 1).length() <= MAX_TAIL_LINE) {
      i--;
    }
    return i;
  }

  /**
   * The indexes of the header-zone lines and then of the tail-zone lines, each once, in order:
   * where header and footer metadata lines may stand.
   */
  public int[] headerAndTail() {
    return headerAndTail(headerEnd());
  }

  /** {@link #headerAndTail()} with the header zone ending at {@code headerEnd}, as a caller found it. */
  public int[] headerAndTail(int headerEnd) {
    int tailStart = Math.max(headerEnd, tailStart());
    int[] out = new int[headerEnd + lines.size() - tailStart];
    for (int i = 0; i < headerEnd; i++) {
      out[i] = i;
    }
    for (int i = tailStart; i < lines.size(); i++) {
      out[headerEnd + i - tailStart] = i;
    }
    return out;
  }

  private static final java.util.Set<String> METADATA_LABELS =
      java.util.Set.of("SOURCE", "AUTHOR", "AUTHORS", "BY", "BYLINE", "PUBLISHED", "UPDATED", "DATE", "PHOTO",
          "IMAGE", "CREDIT", "PUBLISHER", "JOURNALIST", "REPORTER", "FEATURING",
          // a ticker's or a kicker's label over a headline ("BREAKING: Fire guts …"), no speaker's
          "BREAKING", "BREAKING NEWS", "JUST IN", "LATEST", "DEVELOPING", "EXCLUSIVE", "WATCH", "LISTEN", "ALSO READ",
          "READ MORE", "RELATED", "TRENDING", "VIDEO", "PHOTOS", "SPONSORED", "OPINION", "ANALYSIS");

  /** {@code "SOURCE: Reuters"} has the shape of a speaker label but is a metadata line. */
  static boolean startsWithMetadataLabel(String line) {
    int colon = line.indexOf(':');
    return colon > 0 && METADATA_LABELS.contains(line.substring(0, colon).strip());
  }

  /**
   * Whether a line reads as body text: it starts with a transcript speaker label, or it is at
   * least 120 chars and holds a sentence end.
   */
  static boolean isBodyLine(Line l) {
    // Only the first 80 chars matter for a speaker label; a long line needs the sentence scan.
    return isBodyLine(l.length() <= 400 ? l.text() : l.source().substring(l.start(), l.start() + 400));
  }

  public static boolean isBodyLine(String line) {
    if (Prose.startsWithSpeakerLabel(line) && !startsWithMetadataLabel(line)) {
      return true;
    }
    return line.length() >= 120 && Prose.hasSentenceEndBeforeCapital(line) && !isTrail(line);
  }

  /** The index of the line that starts at or spans {@code offset}, or -1 (between lines, past the end). */
  public int indexOfLineAt(int offset) {
    int lo = 0;
    int hi = lines.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Line l = lines.get(mid);
      if (offset < l.start()) {
        hi = mid - 1;
      } else if (offset >= l.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** A sentence ending in a colon introduces at most this many lines under it (a list's items, more). */
  public static final int MAX_INTRODUCED = 3;

  /** A list whose items share a separator ({@code "Search – Chwilio"}) runs at most this many lines under its sentence. */
  public static final int MAX_LIST_ITEMS = 16;

  /**
   * Whether line {@code i} of {@code lines} stands in what a sentence ending in a colon introduces
   * (the sentence at most {@value #MAX_INTRODUCED} lines up, every line between 120 chars at
   * most): a quoted byline, credit or message the text is about ({@code "The byline should have
   * read:"} / {@code "By Callum Reddy"}; {@code "Others are vague:"} / {@code "Please enable
   * JavaScript to view this page."}). The sentence has six words or more, starts with a capital
   * and ends in a lower-case word (a speaker's label in capitals introduces a turn); a promo's
   * ({@code "Sign up for our newsletter to get the news in your inbox:"}) or a share row's
   * introduces page furniture, and does not count.
   */
  public static boolean introducedByColon(List<Line> lines, int i) {
    if (i > 0 && i + 1 < lines.size() && throughALabel(lines.get(i - 1), lines.get(i + 1))) {
      return true;
    }
    // Up to the nearest line that ends in a colon, over short lines only: read in place, so most
    // lines cost a char test or two.
    int colon = -1;
    for (int k = i - 1; k >= 0 && i - k <= MAX_LIST_ITEMS; k--) {
      Line above = lines.get(k);
      if (above.source().charAt(above.end() - 1) == ':') {
        colon = k;
        break;
      }
      if (above.length() > 120 || reportsAQuote(above.text())) {
        return false; // (or the story has gone on: "“That one,” she said, “I don’t mind.”")
      }
    }
    if (colon < 0) {
      return false;
    }
    if (i - colon > MAX_INTRODUCED && !inQuotedItems(lines, colon, i) && !underShortItems(lines, colon, i)) {
      // Past the first three lines only a list whose items share the separator runs on, or
      // quoted items, each with its few short lines.
      String separator = itemSeparator(lines.get(i).text());
      if (separator == null) {
        return false;
      }
      for (int k = colon + 1; k < i; k++) {
        if (!lines.get(k).text().contains(separator)) {
          return false;
        }
      }
    }
    String t = lines.get(colon).text();
    if (EXAMPLE_LABELS.contains(t.toLowerCase(java.util.Locale.ROOT)) && i - colon <= MAX_INTRODUCED) {
      return true; // "Example:" over the example: a glossary's, a style guide's
    }
    // (a paragraph may open with a quote: "“Dad never worked out …,” she said. … A typical post ends:")
    int first = t.length() > 1 && (t.charAt(0) == '\u201C' || t.charAt(0) == '"' || t.charAt(0) == '\u2018') ? 1 : 0;
    // (or goes on from the sentence before in lower case: "and at the bottom of each sheet:")
    return (Character.isUpperCase(t.charAt(first)) || Character.isLowerCase(t.charAt(first)) && colon > 0 && i - colon <= 2)
        && t.length() >= 2 && Character.isLowerCase(t.charAt(t.length() - 2))
        && Prose.wordCount(t) >= 6 && (!PAGE_FURNITURE_INTRO.anyIn(lastSentence(t)) || endsInAVerbOfQuoting(t));
  }

  /** A label alone over an example it sets apart. */
  private static final Set<String> EXAMPLE_LABELS = Set.of("example:", "examples:", "for example:", "e.g.:", "sample:",
      "for instance:", "example", "examples");

  /** Verbs a sentence quotes a page's words with, right before its colon (folded). */
  private static final Set<String> QUOTING_VERBS = Set.of("says", "said", "asks", "asked", "reads", "read", "shows", "showed",
      "displays", "displayed", "ends", "ended", "begins", "began", "appears", "appeared", "replies", "replied", "warns", "warned");

  /**
   * Whether the sentence before the colon ends in a verb of quoting ({@code "Click yes, and the box
   * says:"}, {@code "A typical post … ends:"}): what follows is quoted, whatever page words the
   * sentence names ("Click" names a control, not the lines under it).
   */
  private static boolean endsInAVerbOfQuoting(String t) {
    int end = t.length() - 1; // the colon
    int start = t.lastIndexOf(' ', end - 1) + 1;
    return end - start <= 10 && QUOTING_VERBS.contains(t.substring(start, end).toLowerCase(java.util.Locale.ROOT));
  }

  /** A line of the story that reports what someone said, with the quote: {@code "“That one,” she said, “I don’t mind.”"}. */
  private static boolean reportsAQuote(String t) {
    if (t.indexOf('\u201C') < 0 && t.indexOf('"') < 0) {
      return false;
    }
    for (String verb : new String[] {" said", " says", " told", " asked"}) {
      int at = t.indexOf(verb);
      if (at > 0 && (at + verb.length() == t.length() || !Character.isLetter(t.charAt(at + verb.length())))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs a sentence names a button or a label with, its object the line under them. */
  private static final Set<String> PRESS_VERBS = Set.of("tap", "taps", "tapping", "tapped", "click", "clicks", "clicking",
      "clicked", "press", "presses", "pressing", "pressed", "hit", "hits", "hitting", "select", "selects", "selecting",
      "selected", "reads", "read", "reading", "labelled", "labeled", "marked", "titled");

  /**
   * Whether a sentence runs through the line between {@code above} and {@code below}, the line its
   * verb's object: {@code above} ends in a verb of pressing or reading with no mark after it, and
   * {@code below} goes on in lower case ({@code "… usually late at night, tapping"} / {@code
   * "Continue reading"} / {@code "without thinking about it."}). A promo that splits a paragraph
   * has no such verb before it.
   */
  private static boolean throughALabel(Line above, Line below) {
    char next = below.first();
    if (!Character.isLowerCase(next)) {
      return false;
    }
    String src = above.source();
    int end = above.end();
    if (!Character.isLowerCase(src.charAt(end - 1))) {
      return false;
    }
    int start = end - 1;
    while (start > above.start() && end - start <= 10 && Character.isLetter(src.charAt(start - 1))) {
      start--;
    }
    return start > above.start() && src.charAt(start - 1) == ' ' && PRESS_VERBS.contains(src.substring(start, end));
  }

  /**
   * The last sentence of a line: what introduces the lines under its colon ({@code "Residents who
   * clicked it got a translation. Another page carried a button, labeled simply:"} introduces a
   * button's label, and its first sentence's "clicked" says nothing of it).
   */
  private static String lastSentence(String t) {
    for (int k = t.length() - 2; k > 0; k--) {
      char c = t.charAt(k);
      if ((c == '.' || c == '?' || c == '!') && t.charAt(k + 1) == ' ' && k + 2 < t.length()
          && Character.isUpperCase(t.charAt(k + 2)) && Character.isLowerCase(t.charAt(k - 1))) {
        return t.substring(k + 2);
      }
    }
    return t;
  }

  /**
   * Whether the lines under the colon's sentence up to line {@code i} are quoted items, each a
   * line that opens with a quotation mark and at most three short lines under it (six words at
   * most: {@code "Reply · Report · 3h"}, {@code "14 likes"}): comments or posts a story shows.
   */
  private static boolean inQuotedItems(List<Line> lines, int colon, int i) {
    int run = 0;
    for (int k = colon + 1; k <= i; k++) {
      Line line = lines.get(k);
      char first = line.first();
      if (first == '\u201C' || first == '"') {
        run = 0;
      } else if (k == colon + 1 || ++run > MAX_INTRODUCED || Prose.wordCount(line.text()) > 6) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether line {@code i}, a sentence at most six lines down, follows short labels the text lists
   * under the colon's sentence, no sentence among them ({@code "Among the most common:"} /
   * {@code "Paid partnership with Lumière Skin"} / {@code "#ad"} / {@code "Gifted – PR product"} /
   * the affiliate notice it quotes).
   */
  private static boolean underShortItems(List<Line> lines, int colon, int i) {
    // (only a quoted sentence: a page's own label after a list, "ADVERTISEMENT", is furniture)
    if (i - colon > 6 || !Prose.endsLikeSentence(lines.get(i).text())) {
      return false;
    }
    for (int k = colon + 1; k < i; k++) {
      Line line = lines.get(k);
      if (line.length() > 60 || Prose.hasSentenceEnd(line.text())) {
        return false;
      }
    }
    return true;
  }

  /** The separator of a list item's two parts ({@code "Search – Chwilio"}), or null. */
  private static @Nullable String itemSeparator(String line) {
    for (String s : new String[] {" \u2013 ", " \u2014 ", " - "}) {
      if (line.contains(s)) {
        return s;
      }
    }
    return null;
  }

  /** Words of a colon line that introduces page furniture: a sign-up form, an app, share buttons. */
  private static final LowerCasedPhrases PAGE_FURNITURE_INTRO = LowerCasedPhrases.of(List.of("sign up", "subscribe",
      "newsletter", "follow us", "follow me", "follow our", "follow the", "download", "click", "tap ", "share",
      "leave a comment", "post a comment", "add a comment", "comment below", "comments below", "your comment", "this article", "this story", "read more", "related", "also read", "see also", "watch", "listen",
      "get the app", "inbox", "sponsored", "advertisement", "you may also", "you might also", "recommended",
      "more from", "more stories"));

  /**
   * A breadcrumb trail or a menu row, however long ({@code "Home > Office of the Spokesperson >
   * Press Releases > United States Announces …"}): two or more of the same separator, {@code " > "},
   * {@code " » "}, {@code " › "} or {@code " | "}, in the line's first 200 chars.
   */
  public static boolean isTrail(String line) {
    // One pass over the first 200 chars, counting each separator ("x > y" is ' ', '>', ' ').
    int gt = 0;
    int guillemet = 0;
    int angle = 0;
    int bar = 0;
    int n = Math.min(line.length(), 200);
    for (int i = 1; i + 1 < n; i++) {
      char c = line.charAt(i);
      if ((c == '>' || c == '\u00BB' || c == '\u203A' || c == '|') && line.charAt(i - 1) == ' ' && line.charAt(i + 1) == ' ') {
        int k = c == '>' ? ++gt : c == '\u00BB' ? ++guillemet : c == '\u203A' ? ++angle : ++bar;
        if (k >= 2) {
          return true;
        }
      }
    }
    return false;
  }
}
