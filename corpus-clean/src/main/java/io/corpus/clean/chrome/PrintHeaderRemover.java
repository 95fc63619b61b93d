package io.corpus.clean.chrome;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.Literal;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Removes the headers and footers a browser prints on every page when a page is saved as PDF, and
 * that text extraction leaves wherever the page broke, often in the middle of a sentence.
 *
 * <p>What goes, anywhere in the text:
 *
 * <ul>
 *   <li>a date-and-time stamp next to a page counter: {@code "11/19/21, 12:38 PM Page 1 of 3"},
 *       {@code "Page 2 of 5 2021-11-19 12:38"};
 *   <li>a page address next to a page counter: {@code "https://www.cnas.org/press/… 1/3"}
 *       (Chrome's footer), {@code "https://… Page 1 of 3"} (Safari's);
 * </ul>
 *
 * and as whole lines only: a lone stamp ({@code "11/19/2021, 12:38"}), a lone page counter
 * ({@code "Page 2 of 3"}, {@code "2 of 3"}), a counter next to a stamp ({@code "1 of 3 11/19/2021,
 * 12:38:07 PM"}, {@code "page 2 of 4 | 26.11.2021 18:04"}, Firefox), and a stamp followed by the
 * page title with a {@code " | "}, {@code " - "} or {@code " – "} site suffix (Chrome's header).
 * At a line's end: {@code "… took office. Page 2 of 5"} and a stamp glued to the last sentence
 * ({@code "…intelligence.3/9/23, 11:02 AM"}). Next to removed print chrome only: a lone {@code
 * "2/3"}, the page title with its address or stamp (Firefox, Safari) and its other copies, and a
 * page title alone after a removed line when it opens the document or recurs at another page
 * break. A page counter must count up to its total ({@code
 * "Page 4 of 3"} is not one), and prose such as {@code "page 3 of the report"} has no total, so it
 * stays. A line removed from inside a sentence is mended with one space.
 *
 * <p>Linear: the stamp pattern has only bounded quantifiers and the address is scanned by hand.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * Cleaner.standard().clean(RawDocument.text("a.txt",
 *     "activity between 11/19/21, 12:38 PM Page 1 of 3 the United States")).text();
 * // "activity between the United States"
 * }</pre>
 */
public final class PrintHeaderRemover implements CleanStep {

  public static final String ID = "chrome.print-header";

  private static final String DATE = "(?:\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2})";
  private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AaPp]\\.?[Mm]\\.?)?";
  private static final String STAMP = DATE + ",? {1,3}" + TIME;
  private static final String COUNTER = "Page \\d{1,4} of \\d{1,4}";

  /** Stamp then counter, or counter then stamp; group 1/2 or 3/4 hold the counter's numbers. */
  private static final Pattern STAMP_AND_COUNTER =
      Pattern.compile(
          "(?<![\\d/.-])" + STAMP + " {1,3}Page (\\d{1,4}) of (\\d{1,4})(?!\\d)"
              + "|(?<![\\w])Page (\\d{1,4}) of (\\d{1,4}) {1,3}" + STAMP + "(?![\\d:])");

  /** A counter's first word, found by its capital 'P'. */
  private static final Literal PAGE = new Literal("Page ", 0);

  private static final Pattern LONE_STAMP = Pattern.compile(STAMP);
  private static final Pattern LONE_COUNTER = Pattern.compile("(?i)(?:page )?(\\d{1,4}) of (\\d{1,4})");
  private static final Pattern STAMP_TITLE = Pattern.compile(STAMP + " (.{1,160})");
  /** Firefox's footer, either way round, maybe with a pipe: "1 of 3 11/19/2021, 12:38:07 PM", "page 2 of 4 | 26.11.2021 18:04". */
  private static final String SEP = "(?: {1,3}\\| {1,3}| {1,3})";
  private static final Pattern COUNTER_STAMP =
      Pattern.compile("(?i)(?:page )?(\\d{1,4}) of (\\d{1,4})" + SEP + STAMP + "|" + STAMP + SEP + "(?:page )?(\\d{1,4}) of (\\d{1,4})");
  /** Safari's header: the page title, then the stamp. */
  private static final Pattern TITLE_STAMP = Pattern.compile("(.{1,160}?) " + STAMP);
  /** A lone {@code "2/3"}: a counter only next to other print chrome. */
  private static final Pattern LONE_FRACTION = Pattern.compile("(\\d{1,3})/(\\d{1,3})");
  /** A counter glued to the end of a paragraph after its last sentence: "… took office. Page 2 of 5". */
  private static final Pattern END_COUNTER = Pattern.compile("[.!?\"\u201D\u2019]( {1,3}Page (\\d{1,4}) of (\\d{1,4}))$");
  /** A stamp glued without a space to the end of a paragraph: "… intelligence.3/9/23, 11:02 AM". */
  private static final Pattern END_STAMP = Pattern.compile("[.!?\"\u201D\u2019](" + STAMP + ")$");
  /** How far from a line's end a glued counter or stamp starts. */
  private static final int END_WINDOW = 40;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Browser print headers and footers: date-time stamps, \"Page N of M\" counters, page-address lines.";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  @Override
  public void apply(Draft draft) {
    String text = draft.text();
    List<int[]> spans = new ArrayList<>();
    stampCounters(text, spans);
    addressCounters(text, spans);
    TextLines lines = TextLines.of(text);
    stampTitlesInline(text, lines, spans);
    countersInline(text, spans);
    // A counter or stamp glued to the end of a paragraph: only lines that end in a digit or "M".
    for (int i = 0; i < lines.size(); i++) {
      TextLines.Line line = lines.get(i);
      char last = line.last();
      if (line.length() > 8 && (Character.isDigit(last) || last == 'M' || last == 'm')) {
        int[] glued = gluedAtEnd(text, line.start(), line.end());
        if (glued != null) {
          spans.add(glued);
        }
      }
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    int[] starts = new int[spans.size()];
    int[] maxEnd = new int[spans.size()];
    for (int k = 0; k < spans.size(); k++) {
      starts[k] = spans.get(k)[0];
      maxEnd[k] = Math.max(spans.get(k)[1], k > 0 ? maxEnd[k - 1] : 0);
    }
    boolean[] wholeLine = new boolean[lines.size()];
    boolean[] touched = new boolean[lines.size()];
    boolean any = false;
    // An ISO date-time alone at the top of a text with no other print chrome ("2026-01-18 14:32"
    // under a headline) is the page's date line, which the date-line step reads (browsers print
    // "11/19/21, 12:38 PM"); it is print chrome beside other print chrome or below the header.
    boolean onlyStampsAtTop = spans.isEmpty();
    Set<String> repeatedStampTitles = repeatedStampTitles(lines);
    int headerEnd = -1;
    int k = 0;
    for (int i = 0; i < lines.size(); i++) {
      TextLines.Line line = lines.get(i);
      if (((line.length() <= 200 && mayBeHeaderLine(text.charAt(line.start()))
              && (isHeaderLine(line.text()) || repeatedStampTitles.contains(line.text())))
          || covered(starts, maxEnd, line.start(), line.end())) && !quoted(lines, i)) {
        wholeLine[i] = true;
        if (onlyStampsAtTop) {
          headerEnd = headerEnd < 0 ? lines.headerEnd() : headerEnd;
          onlyStampsAtTop = i < headerEnd && isIsoStamp(line.text());
        }
      }
      while (k < starts.length && starts[k] < line.start()) {
        k++;
      }
      touched[i] = wholeLine[i] || k < starts.length && starts[k] < line.end();
      any |= touched[i];
    }
    if (any && onlyStampsAtTop) {
      return;
    }
    if (any) {
      nextToPrintChrome(lines, wholeLine, touched);
    }
    // Whole lines go through LineRemoval, which mends a sentence the header interrupted.
    int i = 0;
    while (i < lines.size()) {
      if (!wholeLine[i]) {
        i++;
        continue;
      }
      int from = i;
      while (i < lines.size() && wholeLine[i]) {
        i++;
      }
      LineRemoval.removeRun(draft, lines, from, i, ID);
    }
    for (int[] span : spans) {
      draft.remove(span[0], span[1]);
    }
  }

  /**
   * Chrome's header without a site suffix in its title ({@code "3/19/24, 10:47 AM Wabash County
   * board approves $41M jail expansion"}): the stamp and the title, the same line at two page
   * breaks or more. Only lines that start with a digit are read.
   */
  private static Set<String> repeatedStampTitles(TextLines lines) {
    Map<String, Integer> seen = null;
    Set<String> repeated = Set.of();
    for (int i = 0; i < lines.size(); i++) {
      TextLines.Line line = lines.get(i);
      if (line.length() > 200 || !Character.isDigit(line.first())) {
        continue;
      }
      String t = line.text();
      if (!STAMP_TITLE.matcher(t).matches()) {
        continue;
      }
      seen = seen == null ? new HashMap<>() : seen;
      if (seen.merge(t, 1, Integer::sum) == 2) {
        repeated = repeated.isEmpty() ? new HashSet<>() : repeated;
        repeated.add(t);
      }
    }
    return repeated;
  }

  /**
   * Whether line {@code i} is a whole line a sentence ending in a colon quotes ({@code "and at the
   * bottom of each sheet:"} / {@code "Page 1 of 2"}), not the browser's.
   */
  private static boolean quoted(TextLines lines, int i) {
    return lines.get(i).length() <= 60 && TextLines.introducedByColon(lines.lines(), i);
  }

  /**
   * Lines that are print chrome only where other print chrome stands: a lone {@code "2/3"}
   * counter; the page title with its address ({@code "Title – Site https://…"}, Firefox) or its
   * stamp ({@code "Title 11/4/21, 9:12 AM"}, Safari) next to removed chrome, and every other copy
   * of such a line; and a page title alone right after a removed line when the same line opens
   * the document or follows removed chrome at another page break too. Only documents with print
   * chrome get here, and only short lines are read.
   */
  private static void nextToPrintChrome(TextLines lines, boolean[] wholeLine, boolean[] touched) {
    int n = lines.size();
    Map<String, Integer> titlesAfterChrome = new HashMap<>();
    Set<String> pageTitles = new HashSet<>();
    // Two passes: a line found here makes its neighbour next to print chrome too (the address
    // over a "1/4" that stands over the stamp).
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < n; i++) {
        if (wholeLine[i] || lines.get(i).length() > 200) {
          continue;
        }
        boolean before = i > 0 && touched[i - 1];
        boolean after = i + 1 < n && touched[i + 1];
        String t = lines.get(i).text();
        if (before || after) {
          Matcher f = LONE_FRACTION.matcher(t);
          if (f.matches() && countsUp(Integer.parseInt(f.group(1)), Integer.parseInt(f.group(2)))) {
            wholeLine[i] = touched[i] = true;
            continue;
          }
          if (isTitleWithAddress(t) || isTitleWithStamp(t) || isAddressAlone(t)) {
            // (or the page's address alone, Chrome's footer over its "1/4")
            wholeLine[i] = touched[i] = true;
            pageTitles.add(t);
            continue;
          }
        }
        if (pass == 1 && before && isPageTitle(t)) {
          titlesAfterChrome.merge(t, 1, Integer::sum);
        }
      }
    }
    String first = n > 0 && lines.get(0).length() <= 200 ? lines.get(0).text() : null;
    for (int i = 0; i < n; i++) {
      if (wholeLine[i] || lines.get(i).length() > 200) {
        continue;
      }
      String t = lines.get(i).text();
      if (pageTitles.contains(t)) {
        wholeLine[i] = true; // another copy of a page title that stood next to print chrome
      } else if (i > 0 && touched[i - 1] && titlesAfterChrome.containsKey(t)
          && (titlesAfterChrome.get(t) >= 2 || t.equals(first))) {
        wholeLine[i] = true;
      }
    }
  }

  /** A page title: two to twenty words, starting with a capital, not ending a sentence or with a colon. */
  static boolean isPageTitle(String t) {
    int words = Prose.wordCount(t);
    char last = t.charAt(t.length() - 1);
    return words >= 2 && words <= 20 && Character.isUpperCase(t.charAt(0)) && !Prose.endsLikeSentence(t)
        && last != ':' && last != ',' && !Prose.startsWithSpeakerLabel(t);
  }

  /** A web address alone on its line: {@code "https://www.example.com/finance/story-5e1a9c3f"}. */
  static boolean isAddressAlone(String t) {
    return (t.startsWith("https://") || t.startsWith("http://")) && t.indexOf(' ') < 0 && t.length() > 12;
  }

  /** Firefox's header: {@code "Title – Site https://…"}, the address last and alone after the title. */
  static boolean isTitleWithAddress(String t) {
    int sp = t.lastIndexOf(' ');
    if (sp < 0 || !(t.startsWith("http://", sp + 1) || t.startsWith("https://", sp + 1))) {
      return false;
    }
    return isPageTitle(t.substring(0, sp).strip());
  }

  /** Safari's header: {@code "Title 11/4/21, 9:12 AM"}. */
  static boolean isTitleWithStamp(String t) {
    char last = t.charAt(t.length() - 1);
    if (!(Character.isDigit(last) || last == 'M' || last == 'm')) {
      return false;
    }
    Matcher m = TITLE_STAMP.matcher(t);
    return m.matches() && isPageTitle(m.group(1).strip());
  }

  /** The span of a counter or stamp glued to the end of the line {@code [start, end)}, or null. */
  private static int @Nullable [] gluedAtEnd(String text, int start, int end) {
    int from = Math.max(start, end - END_WINDOW);
    Matcher c = END_COUNTER.matcher(text).region(from, end);
    if (c.find() && countsUp(Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)))) {
      return new int[] {c.start(1), c.end(1)};
    }
    Matcher s = END_STAMP.matcher(text).region(from, end);
    if (s.find()) {
      return new int[] {s.start(1), s.end(1)};
    }
    return null;
  }

  /**
   * Stamp-and-counter pairs. The pattern is only tried in a small window around each {@code
   * "Page "}, so text without page counters costs one {@code indexOf} pass.
   */
  private static void stampCounters(String text, List<int[]> spans) {
    int lastEnd = -1;
    int from = 0;
    while (true) {
      int p = PAGE.in(text, from);
      if (p < 0) {
        return;
      }
      from = p + 5;
      int ws = Math.max(0, p - 40);
      int we = Math.min(text.length(), p + 60);
      Matcher m = STAMP_AND_COUNTER.matcher(text).region(ws, we);
      m.useTransparentBounds(true).useAnchoringBounds(false);
      while (m.find()) {
        if (m.start() > p || m.end() <= p || m.start() < lastEnd) {
          continue;
        }
        int page = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
        int of = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
        if (countsUp(page, of)) {
          spans.add(new int[] {m.start(), m.end()});
          lastEnd = m.end();
        }
      }
    }
  }

  /** Header lines start with a digit (a stamp, "2 of 3") or with "Page". */
  private static boolean mayBeHeaderLine(char first) {
    return Character.isDigit(first) || first == 'P' || first == 'p';
  }

  /** A lone stamp, a lone counter, or Chrome's stamp-plus-title header line. */
  static boolean isHeaderLine(String line) {
    if (line.length() > 200) {
      return false;
    }
    if (line.indexOf(':') < 0 && !hasOf(line)) {
      return false; // every shape holds a time's colon or a counter's " of ": "12 Comments" has neither
    }
    if (LONE_STAMP.matcher(line).matches()) {
      return true;
    }
    Matcher c = LONE_COUNTER.matcher(line);
    if (c.matches() && countsUp(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)))) {
      return true;
    }
    Matcher cs = COUNTER_STAMP.matcher(line);
    if (cs.matches()) {
      int g = cs.group(1) != null ? 1 : 3;
      return countsUp(Integer.parseInt(cs.group(g)), Integer.parseInt(cs.group(g + 1)));
    }
    Matcher t = STAMP_TITLE.matcher(line);
    if (t.matches()) {
      return hasSiteSuffix(t.group(1)) && !isDateLineRest(t.group(1));
    }
    return false;
  }

  /** The units a site prints after a 24-hour time ({@code "07:45 h"}, {@code "14.30 Uhr"}), lower-cased. */
  private static final Set<String> TIME_UNITS = Set.of("h", "h.", "hs", "hs.", "hrs", "hrs.", "hr", "uhr", "horas", "uur", "ч.");

  /**
   * Whether what follows a stamp is the rest of a site's date line, not a page's title: the
   * time's unit ({@code "21/03/2024 07:45 h | Actualizado el …"}) or a second stamp after the bar
   * ({@code "12.03.2025 09:10 | Updated 12.03.2025 11:45"}). A browser's header has the page's
   * title there, which neither starts with a unit nor carries a date and a time.
   */
  static boolean isDateLineRest(String title) {
    int sp = title.indexOf(' ');
    String first = sp < 0 ? title : title.substring(0, sp);
    return first.length() <= 5 && TIME_UNITS.contains(first.toLowerCase(Locale.ROOT)) || LONE_STAMP.matcher(title).find();
  }

  /** A day-first date with dots, a four-digit year and a 24-hour time, no comma: {@code "06.02.2025 14:37"}. */
  private static final Pattern DOTTED_STAMP = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4} \\d{1,2}:\\d{2}");

  /**
   * {@code "2026-01-18 14:32"}, {@code "06.02.2025 14:37"}: an ISO or a dotted date and a time,
   * alone, as a site prints its date line (a browser's header has a comma after the date, its
   * footer a page counter beside the stamp).
   */
  private static boolean isIsoStamp(String line) {
    return line.length() >= 15 && line.charAt(4) == '-' && Character.isDigit(line.charAt(0))
        && LONE_STAMP.matcher(line).matches() || line.length() <= 16 && DOTTED_STAMP.matcher(line).matches();
  }

  /** Whether {@code line} holds {@code " of "} in any case. */
  private static boolean hasOf(String line) {
    for (int i = line.indexOf(' '); i >= 0 && i + 3 < line.length(); i = line.indexOf(' ', i + 1)) {
      if ((line.charAt(i + 1) | 0x20) == 'o' && (line.charAt(i + 2) | 0x20) == 'f' && line.charAt(i + 3) == ' ') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a title ends with a site name after a separator, as Chrome prints it: {@code "… |
   * Euractiv"}, {@code "… - BBC News"}, {@code "… – December 7, 2021 - United States Department of
   * State"}; a sentence (final period) is no title.
   */
  static boolean hasSiteSuffix(String title) {
    if (title.endsWith(".")) {
      return false;
    }
    int at = Math.max(Math.max(title.lastIndexOf(" | "), title.lastIndexOf(" - ")),
        Math.max(title.lastIndexOf(" \u2013 "), title.lastIndexOf(" \u2014 ")));
    if (at <= 0) {
      return false;
    }
    String site = title.substring(at + 3).strip();
    return !site.isEmpty() && Prose.wordCount(site) <= 8 && !Character.isLowerCase(site.charAt(0));
  }

  private static boolean countsUp(int page, int of) {
    return page >= 1 && of >= 1 && page <= of;
  }

  /** Whether one span covers {@code [start, end)}: binary search, so many spans on many lines stay linear-ish. */
  private static boolean covered(int[] starts, int[] maxEnd, int start, int end) {
    int k = java.util.Arrays.binarySearch(starts, start);
    if (k < 0) {
      k = -k - 2;
    } else {
      while (k + 1 < starts.length && starts[k + 1] == start) {
        k++;
      }
    }
    return k >= 0 && maxEnd[k] >= end;
  }


  /** What parts a page title from its site's name in a header. */
  private static final String[] SITE_SEPARATORS = {" | ", " - ", " \u2013 ", " \u2014 "};

  /** The page titles a printed page's header may repeat: the text's first short lines (its headline). */
  private static final int TITLE_LINES = 12;
  /** A site's name after the page title in a header: at most this many words. */
  private static final int MAX_SITE_WORDS = 6;

  /**
   * Chrome's header run into a sentence at a page break: {@code "… cost the city 3/4/24, 9:15 AM
   * City weighs fare-free buses as ridership rebounds | Harbor City Ledger about $6.3 million …"}.
   * The stamp stands inside a line after a word; after it comes the page title, which must be one
   * of the text's first lines (its headline), then {@code " | "}, {@code " - "} or {@code " – "}
   * and the site's name (capitalized words), then the sentence goes on. Stamps are found from
   * their time's colon, each read in a bounded window.
   */
  static void stampTitlesInline(String text, TextLines lines, List<int[]> spans) {
    List<String> titles = null;
    int n = text.length();
    for (int c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
      if (c < 1 || c + 2 >= n || !Character.isDigit(text.charAt(c - 1)) || !Character.isDigit(text.charAt(c + 1))) {
        continue;
      }
      Matcher m = LONE_STAMP.matcher(text).region(Math.max(0, c - 16), Math.min(n, c + 12));
      m.useTransparentBounds(true).useAnchoringBounds(false);
      if (!m.find() || m.start() > c || m.end() <= c) {
        continue;
      }
      int st = m.start();
      int e = m.end();
      if (st < 2 || text.charAt(st - 1) != ' ' || !Character.isLetterOrDigit(text.charAt(st - 2))
          || e >= n || text.charAt(e) != ' ') {
        continue; // at a line's start: the whole-line rules read it
      }
      if (titles == null) {
        titles = new ArrayList<>();
        for (int i = 0; i < Math.min(TITLE_LINES, lines.size()); i++) {
          TextLines.Line l = lines.get(i);
          if (l.length() <= 200 && isPageTitle(l.text())) {
            titles.add(l.text());
          }
        }
      }
      for (String title : titles) {
        if (!text.startsWith(title, e + 1)) {
          continue;
        }
        int siteEnd = gluedSiteEnd(text, e + 1 + title.length(), title);
        if (siteEnd < 0) {
          siteEnd = siteAfterTitle(text, e + 1 + title.length());
        }
        if (siteEnd > 0) {
          spans.add(new int[] {st, siteEnd < n && text.charAt(siteEnd) == ' ' ? siteEnd + 1 : siteEnd});
          break;
        }
      }
    }
  }

  /**
   * The end of the site's name at {@code at} when the next word is glued to it ({@code "… this month
   * – Night Sky Monthlymidnight and before …"}): the name as another copy of the header prints it
   * at a line's end ({@code "4/15/25, 9:02 PM How to catch … this month – Night Sky Monthly"}), and a
   * letter right after it here; -1 otherwise.
   */
  private static int gluedSiteEnd(String text, int at, String title) {
    for (String sep : SITE_SEPARATORS) {
      if (!text.startsWith(sep, at)) {
        continue;
      }
      String prefix = title + sep;
      for (int k = text.indexOf(prefix); k >= 0; k = text.indexOf(prefix, k + 1)) {
        int from = k + prefix.length();
        int eol = text.indexOf('\n', from);
        int end = eol < 0 ? text.length() : eol;
        String site = text.substring(from, end).strip();
        if (site.isEmpty() || site.length() > 60 || Prose.wordCount(site) > MAX_SITE_WORDS || from == at + sep.length()) {
          continue;
        }
        int siteEnd = at + sep.length() + site.length();
        if (text.startsWith(site, at + sep.length()) && siteEnd < text.length() && Character.isLetter(text.charAt(siteEnd))) {
          return siteEnd;
        }
      }
    }
    return -1;
  }

  /**
   * The end of {@code " | Site Name"} at {@code at}: a separator, then one to {@value
   * #MAX_SITE_WORDS} capitalized words, then a word in lower case or the line's end; -1 when none.
   */
  private static int siteAfterTitle(String text, int at) {
    int p = -1;
    for (String sep : SITE_SEPARATORS) {
      if (text.startsWith(sep, at)) {
        p = at + sep.length();
        break;
      }
    }
    if (p < 0) {
      return -1;
    }
    if (text.startsWith("by ", p)) {
      // Substack's "The ferry math - by Odile Brennan - Harbor Lines": the author, then the site.
      int q = p + 3;
      int words = 0;
      while (q < text.length() && words < 5 && Character.isUpperCase(text.charAt(q))) {
        while (q < text.length() && text.charAt(q) != ' ' && text.charAt(q) != '\n') {
          q++;
        }
        words++;
        if (q < text.length() && text.charAt(q) == ' ') {
          q++;
        }
        if (words > 0 && (text.startsWith("- ", q) || text.startsWith("| ", q))) {
          return siteAfterTitle(text, q - 1);
        }
      }
      return -1;
    }
    int end = -1;
    for (int w = 0; w < MAX_SITE_WORDS && p < text.length(); w++) {
      char c = text.charAt(p);
      if (!(Character.isUpperCase(c) || Character.isDigit(c))) {
        break;
      }
      int q = p;
      while (q < text.length() && text.charAt(q) != ' ' && text.charAt(q) != '\n') {
        q++;
      }
      end = q;
      if (q >= text.length() || text.charAt(q) == '\n') {
        return end;
      }
      p = q + 1;
    }
    if (end < 0 || p >= text.length()) {
      return end;
    }
    return Character.isLowerCase(text.charAt(p)) || Character.isDigit(text.charAt(p)) || text.charAt(p) == '$' ? end : -1;
  }

  private static final Pattern COUNTER_AT = Pattern.compile("Page (\\d{1,4}) of (\\d{1,4})(?!\\d)");

  /**
   * A bare {@code "Page 3 of 5"} run into a sentence ({@code "… the team found that Page 3 of 5
   * roughly two-thirds …"}): a capital "Page" after a word in lower case and before one, counting
   * up to its total, when the text holds another counter with the same total (a printout counts
   * every page).
   */
  static void countersInline(String text, List<int[]> spans) {
    List<int[]> inline = null;
    Map<Integer, Integer> totals = null;
    int from = 0;
    while (true) {
      int p = PAGE.in(text, from);
      if (p < 0) {
        break;
      }
      from = p + 5;
      Matcher m = COUNTER_AT.matcher(text).region(p, Math.min(text.length(), p + 20));
      if (!m.lookingAt()) {
        continue;
      }
      int page = Integer.parseInt(m.group(1));
      int of = Integer.parseInt(m.group(2));
      if (!countsUp(page, of)) {
        continue;
      }
      if (totals == null) {
        totals = new HashMap<>();
        inline = new ArrayList<>();
      }
      totals.merge(of, 1, Integer::sum);
      int e = m.end();
      boolean midSentence = p >= 2 && text.charAt(p - 1) == ' ' && Character.isLowerCase(text.charAt(p - 2))
          && e + 1 < text.length() && text.charAt(e) == ' ' && Character.isLowerCase(text.charAt(e + 1));
      if (midSentence) {
        inline.add(new int[] {p, e + 1, of});
      }
    }
    if (inline == null) {
      return;
    }
    for (int[] c : inline) {
      if (totals.get(c[2]) >= 2) {
        spans.add(new int[] {c[0], c[1]});
      }
    }
  }

  /** {@code https://… 1/3} and {@code https://… Page 1 of 3}: the address and its counter go. */
  private static void addressCounters(String text, List<int[]> spans) {
    int from = 0;
    while (true) {
      int at = text.indexOf("http", from);
      if (at < 0) {
        return;
      }
      from = at + 4;
      if (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
        continue;
      }
      int p = at + 4;
      if (p < text.length() && text.charAt(p) == 's') {
        p++;
      }
      if (!text.startsWith("://", p)) {
        continue;
      }
      int end = p + 3;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      from = end;
      int counterEnd = counterAfter(text, end);
      if (counterEnd > 0) {
        spans.add(new int[] {at, counterEnd});
      }
    }
  }

  /** The end of a {@code " 1/3"} or {@code " Page 1 of 3"} counter right after {@code at}, or -1. */
  private static int counterAfter(String text, int at) {
    int p = at;
    int spaces = 0;
    while (p < text.length() && text.charAt(p) == ' ' && spaces < 3) {
      p++;
      spaces++;
    }
    if (spaces == 0) {
      return -1;
    }
    boolean word = text.startsWith("Page ", p);
    if (word) {
      p += 5;
    }
    int[] a = number(text, p);
    if (a == null) {
      return -1;
    }
    p = a[1];
    if (word) {
      if (!text.startsWith(" of ", p)) {
        return -1;
      }
      p += 4;
    } else {
      if (p >= text.length() || text.charAt(p) != '/') {
        return -1;
      }
      p++;
    }
    int[] b = number(text, p);
    if (b == null || (b[1] < text.length() && !Character.isWhitespace(text.charAt(b[1])))) {
      return -1;
    }
    return countsUp(a[0], b[0]) ? b[1] : -1;
  }

  /** {value, end} of a 1–4 digit number at {@code p}, or null. */
  private static int[] number(String text, int p) {
    int v = 0;
    int q = p;
    while (q < text.length() && q - p < 4 && Character.isDigit(text.charAt(q))) {
      v = v * 10 + (text.charAt(q) - '0');
      q++;
    }
    if (q == p || (q < text.length() && Character.isDigit(text.charAt(q)))) {
      return null;
    }
    return new int[] {v, q};
  }
}
