package io.corpus.clean.normalize;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.meta.HeadlineExtractor;
import io.corpus.clean.transcript.SpeakerTurns;

/**
 * Joins the lines of hard-wrapped text back into paragraphs: mail, plain-text dumps and some PDF
 * extractions break every paragraph at a fixed width ("…to confirm the nominee after a" /
 * "months-long delay, ending a standoff…"), and without this step each of those lines would become
 * a paragraph of its own.
 *
 * <p>A document counts as hard-wrapped only when its lines show a wrap width: the lines that have
 * another line right under them are at most {@value #MAX_WIDTH} chars (bar one in ten), and the
 * width is the longest of them, or, when that shows no wrap, the length that 85 in a hundred of
 * them keep under (a few lines that were never wrapped, a print header with its address, are
 * longer, and keep their breaks); of the lines at least six tenths of that width long, three in five (and {@value #MIN_WRAPS} at least) stop
 * where the first word of the next line would not have fitted within the width (less a tenth, for
 * proportional fonts); and of those, at least a third stop inside a sentence (after a letter or
 * digit) and at least a third go on with a word in lower case. A web page flattened one paragraph
 * per line has lines of every length, or lines that each hold a sentence, and never qualifies; nor
 * does a poem, a list or an address, whose lines end where their author ended them.
 *
 * <p>In such a document a line break becomes a space where the next word would not have fitted,
 * unless either line holds {@code " | "} (a PDF's running header, a menu), or the next line
 * starts a list item, a quote, a heading, a table row or a speaker turn; or is
 * short (under six tenths of the width), starts with a capital and ends neither a sentence nor a
 * clause ({@code "Advertisement"}, {@code "Photo: Reuters"}, a heading); or the line ends with a
 * colon; or (in a document whose paragraphs are not set apart by blank lines) the line ends a
 * sentence and the next starts with a capital: there the break may be a paragraph's end. A byline
 * or a date line is never joined to its neighbours, nor is the first line to a next line that
 * starts with a capital (it may be the headline) unless it ends a sentence or in a word no headline
 * ends with ("…a decision it made in" / "August."). A break after a hyphen between letters is
 * removed with no space ("months-" / "long" → "months-long"); the hyphen stays. Only line breaks
 * change, never a visible char; when unsure, the break stays (and becomes a paragraph break, as
 * before).
 *
 * <p>It runs first, right after white space is normalized, so that every later step reads whole
 * paragraphs (a wrapped promo or caption is one line again, a wrapped first paragraph reads as body
 * under its headline) and a second cleaning reads the same lines as the first. Linear in the text's
 * length. Cleaning the output again joins nothing: the layout has set every line apart by a blank
 * line.
 */
public final class LineUnwrapper implements CleanStep {

  public static final String ID = "layout.unwrap";
  /** The widest wrap width a document may show. */
  static final int MAX_WIDTH = 160;
  /** The narrowest. */
  static final int MIN_WIDTH = 30;
  /** Lines longer than this are never read as bylines or date lines. */
  static final int MAX_HEADER_LINE = 120;
  /** How many wrapped lines a document needs at least. */
  static final int MIN_WRAPS = 3;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Joins the lines of hard-wrapped text (mail, plain-text and PDF dumps) back into paragraphs.";
  }

  @Override
  public Phase phase() {
    return Phase.NORMALIZE;
  }

  @Override
  public void apply(Draft draft) {
    String t = draft.text();
    int width = wrapWidth(t);
    if (width < 0) {
      return;
    }
    boolean blankLineParagraphs = t.contains("\n\n");
    int start = 0;
    int n = t.length();
    // Edits are collected against this snapshot and applied when the step ends: offsets stay valid.
    while (start < n) {
      int end = lineEnd(t, start);
      int next = end + 1;
      if (end < n && next < n && t.charAt(next) != '\n') {
        int nextEnd = lineEnd(t, next);
        String join = join(t, start, end, next, nextEnd, width, blankLineParagraphs);
        if (join != null) {
          draft.normalize(end, end + 1, join);
        }
      }
      start = end + 1;
    }
  }

  /**
   * The wrap width the document shows, or -1 when it shows none: the longest line with a line
   * right under it, leaving out those longer than {@link #MAX_WIDTH} (at most one in ten), when
   * enough of those lines stop where the next word would not have fitted.
   */
  static int wrapWidth(String t) {
    int n = t.length();
    int continued = 0;
    int outliers = 0;
    int width = 0;
    int start = 0;
    while (start < n) {
      int end = lineEnd(t, start);
      if (end + 1 < n && t.charAt(end + 1) != '\n' && end > start) {
        continued++;
        int len = end - start;
        if (len > MAX_WIDTH) {
          outliers++;
          if (outliers * 10 > continued && continued >= 10 || outliers > 1 && continued < 10) {
            return -1; // lines of every length: one paragraph per line, not a wrapped text
          }
        } else {
          width = Math.max(width, len);
        }
      }
      start = end + 1;
    }
    if (width < MIN_WIDTH || continued < MIN_WRAPS || outliers * 10 > continued) {
      return -1;
    }
    if (wrapsAt(t, width)) {
      return width;
    }
    // A few long lines that were never wrapped (a print header with its address, an occasion's
    // line) set the widest line apart from the wrap width: try the width most lines keep under.
    int narrower = percentileLength(t, PERCENTILE);
    return narrower >= MIN_WIDTH && narrower < width && wrapsAt(t, narrower) ? narrower : -1;
  }

  /** The share of lines, in percent, that the narrower wrap width tried holds. */
  static final int PERCENTILE = 85;

  /** The length that {@code percent} of the lines with a line under them (and no longer than {@value #MAX_WIDTH}) do not pass. */
  private static int percentileLength(String t, int percent) {
    int[] counts = new int[MAX_WIDTH + 1];
    int total = 0;
    int n = t.length();
    int start = 0;
    while (start < n) {
      int end = lineEnd(t, start);
      int len = end - start;
      if (end + 1 < n && t.charAt(end + 1) != '\n' && len > 0 && len <= MAX_WIDTH) {
        counts[len]++;
        total++;
      }
      start = end + 1;
    }
    int want = (total * percent + 99) / 100;
    int seen = 0;
    for (int len = 0; len <= MAX_WIDTH; len++) {
      seen += counts[len];
      if (seen >= want) {
        // and the longest line within a twelfth above it: a wrap's width, not a line's
        int widest = len;
        for (int k = len + 1; k <= Math.min(MAX_WIDTH, len + len / 12); k++) {
          widest = counts[k] > 0 ? k : widest;
        }
        return widest;
      }
    }
    return MAX_WIDTH;
  }

  /** Whether the lines show a wrap at {@code width}: see the class comment. */
  private static boolean wrapsAt(String t, int width) {
    int n = t.length();
    int start;
    int longLines = 0;
    int wraps = 0;
    int midSentence = 0;
    int lowerNext = 0;
    start = 0;
    while (start < n) {
      int end = lineEnd(t, start);
      int next = end + 1;
      int len = end - start;
      if (next < n && t.charAt(next) != '\n' && len > 0 && len <= width && len * 10 >= width * 6) {
        longLines++;
        if (wouldNotFit(t, start, end, next, width)) {
          wraps++;
          if (Character.isLetterOrDigit(t.charAt(end - 1))) {
            midSentence++;
          }
          if (Character.isLowerCase(t.charAt(next))) {
            lowerNext++;
          }
        }
      }
      start = end + 1;
    }
    // Wraps fall inside sentences, before words in lower case; the lines of a poem or a list, or a
    // page's one sentence per line, end at punctuation and go on with a capital, or fit.
    return wraps >= MIN_WRAPS && wraps * 5 >= longLines * 3 && midSentence * 3 >= wraps && lowerNext * 3 >= wraps;
  }

  /** Whether the line at {@code at} starts with a browser's print stamp: {@code "1/14/25, 7:42 AM"}, {@code "21/11/2024, 21:47"}. */
  static boolean startsWithPrintStamp(String t, int at) {
    int i = at;
    int n = t.length();
    int slashes = 0;
    while (i < n && i - at < 10 && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '/')) {
      slashes += t.charAt(i) == '/' ? 1 : 0;
      i++;
    }
    if (slashes != 2 || !t.startsWith(", ", i)) {
      return false;
    }
    i += 2;
    int digits = 0;
    while (i < n && Character.isDigit(t.charAt(i)) && digits < 3) {
      i++;
      digits++;
    }
    return digits >= 1 && i < n && t.charAt(i) == ':';
  }

  /** Whether the line before the one at {@code start} starts with a print stamp: this line is the printed page's title. */
  private static boolean followsPrintStamp(String t, int start) {
    if (start < 2) {
      return false;
    }
    int prev = t.lastIndexOf('\n', start - 2) + 1;
    return start - prev <= 40 && startsWithPrintStamp(t, prev);
  }

  /** Whether the first word of the line at {@code next} would not have fitted after the line {@code [start, end)}. */
  private static boolean wouldNotFit(String t, int start, int end, int next, int width) {
    int word = next;
    int n = t.length();
    while (word < n && t.charAt(word) != ' ' && t.charAt(word) != '\n' && word - next <= width) {
      word++;
    }
    return (end - start) + 1 + (word - next) > width - width / 10;
  }

  /** What the break between two lines becomes (a space, or nothing after a hyphen), or null to keep it. */
  private static String join(String t, int start, int end, int next, int nextEnd, int width, boolean blankLineParagraphs) {
    if (end - start > width || end == start || !wouldNotFit(t, start, end, next, width)) {
      return null;
    }
    char last = t.charAt(end - 1);
    char first = t.charAt(next);
    if (last == ':' || startsBlock(t, next, nextEnd)) {
      return null;
    }
    if (holdsBar(t, start, end) || holdsBar(t, next, nextEnd)) {
      return null; // "Rethinking Freight Rail | Great Lakes Policy Center | 2": a PDF's running header, a menu
    }
    if (t.startsWith("http://", next) || t.startsWith("https://", next) || t.startsWith("www.", next)
        || startsWithPrintStamp(t, next) || startsWithPrintStamp(t, start) || followsPrintStamp(t, start)) {
      // a printed page's footer (its address) and header (a stamp, then the page's title): their
      // breaks stay for the print-header step
      return null;
    }
    if ((nextEnd - next) * 10 < width * 6 && !Character.isLowerCase(first) && !endsClause(t, next, nextEnd)) {
      return null; // "Advertisement", "Photo: Reuters", a heading: a short line of its own, not a paragraph's end
    }
    if (start == 0 && !Character.isLowerCase(first) && !endsSentence(t, start, end) && !endsInFunctionWord(t, start, end)) {
      return null; // the first line over a capital may be the headline over the body
    }
    if (end - start <= MAX_HEADER_LINE && HeadlineExtractor.looksLikeHeaderLine(t.substring(start, end))
        || nextEnd - next <= MAX_HEADER_LINE && HeadlineExtractor.looksLikeHeaderLine(t.substring(next, nextEnd))) {
      return null; // a byline or a date line stays a line of its own for the metadata steps
    }
    if (!blankLineParagraphs && endsSentence(t, start, end) && !Character.isLowerCase(first)) {
      return null;
    }
    if (last == '-' && end - start >= 2 && Character.isLetter(t.charAt(end - 2)) && Character.isLowerCase(first)) {
      return "";
    }
    return " ";
  }

  /** Words a sentence goes on after and a headline does not end with: "…a decision it made in" / "August." */
  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
      "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from", "as", "that",
      "which", "who", "is", "was", "are", "were", "will", "would", "has", "have", "had", "be", "said", "its", "their",
      "his", "her", "this", "these", "than", "into", "about", "after", "before", "under", "over", "between");

  private static boolean endsInFunctionWord(String t, int start, int end) {
    int space = t.lastIndexOf(' ', end - 1);
    if (space < start || end - space > 12) {
      return false;
    }
    return FUNCTION_WORDS.contains(t.substring(space + 1, end));
  }

  /** Whether the line ends a sentence or a clause: {@code . ! ? , ;}, maybe inside closing quotes. */
  private static boolean endsClause(String t, int start, int end) {
    char c = t.charAt(end - 1);
    return c == ',' || c == ';' || endsSentence(t, start, end);
  }

  /** Whether {@code [start, end)} holds {@code " | "}, which wrapped prose does not. */
  private static boolean holdsBar(String t, int start, int end) {
    int bar = t.indexOf(" | ", start);
    return bar >= 0 && bar + 3 <= end;
  }

  private static boolean endsSentence(String t, int start, int end) {
    return Prose.endsLikeSentence(t.substring(Math.max(start, end - 4), end));
  }

  /**
   * Whether the line at {@code [next, nextEnd)} starts a block of its own: a list item ({@code - },
   * {@code * }, {@code • }, {@code 1. }, {@code a) }), a quote or heading in markdown ({@code > },
   * {@code #}), a table row ({@code |}), or a speaker turn ({@code QUESTION:}).
   */
  private static boolean startsBlock(String t, int next, int nextEnd) {
    char c = t.charAt(next);
    if (c == '-' || c == '*' || c == '\u2022' || c == '\u2013' || c == '\u2014' || c == '>' || c == '#' || c == '|'
        || c == '\u25AA' || c == '\u25CF' || c == '\u00B7') {
      return true;
    }
    int i = next;
    while (i < nextEnd && i < next + 3 && Character.isLetterOrDigit(t.charAt(i))) {
      i++;
    }
    if (i > next && i + 1 < nextEnd && (t.charAt(i) == '.' || t.charAt(i) == ')') && t.charAt(i + 1) == ' '
        && (Character.isDigit(t.charAt(next)) || i == next + 1)) {
      return true; // "1. ", "12) ", "a) "
    }
    String line = t.substring(next, Math.min(nextEnd, next + 120));
    return Prose.startsWithSpeakerLabel(line) || SpeakerTurns.startsWithLabel(line);
  }

  /** Where the line that starts at {@code from} ends: its newline, or the text's end. */
  static int lineEnd(String t, int from) {
    int nl = t.indexOf('\n', from);
    return nl < 0 ? t.length() : nl;
  }
}
