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
import java.util.Locale;
import java.util.Set;
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
    "Author:", "Authors:", "Byline:", "By:", "Written by", "Words by", "Story by", "Compiled by", "Commentary by", "Analysis by",
    "Opinion by", "Perspective by", "Essay by", "Column by", "Article by", "Journalist:", "Journalist",
    "Reporter:", "Correspondent:", "Posted by", "Photos and text by", "Text and photos by", "Words and pictures by",
    "Story and photos by", "Reviewed by", "Review by", "Article:", "Text:", "Author", "By",
    // Spanish and Portuguese pages: "Por María Fernanda Ruiz"; French: "Par Priya Ramdin"
    "Por:", "Por", "Par:", "Par"
  };
  private static final String[] FEATURING_LABELS = {"Featuring:", "Featuring", "Featured expert:", "Featured experts:"};
  /** The chars a byline may start with: the first chars of the labels, ignoring case. */
  private static final CharsIgnoringCase FIRST_CHARS = CharsIgnoringCase.firstOf(
      java.util.stream.Stream.of(AUTHOR_LABELS, FEATURING_LABELS, new String[] {"Reporting by", "Posted", "On"})
          .flatMap(java.util.Arrays::stream).toList());
  private static final String[] EXTRA_SEPARATORS = {" | ", " \u00B7 ", " \u2022 ", " \u2014 ", " \u2013 ", " - ", " on ", ", ",
      " in ", " / "};
  private static final String[] SEPARATORS = {" | ", " \u00B7 ", " \u2022 ", " \u2014 ", " \u2013 ", " - ", " on ", ", ", " in "};

  /** Names and an optional date that a byline states. */
  record Byline(List<String> names, @Nullable LocalDate date, @Nullable String publisher, boolean featuring) {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Byline lines (\"Author: X\", \"By X and Y\", \"Journalist X\") give authors; \"Featuring X\" lines go.";
  }

  @Override
  public java.util.List<String> ruleIds() {
    return java.util.List.of(ID, FEATURING_ID);
  }

  @Override
  public String description(String ruleId) {
    return ruleId.equals(FEATURING_ID) ? "\"Featuring X\" lines (the people a page features, not its authors) go." : description();
  }

  @Override
  public Phase phase() {
    return Phase.METADATA;
  }

  @Override
  public void apply(Draft draft) {
    TextLines lines = TextLines.of(draft.text());
    int headerEnd = DateLineExtractor.headerEnd(lines);
    int lastByline = -2;
    // The header zone ends where the date step's does: on a page whose first lines are all short
    // (a poem's), at the first long sentence, so a byline over a date line is read there too.
    for (int i : lines.headerAndTail(headerEnd)) {
      TextLines.Line line = lines.get(i);
      Byline b = line.length() > 240 ? null : parse(line.text());
      if (b == null && i < headerEnd && line.length() <= 160) {
        b = unlabelled(lines, i, headerEnd);
      }
      if (b == null && i < headerEnd && line.length() >= 3 && line.length() <= 8 && Prose.isAgencyAcronym(line.text())
          && i + 1 < lines.size() && DateLineExtractor.parse(lines.get(i + 1).text()) != null && i > 0
          && HeadlineExtractor.headlineShaped(lines.get(i - 1).text(), 40)) {
        // A wire story's agency in capitals between its headline and its date ("KYODO"): no author.
        LineRemoval.removeLine(draft, lines, i, ID);
        lastByline = i;
        continue;
      }
      if (b == null && i < headerEnd && line.length() <= 160
          && (line.text().startsWith("Issued by: ") || line.text().startsWith("Published by: "))) {
        // "Issued by: Biosecurity New Zealand, Ministry for Primary Industries", "Published by:
        // Coroner’s Office for Lakeland and Furness": the issuer is the publisher
        String issuer = line.text().substring(line.text().indexOf(':') + 1).strip();
        int comma = issuer.indexOf(", ");
        draft.publisherIfAbsent(comma > 0 ? issuer.substring(0, comma) : issuer);
        LineRemoval.removeLine(draft, lines, i, ID);
        continue;
      }
      if (b == null && isReviewerLine(line.text())) {
        LineRemoval.removeLine(draft, lines, i, ID); // "Medically reviewed by Leona Abadi, MD, FACE"
        continue;
      }
      if (b == null && i < headerEnd && i + 1 < lines.size() && line.length() <= 24
          && BARE_LABELS.contains(Prose.fold(line.text())) && lines.get(i + 1).length() <= 80) {
        // "Author of the article:" / "Dana Whitford": the label over the names.
        List<String> names = PersonNames.parseList(lines.get(i + 1).text());
        if (!names.isEmpty() && noDateWords(names)) {
          names.forEach(draft::addAuthor);
          LineRemoval.removeRun(draft, lines, i, i + 2, ID);
          lastByline = i + 1;
          continue;
        }
      }
      if (b == null) {
        // "By Jill Lawless" with "Associated Press" or "Staff Writer" on the line under it, or
        // where the reporters were: "Reporting from the Rockaway and St. George ferry terminals".
        if (i == lastByline + 1 && (isReportingFrom(line.text()) || AUTHOR_LINKS.contains(Prose.fold(line.text())))) {
          // (or the link to the author's page: "More by this Author")
          LineRemoval.removeLine(draft, lines, i, ID);
          continue;
        }
        if (i == lastByline + 1 && line.length() <= 60) {
          String under = line.text();
          int comma = under.indexOf(", ");
          if (comma > 0 && isPlace(under.substring(comma + 2)) && outlet(under.substring(0, comma)) != null) {
            under = under.substring(0, comma); // "BBC News, Kyiv"
          }
          if (Prose.isAgencyAcronym(under) && under.length() >= 3) {
            // "By Léa Moreau" / "AMP": the agency's short name in capitals.
            draft.publisherFallbackIfAbsent(under);
            LineRemoval.removeLine(draft, lines, i, ID);
            continue;
          }
          Extras x = piece(", ", under, false);
          if (x != null && (x.publisher() != null || x.role())) {
            if (PersonNames.isName(lines.get(lastByline).text())) {
              // Under a name alone, the outlet a syndicated story came from; the page's own
              // masthead, read later, is the publisher.
              draft.publisherFallbackIfAbsent(x.publisher());
            } else {
              outlet(draft, x.publisher());
            }
            LineRemoval.removeLine(draft, lines, i, ID);
          }
        }
        continue;
      }
      if (i >= headerEnd && proseBelow(lines, i)) {
        continue; // a byline the text shows, a paragraph going on under it: no sign-off at the end
      }
      if (b.featuring() && !draft.enabled(FEATURING_ID) || TextLines.introducedByColon(lines.lines(), i)
          || i + 1 < lines.size() && isBookDetails(lines.get(i + 1).text())) {
        // (or "The byline should have read:" / "By Callum Reddy": what the text is about; or a
        // reviewed book's author over its publisher and pages: "By Imelda Varga-Huxley" /
        // "Harcastle Press, 344 pages, $29")
        continue;
      }
      if (!b.featuring()) {
        b.names().forEach(draft::addAuthor);
        draft.publishedIfAbsent(DateLineExtractor.dayFirstOnBritishPages(b.date(), line.text(), draft));
        outlet(draft, b.publisher());
      }
      LineRemoval.removeLine(draft, lines, i, b.featuring() ? FEATURING_ID : ID);
      lastByline = i;
    }
  }

  /**
   * Whether a paragraph of prose (100 chars or more, ending a sentence) stands below line {@code i}
   * of the tail (at most {@link TextLines#MAX_TAIL_LINES} lines are read).
   */
  static boolean proseBelow(TextLines lines, int i) {
    for (int k = i + 1; k < lines.size() && k <= i + TextLines.MAX_TAIL_LINES; k++) {
      if (lines.get(k).length() >= 100 && Prose.endsLikeSentence(lines.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A book's details as a review prints them under its title and author: {@code "Harcastle Press,
   * 344 pages, $29"}, {@code "Knopf, 320 pp., $30"}, {@code "ISBN 978-0-00-000000-0"}. At most 120
   * chars, with a page count (a number, then {@code pages} or {@code pp.}) or an ISBN.
   */
  static boolean isBookDetails(String line) {
    if (line.length() > 120 || Prose.wordCount(line) > 10 || line.endsWith(".") && !line.endsWith("pp.")) {
      return false;
    }
    if (line.startsWith("ISBN") || line.contains(" ISBN")) {
      return true;
    }
    for (String unit : new String[] {" pages", " pp.", " pp "}) {
      int at = line.indexOf(unit);
      if (at > 0 && Character.isDigit(line.charAt(at - 1))
          && (at + unit.length() == line.length() || !Character.isLetter(line.charAt(at + unit.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code line} reads as a byline, with or without a label ({@code "By Jane Doe"}, {@code
   * "Rebecca Lindqvist, Staff Writer"}, {@code "By The Associated Press"}, {@code "Anna Nowak in
   * Bialystok"}): such a line is no dek, even where it is not sure enough to give an author.
   */
  static boolean looksLikeByline(String line) {
    if (line.length() > 240 || line.isEmpty()) {
      return false;
    }
    if (parse(line) != null) {
      return true;
    }
    if (!Character.isUpperCase(line.charAt(0))) {
      return false;
    }
    if (namesWithExtras(line, true) != null) {
      return true;
    }
    int in = line.indexOf(" in ");
    return in > 0 && isPlace(line.substring(in + 4)) && !PersonNames.parseList(line.substring(0, in)).isEmpty();
  }

  /** How far into a byline a name glued to its date is looked for. */
  static final int MAX_GLUED_NAME = 60;

  /**
   * A byline whose name textContent glued to the date after it ({@code "By Noa Levinson13 March
   * 2025, 3:42 pm"}), parted as the page set them apart ({@code "By Noa Levinson | 13 March 2025,
   * 3:42 pm"}): the first small letter followed by a digit within {@value #MAX_GLUED_NAME} chars,
   * when a date starts at the digit.
   */
  static String withNameUnglued(String line) {
    int end = Math.min(line.length() - 1, MAX_GLUED_NAME);
    for (int i = 4; i < end; i++) {
      if (Character.isLowerCase(line.charAt(i)) && Character.isDigit(line.charAt(i + 1))) {
        String rest = line.substring(i + 1);
        int cut = rest.indexOf(' ', rest.indexOf(' ', rest.indexOf(' ') + 1) + 1); // the date's first three words
        String head = cut < 0 ? rest : rest.substring(0, cut);
        while (!head.isEmpty() && ",.".indexOf(head.charAt(head.length() - 1)) >= 0) {
          head = head.substring(0, head.length() - 1);
        }
        if (DateParser.parse(head).isEmpty()) {
          return line;
        }
        // (and the edit's stamp glued after the time: "3:42 pm Edited 13 March 2025")
        int edited = rest.indexOf(" Edited ");
        if (edited > 0) {
          rest = rest.substring(0, edited) + " |" + rest.substring(edited);
        }
        return line.substring(0, i + 1) + " | " + rest;
      }
    }
    return line;
  }

  /** The byline a whole line states, or null. */
  static @Nullable Byline parse(String line) {
    if (line.length() > 240 || line.isEmpty() || !FIRST_CHARS.mayMatch(line.charAt(0))) {
      return null; // most lines: no label starts with their first char
    }
    line = withoutTrailingSeparator(DateLineExtractor.withoutTrailingReadingTime(line));
    if (line.length() > 4 && line.startsWith("By") && Character.isUpperCase(line.charAt(2)) && Character.isLowerCase(line.charAt(3))) {
      line = "By " + line.substring(2); // "ByKerry Whitlock Senior Reporter": the label glued to the name by textContent
    }
    if (line.startsWith("By ")) {
      line = withNameUnglued(line);
    }
    for (String label : FEATURING_LABELS) {
      int at = Prose.afterLabel(line, label);
      if (at > 0 && at < line.length() && (label.endsWith(":") || line.charAt(at) == ' ')) {
        List<String> names = PersonNames.parseList(line.substring(at).strip());
        return names.isEmpty() ? null : new Byline(names, null, null, true);
      }
    }
    if (Prose.afterLabel(line, "Reporting by") == 12) {
      return reportingBy(line.substring(12).strip());
    }
    Byline dateFirst = dateThenBy(line);
    if (dateFirst != null) {
      return dateFirst;
    }
    boolean reviewerCut = false;
    for (String label : AUTHOR_LABELS) {
      int at = Prose.afterLabel(line, label);
      if (at <= 0 || at >= line.length() || !(label.endsWith(":") || line.charAt(at) == ' ')) {
        continue;
      }
      if (!reviewerCut) {
        // (asked only of a labelled line: "Written by … — Fact checked by Sunil Rao, PhD")
        line = withoutReviewer(line);
        reviewerCut = true;
        if (at >= line.length()) {
          continue;
        }
      }
      String value = withoutPlace(withoutTrailingRole(withoutLeadingRole(withoutTrailingEmail(line.substring(at).strip()))));
      String inParentheses = null;
      int open = value.endsWith(")") ? value.lastIndexOf(" (") : -1;
      if (open > 0 && Prose.wordCount(value.substring(open)) <= 4) {
        inParentheses = value.substring(open + 2, value.length() - 1); // "Līga Priede (BRTV English)": the outlet
        value = value.substring(0, open);
      }
      Byline b = namesWithExtras(value, false);
      if (b != null && inParentheses != null) {
        b = new Byline(b.names(), b.date(), b.publisher() != null ? b.publisher() : outlet(inParentheses), false);
      }
      if (b == null) {
        b = namesWithRolesEach(line.substring(at).strip());
      }
      if (b == null) {
        b = nameThenDate(value);
      }
      if (b == null) {
        // ("By Altiplano Daily Staff": the staff's role was read off the value)
        String outlet = newsroomOnly(value) != null ? newsroomOnly(value) : newsroomOnly(line.substring(at).strip());
        b = outlet == null ? null : new Byline(List.of(), null, outlet, false);
      }
      if (b == null && isTeamName(value)) {
        b = new Byline(List.of(), null, null, false); // "Posted by HWA Communications": a team, no author
      }
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  /**
   * The names without the place the reporter wrote from ({@code "Ebenezer Nkwain Tabi, in Kumba"},
   * {@code "Jane Doe in Nairobi"}, {@code "Amina Deng-Laurent in Adré, Chad | 28 February 2024"}):
   * "in" and one to five capitalized words (a comma may end any but the last), at the end or
   * before a bar, a middle dot or a dash and what follows it, which stays; anything else comes back
   * as it was ({@code "Jane Doe in collaboration with …"}).
   */
  static String withoutPlace(String value) {
    int sep = separatorAt(value);
    int end = sep < 0 ? value.length() : sep;
    int in = value.lastIndexOf(" in ", end);
    if (in <= 0 || in + 4 > end) {
      return value;
    }
    String[] place = value.substring(in + 4, end).strip().split(" +");
    if (place.length == 0 || place.length > 5) {
      return value;
    }
    for (int k = 0; k < place.length; k++) {
      String w = place[k];
      String word = k + 1 < place.length && w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || !Character.isLetter(word.charAt(word.length() - 1))) {
        return value;
      }
    }
    String names = value.substring(0, in).strip();
    if (names.endsWith(",")) {
      names = names.substring(0, names.length() - 1).strip();
    }
    return names.isEmpty() ? value : sep < 0 ? names : names + " " + value.substring(sep).strip();
  }

  /** Where the first bar, middle dot, bullet or spaced dash of a byline stands, or -1. */
  private static int separatorAt(String value) {
    for (int i = 1; i + 1 < value.length(); i++) {
      char c = value.charAt(i);
      if ((c == '|' || c == '\u00B7' || c == '\u2022' || c == '\u2014' || c == '\u2013') && value.charAt(i - 1) == ' ') {
        return i;
      }
    }
    return -1;
  }

  /** A team's or an office's name, which signs a post for no person: "HWA Communications", "Digital Desk", "Web Team". */
  static boolean isTeamName(String value) {
    String[] words = value.strip().split(" ");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return TEAM_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  private static final Set<String> TEAM_WORDS = Set.of("communications", "team", "desk", "newsroom", "office", "editors",
      "webmaster", "comms");

  /**
   * A name run into its date with no separator ({@code "Hoang Phong December 11, 2024 | 05:12 pm
   * GMT+7"}, after "By"): the name's two to four words, then a whole date line; null otherwise.
   */
  /**
   * The byline without the reporter's address after the name ({@code "Dana Whitfield
   * dwhitfield@example.com"} is {@code "Dana Whitfield"}): a last word that holds an {@code @} and
   * a dot after it; the byline itself when it has none or nothing else.
   */
  static String withoutTrailingEmail(String value) {
    int sp = value.lastIndexOf(' ');
    if (sp <= 0) {
      return value;
    }
    String last = value.substring(sp + 1);
    if (!isEmailAddress(last)) {
      return value;
    }
    String rest = value.substring(0, sp).strip();
    if (rest.endsWith("|") || rest.endsWith("\u00B7") || rest.endsWith(",")) {
      return value; // "Brett Sandoval | bsandoval@…": the separated field, which the byline's own reading takes
    }
    return rest.isEmpty() ? value : rest;
  }

  /** The months' names and their short forms, as a glued date starts with one. */
  private static final String[] MONTH_STARTS = {"January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec"};

  /**
   * {@code "Aditi Raghavan 18 Jul, 2024 · 7 min read"} for {@code "Aditi Raghavan18 Jul, 2024 · 7
   * min read"}: a space where, within the first 40 chars, a lower-case letter runs into a digit or
   * into a month's name; null when there is no such place or more than one.
   */
  static @Nullable String ungluedDate(String text) {
    int at = -1;
    int limit = Math.min(text.length() - 1, 40);
    for (int p = 1; p <= limit; p++) {
      if (!Character.isLowerCase(text.charAt(p - 1))) {
        continue;
      }
      char c = text.charAt(p);
      if (Character.isDigit(c) || Character.isUpperCase(c) && startsMonth(text, p)) {
        if (at >= 0) {
          return null;
        }
        at = p;
      }
    }
    return at < 0 ? null : text.substring(0, at) + " " + text.substring(at);
  }

  private static boolean startsMonth(String text, int p) {
    for (String m : MONTH_STARTS) {
      int end = p + m.length();
      if (text.startsWith(m, p) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Byline nameThenDate(String value) {
    // The longest name first: "Hannah Le Page 2 hours ago | 12/03/2025" is not "Hannah Le" and a
    // date line "Page 2 hours ago | …".
    int[] ends = new int[4];
    int found = 0;
    for (int sp = value.indexOf(' '); sp > 0 && found < 4; sp = value.indexOf(' ', sp + 1)) {
      ends[found++] = sp;
    }
    for (int k = found - 1; k >= 1; k--) {
      int sp = ends[k];
      String name = value.substring(0, sp);
      List<String> one = PersonNames.parseList(name);
      if (one.size() != 1 || !one.get(0).equals(name) || !noDateWords(one)) {
        continue;
      }
      DateLineExtractor.DateLine d = DateLineExtractor.parse(value.substring(sp + 1));
      if (d != null && d.published() != null) {
        return new Byline(one, d.published(), null, false);
      }
    }
    return null;
  }

  /**
   * Two or three names, each with its role or outlet ({@code "Amara Lindgren, Staff Writer, and
   * Jonah Feld, News Editor"}), parted by {@code ", and "} or {@code " and "} after the first
   * one's extra: each part a byline of its own; null unless every part is one.
   */
  private static @Nullable Byline namesWithRolesEach(String value) {
    String[] parts = value.split(",? and ", 4);
    if (parts.length < 2 || parts.length > 3) {
      return null;
    }
    List<String> names = new java.util.ArrayList<>();
    String publisher = null;
    for (String part : parts) {
      List<String> alone = part.indexOf(',') < 0 ? PersonNames.parseList(part.strip()) : List.of();
      if (alone.size() == 1) {
        names.add(alone.get(0)); // the last one may have no extra
        continue;
      }
      Byline b = namesWithExtras(withoutTrailingRole(part.strip()), true);
      if (b == null || b.names().size() != 1) {
        return null;
      }
      names.addAll(b.names());
      publisher = publisher == null ? b.publisher() : publisher;
    }
    return new Byline(names, null, publisher, false);
  }

  private static final String[] DATE_FIRST_LABELS = {"Posted on ", "Published on ", "Posted: ", "Published: ", "Posted ",
      "Published ", "On "};

  /** Separators between a date line's pieces: {@code "Published: Dec 4, 2023 · by Solveig Haugland"}. */
  private static final String[] PIECE_SEPARATORS = {" \u00B7 ", " | ", " \u2022 "};

  /**
   * {@code "Posted on May 3, 2023 by Holly Brennan"}, as WordPress themes print it: a date label, the
   * date, then {@code by} and the names (maybe after a separator: {@code "Published: Dec 4, 2023 ·
   * by Solveig Haugland"}), and maybe, after another separator, the blog's affiliate-link notice;
   * null for any other line.
   */
  private static @Nullable Byline dateThenBy(String line) {
    for (String label : DATE_FIRST_LABELS) {
      if (!line.regionMatches(true, 0, label, 0, label.length())) {
        continue;
      }
      int by = Prose.indexOfIgnoringCase(line, " by ", label.length());
      if (by < 0) {
        return null;
      }
      String datePart = line.substring(label.length(), by).strip();
      for (String sep : PIECE_SEPARATORS) {
        String bare = sep.strip();
        if (datePart.endsWith(bare)) {
          datePart = datePart.substring(0, datePart.length() - bare.length()).strip();
          break;
        }
      }
      String who = line.substring(by + 4).strip();
      for (String sep : PIECE_SEPARATORS) {
        int at = who.indexOf(sep);
        if (at > 0) {
          if (!isAffiliateNotice(who.substring(at + sep.length()).strip())) {
            return null;
          }
          who = who.substring(0, at).strip();
          break;
        }
      }
      var date = DateParser.parse(datePart);
      List<String> names = PersonNames.parseList(who);
      return date.isPresent() && !names.isEmpty() ? new Byline(names, date.get(), null, false) : null;
    }
    return null;
  }

  /** {@code "Reporting from Kyiv, Ukraine"}: where a byline's reporters were, on the line under it. */
  static boolean isReportingFrom(String line) {
    return line.length() <= 120 && line.startsWith("Reporting from ") && !Prose.endsLikeSentence(line)
        && Prose.wordCount(line) <= 16;
  }

  /** A blog's notice that its links earn it a commission: {@code "This post may contain affiliate links."}. */
  static boolean isAffiliateNotice(String s) {
    return s.length() <= 200 && Prose.indexOfIgnoringCase(s, "affiliate link", 0) >= 0
        && (s.regionMatches(true, 0, "This ", 0, 5) || s.regionMatches(true, 0, "Disclosure", 0, 10));
  }

  /**
   * The outlet a byline names is the publisher; a bare site address ({@code "TheHill.com"}) only
   * when nothing else names one (the masthead above the headline spells the name).
   */
  private static void outlet(Draft draft, @Nullable String publisher) {
    if (publisher != null && publisher.indexOf(' ') < 0 && publisher.indexOf('.') > 0) {
      draft.publisherFallbackIfAbsent(publisher);
    } else {
      draft.publisherIfAbsent(publisher);
    }
  }

  /**
   * A header line without a label that is still a byline: names and then a role or an outlet
   * ({@code "Rebecca Lindqvist, Staff Writer"}, {@code "Pavel Polityuk | Reuters"}), or {@code
   * "Julian Borger in Washington"} right above or below a date line. Names alone, or names and a
   * date, are not enough: {@code "Supreme Court | November 18, 2021"} has the same shape.
   */
  private static @Nullable Byline unlabelled(TextLines lines, int i, int headerEnd) {
    String text = DateLineExtractor.spacedBar(lines.get(i).text());
    if (!Character.isUpperCase(text.charAt(0)) || Prose.endsWithPeriod(text)) {
      return null;
    }
    Byline b = namesWithExtras(text, true);
    if (b != null) {
      return b;
    }
    // "Marisol Vantongeren - Nov 13, 2024 6:05 pm UTC", "Lotte Smit · 20 February 2024": in the
    // header, under its headline, names beside a whole date are the byline (alone at the top, such
    // a line may be a section's: "Supreme Court | November 18, 2021").
    Byline dated = i == 0 ? null : namesWithExtras(text, false);
    if (dated != null && dated.date() != null && DateLineExtractor.parse(text) == null && noDateWords(dated.names())) {
      return dated;
    }
    // "Olivia Marchbank 12 March 2025": a magazine's name and date with the columns' spaces
    // between them, under its headline.
    Byline runInto = i == 0 ? null : nameThenDate(text);
    if (runInto != null && DateLineExtractor.parse(text) == null) {
      return runInto;
    }
    // "Aditi Raghavan18 Jul, 2024 · 7 min read", "Cassie BrandtJanuary 28, 2025": the same, glued
    // by textContent at the one place a lower-case letter runs into a digit or a month's name.
    String unglued = i == 0 ? null : ungluedDate(text);
    Byline glued = unglued == null ? null : nameThenDate(unglued);
    if (glued != null) {
      return glued;
    }
    if (isNameOverOutletAndDate(lines, i)) {
      return new Byline(List.of(text), null, null, false);
    }
    Byline outletInParentheses = nameWithOutletInParentheses(text);
    if (outletInParentheses != null && nextToDateLine(lines, i, headerEnd)) {
      return outletInParentheses; // "Ratna Hapsari (The Java Tribune)" over "Jakarta ● Wed, January 15, 2025"
    }
    if (isNameBetweenDekAndDate(lines, i, text)) {
      return new Byline(List.of(text), null, null, false);
    }
    if (!nextToDateLine(lines, i, headerEnd)) {
      return null;
    }
    // "Shahnaz Parvin, Feni": a name and the place the story was filed from, next to the date.
    int comma = text.indexOf(", ");
    String place = comma > 0 ? text.substring(comma + 2) : "";
    if (comma > 0 && text.indexOf(',', comma + 1) < 0 && isPlace(place) && Prose.wordCount(place) <= 2
        && !PersonNames.isName(place) && !isRole(place) && !place.contains("Secretary") && !place.contains("Press")) {
      List<String> one = PersonNames.parseList(text.substring(0, comma));
      if (one.size() == 1 && one.get(0).equals(text.substring(0, comma)) && noDateWords(one)) {
        return new Byline(one, null, null, false);
      }
    }
    // "Julian Borger in Washington", "Julian Borger in Washington and Helen Davidson in Taipei".
    List<String> names = new java.util.ArrayList<>();
    for (String part : text.split(" and ", 4)) {
      int in = part.indexOf(" in ");
      if (in <= 0 || !isPlace(part.substring(in + 4))) {
        return null;
      }
      List<String> n = PersonNames.parseList(part.substring(0, in));
      if (n.size() != 1) {
        return null;
      }
      names.add(n.get(0));
    }
    return names.isEmpty() ? null : new Byline(names, null, null, false);
  }

  /** A health site's reviewers, after the byline or on a line of their own: no authors. */
  private static final String[] REVIEWER_LABELS = {"Medically reviewed by", "Medically Reviewed By", "Clinically reviewed by",
    "Medical review by", "Fact checked by", "Fact-checked by", "Fact Checked By"};

  /** {@code "Medically reviewed by Leona Abadi, MD, FACE"}: a reviewer's line, which names no author. */
  static boolean isReviewerLine(String line) {
    if (line.isEmpty() || line.charAt(0) != 'M' && line.charAt(0) != 'C' && line.charAt(0) != 'F' || line.length() > 160) {
      return false; // every label opens with one of these
    }
    for (String label : REVIEWER_LABELS) {
      if (line.startsWith(label) && line.length() > label.length() && line.charAt(label.length()) == ' '
          && !Prose.endsLikeSentence(line.replace("D.", "D"))) {
        return true;
      }
    }
    return false;
  }

  /** {@code "Written by Imogen Fairweather-Lund on February 11, 2025 — Fact checked by Sunil Rao, PhD"} without its checker. */
  static String withoutReviewer(String line) {
    // Most lines hold neither phrase: two searches decide them.
    if (line.indexOf("eviewed by ") < 0 && line.indexOf("hecked by ") < 0 && line.indexOf("eviewed By ") < 0
        && line.indexOf("hecked By ") < 0) {
      return line;
    }
    for (String sep : new String[] {" \u2014 ", " \u2013 ", " - ", " | ", " \u00B7 "}) {
      int at = line.indexOf(sep);
      while (at > 0) {
        String rest = line.substring(at + sep.length());
        for (String label : REVIEWER_LABELS) {
          if (rest.startsWith(label + " ")) {
            return line.substring(0, at);
          }
        }
        at = line.indexOf(sep, at + 1);
      }
    }
    return line;
  }

  /** A byline's label alone on its line, the names on the line under it (folded). */
  private static final Set<String> BARE_LABELS = Set.of("author of the article:", "authors of the article:", "author:",
      "authors:", "by:", "written by:", "written by", "words by:", "story by:", "reporter:", "reporters:");

  /** Links to the author's page that a byline's line may have under it (folded). */
  private static final Set<String> AUTHOR_LINKS = Set.of("more by this author", "more from this author", "more from the author",
      "more by the author", "more articles by this author", "see all articles", "view all articles", "view all posts",
      "author profile", "view profile", "email the author", "contact the author", "follow the author");

  /** {@code "Ratna Hapsari (The Java Tribune)"}: one name, and the outlet in parentheses; null otherwise. */
  private static @Nullable Byline nameWithOutletInParentheses(String text) {
    int open = text.indexOf(" (");
    if (open <= 0 || !text.endsWith(")") || text.indexOf('(', open + 2) >= 0) {
      return null;
    }
    String name = text.substring(0, open);
    String outlet = outlet(text.substring(open + 2, text.length() - 1));
    List<String> names = PersonNames.parseList(name);
    return outlet != null && names.size() == 1 && names.get(0).equals(name) && noDateWords(names)
        ? new Byline(names, null, outlet, false) : null;
  }

  /** Whether no name holds a weekday's or a month's name or a date's label: "Aired Tuesday" and "Posted Thu" are none. */
  private static boolean noDateWords(List<String> names) {
    for (String name : names) {
      for (String w : name.split(" ")) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (DateParser.isWeekday(w) || DateParser.isMonthName(w) || DATE_VERBS.contains(lower)) {
          return false;
        }
      }
    }
    return true;
  }

  private static final Set<String> DATE_VERBS =
      Set.of("posted", "published", "updated", "aired", "broadcast", "recorded", "filed", "released", "issued", "modified", "edited");

  /**
   * A reporter's name alone on its line, the outlet alone under it and the date line under that
   * ({@code "Marcus Ortega-Bell"} / {@code "Lakeshore Sentinel"} / {@code "Published 5:02 a.m. CT
   * May 2, 2024"}), as a network's syndicated story prints its byline.
   */
  private static boolean isNameOverOutletAndDate(TextLines lines, int i) {
    if (i + 2 >= lines.size() || lines.get(i).length() > 40 || lines.get(i + 1).length() > 60 || lines.get(i + 2).length() > 160) {
      return false;
    }
    if (i > 0 && lines.get(i - 1).length() < 25) {
      return false; // under a menu's items ("Features" / "Bilingual Pages" / "Taiwan News" / the date): a section, no name
    }
    String text = lines.get(i).text();
    return PersonNames.isName(text) && PersonNames.parseList(text).equals(List.of(text)) && outlet(lines.get(i + 1).text()) != null
        && !PersonNames.isName(lines.get(i + 1).text()) && DateLineExtractor.parse(lines.get(i + 2).text()) != null;
  }

  /**
   * A reporter's name alone on its line, between the headline or its dek (a line of 40 chars or
   * more) and the date line ({@code "…shut the Toowoomba Second Range Crossing for nine hours."} /
   * {@code "Brayden Cusack"} / {@code "Updated January 30 2025 - 11:02am, …"}), as regional
   * papers print it. A section's two words sit above the headline, not there.
   */
  private static boolean isNameBetweenDekAndDate(TextLines lines, int i, String text) {
    if (i == 0 || i + 1 >= lines.size() || text.length() > 40 || lines.get(i - 1).length() < 40
        || lines.get(i + 1).length() > 160 || !PersonNames.isName(text) || !PersonNames.parseList(text).equals(List.of(text))) {
      return false;
    }
    String above = lines.get(i - 1).text();
    if (!(Prose.endsLikeSentence(above) || HeadlineExtractor.headlineShaped(above, 40) && hasLowerCaseWord(above))) {
      return false; // a menu's row above ("About   Divisions & Offices   Enforcement"), no headline or dek
    }
    DateLineExtractor.DateLine date = DateLineExtractor.parse(lines.get(i + 1).text());
    return date != null && date.published() != null && DateLineExtractor.parse(above) == null
        && noDateWords(List.of(text));
  }

  /** Whether a word of {@code s} starts in lower case ("Council Approves Plan to Widen Bridge": "to"); a menu's row has none. */
  private static boolean hasLowerCaseWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ((i == 0 || s.charAt(i - 1) == ' ') && Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean nextToDateLine(TextLines lines, int i, int headerEnd) {
    return i > 0 && lines.get(i - 1).length() <= 160 && DateLineExtractor.parse(lines.get(i - 1).text()) != null
        || i + 1 < headerEnd && lines.get(i + 1).length() <= 160 && DateLineExtractor.parse(lines.get(i + 1).text()) != null;
  }

  /**
   * {@code "Jane Doe"}, {@code "Jane Doe | Nov. 18, 2021"}, {@code "Jane Doe, Reuters"}, {@code
   * "Jan Cienski in Warsaw"}, {@code "Humeyra Pamuk, Reuters | November 12, 2021 11:02 AM"}: the
   * names, then up to two extras (a date, an outlet, a role, a place) at the separators. With
   * {@code needsRoleOrOutlet}, names alone or with only a date or a place are no byline.
   */
  private static @Nullable Byline namesWithExtras(String value, boolean needsRoleOrOutlet) {
    if (!needsRoleOrOutlet) {
      List<String> names = PersonNames.parseList(value);
      if (names.size() >= 2 && isRole(names.get(names.size() - 1))) {
        names = names.subList(0, names.size() - 1); // "Dolores Amezcua, Reader Representative"
      }
      if (!names.isEmpty()) {
        return new Byline(names, null, null, false);
      }
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
        Extras x = extras(sep, value.substring(at + sep.length()).strip());
        if (x != null && (!needsRoleOrOutlet || x.role() || x.publisher() != null)) {
          return new Byline(left, x.date(), x.publisher(), false);
        }
      }
    }
    return null;
  }

  /**
   * {@code "Jessica Hernandez Staff Writer"} without its role ({@code "Jessica Hernandez"}): up to
   * three trailing words that are roles or their qualifiers, when two words at least stay.
   */
  static String withoutTrailingRole(String value) {
    for (char c : new char[] {',', '|', '\u2014', '\u2013', '\u2022', '\u00B7'}) {
      if (value.indexOf(c) >= 0) {
        return value; // "Jane Doe, Staff Writer": the separators read the role
      }
    }
    String[] words = value.split(" ");
    if (words.length < 3 || !ROLES.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return value;
    }
    int keep = words.length - 1;
    while (keep > 2 && words.length - keep < 3) {
      String w = words[keep - 1].toLowerCase(Locale.ROOT);
      if (!(ROLE_QUALIFIERS.contains(w) || ROLES.contains(w))) {
        break;
      }
      keep--;
    }
    if (keep > 2 && words[keep - 1].equals("/")) {
      keep--; // "Lin Yu-ting / Staff reporter", as Taipei's dailies set it
    }
    return String.join(" ", java.util.Arrays.copyOf(words, keep));
  }

  /**
   * {@code "business reporter Rachel Clayton"} without its role ({@code "Rachel Clayton"}), as the
   * ABC and the BBC write bylines ({@code "By political editor X"}, {@code "By Europe correspondent
   * X"}): up to four words that end in a role written in lower case, when two words at least stay
   * and the first of them is capitalized.
   */
  static String withoutLeadingRole(String value) {
    int end = 0;
    for (int w = 0; w < 4; w++) {
      int space = value.indexOf(' ', end);
      if (space < 0) {
        return value;
      }
      String word = value.substring(end, space);
      if (ROLES.contains(word) && Character.isLowerCase(word.charAt(0))) {
        String rest = value.substring(space + 1);
        return rest.indexOf(' ') > 0 && Character.isUpperCase(rest.charAt(0)) ? rest : value;
      }
      end = space + 1;
    }
    return value;
  }

  private static final Set<String> ROLE_QUALIFIERS =
      Set.of("staff", "senior", "contributing", "special", "political", "national", "foreign", "chief", "news", "deputy");

  /** What a byline states after the names: a date, an outlet (the publisher), a role. */
  record Extras(@Nullable LocalDate date, @Nullable String publisher, boolean role) {}

  /** One extra, or two split at a separator ({@code "Reuters | November 12, 2021"}); null when neither. */
  private static @Nullable Extras extras(String sep, String s) {
    Extras one = piece(sep, s, true);
    if (one != null) {
      return one;
    }
    // Two extras: split at the first of each separator only, which keeps this linear in the line
    // ("Correspondent / @RheaVCBeacon" too).
    for (String sep2 : EXTRA_SEPARATORS) {
      int at = s.indexOf(sep2);
      if (at <= 0) {
        continue;
      }
      Extras first = piece(sep, s.substring(0, at).strip(), true);
      Extras second = first == null ? null : piece(sep2, s.substring(at + sep2.length()).strip(), true);
      if (second != null && (first.date() == null || second.date() == null)) {
        return new Extras(first.date() != null ? first.date() : second.date(),
            first.publisher() != null ? first.publisher() : second.publisher(), first.role() || second.role());
      }
    }
    return null;
  }

  /** {@code "Written by Anjali Menon | Thiruvananthapuram |"} without the bar a template left at its end. */
  static String withoutTrailingSeparator(String line) {
    line = withoutFollowButton(withoutShareIcons(line));
    int end = line.length();
    while (end > 2 && (line.charAt(end - 1) == '|' || line.charAt(end - 1) == '\u00B7' || line.charAt(end - 1) == '\u2022')
        && line.charAt(end - 2) == ' ') {
      end -= 2;
      while (end > 0 && line.charAt(end - 1) == ' ') {
        end--;
      }
    }
    return end == line.length() ? line : line.substring(0, end);
  }

  private static final String[] FOLLOW_BUTTONS = {" + Follow", " Follow author", " Follow Author", " Follow"};

  /**
   * The line without the follow button flattened after the name ({@code "By Noa Ben-Haim Follow 12
   * March 2025, 4:31 pm"}, {@code "By Jane Doe + Follow"}): the button at the end of the line or
   * before a date, after two words at least; a "Follow" before anything else stays.
   */
  static String withoutFollowButton(String line) {
    if (line.indexOf("Follow") < 0) {
      return line; // most lines: one search
    }
    for (String button : FOLLOW_BUTTONS) {
      int at = line.indexOf(button);
      if (at < 0) {
        continue;
      }
      int after = at + button.length();
      if (line.indexOf(' ') >= at) {
        return line; // two words before the button at least ("Jane Doe")
      }
      if (after == line.length()) {
        return line.substring(0, at);
      }
      DateLineExtractor.DateLine date = line.charAt(after) == ' ' ? DateLineExtractor.parse(line.substring(after + 1)) : null;
      if (date != null && date.published() != null) {
        return line.substring(0, at) + " " + line.substring(after + 1);
      }
      return line;
    }
    return line;
  }

  private static final Set<String> SHARE_ICONS = Set.of("f", "x", "in", "\u2709", "t", "li", "g+", "\uD83D\uDD17");

  /**
   * The line without the share icons a flattened byline ends with ({@code "… 05:00 AM EDT f x in
   * ✉"}): two or more of them, each a token of its own.
   */
  static String withoutShareIcons(String line) {
    int end = line.length();
    int icons = 0;
    int cut = end;
    while (true) {
      int sp = line.lastIndexOf(' ', cut - 1);
      if (sp < 0 || !SHARE_ICONS.contains(line.substring(sp + 1, cut))) {
        break;
      }
      icons++;
      cut = sp;
    }
    return icons >= 2 ? line.substring(0, cut).stripTrailing() : line;
  }

  /** One token with an {@code @} between a name and a domain with a dot: the author's address. */
  static boolean isEmailAddress(String p) {
    int at = p.indexOf('@');
    return at > 0 && p.indexOf(' ') < 0 && p.indexOf('@', at + 1) < 0 && p.indexOf('.', at) > at + 1
        && !p.endsWith(".") && p.length() <= 80;
  }

  /**
   * One extra after {@code sep}: after {@code " on "} only a date, after {@code " in "} only a
   * place; otherwise a date, an outlet, a role ({@code "Staff Writer"}, {@code "diplomatic
   * editor"}) or, with {@code anyShortName}, another short capitalized name (kept out of the
   * metadata: {@code "By Jane Doe, Kyiv"} says nothing certain).
   */
  private static @Nullable Extras piece(String sep, String p, boolean anyShortName) {
    if (p.isEmpty() || p.length() > 120) {
      return null;
    }
    if (DateLineExtractor.topicLabelLength(p) > 0) {
      return new Extras(null, null, false); // "… | 22 March, 2024 | Topics: Ambassador, Environment"
    }
    if (p.length() > 80) {
      return null;
    }
    if (sep.equals(" in ")) {
      return isPlace(p) ? new Extras(null, null, false) : null;
    }
    LocalDate date = DateLineExtractor.date(p);
    if (date != null) {
      return new Extras(date, null, false);
    }
    if (isEmailAddress(p)) {
      return new Extras(null, null, false); // "By Brett Sandoval | bsandoval@ovherald.com"
    }
    if (p.length() >= 2 && p.charAt(0) == '@' && p.indexOf(' ') < 0) {
      return new Extras(null, null, false); // "… - Correspondent / @RheaVCBeacon"
    }
    if (!sep.equals(" in ") && Character.isLetter(p.charAt(0))) {
      // A labelled date, maybe with an update: "Posted: Jan 15, 2025 6:00 AM EST | Last Updated: January 15".
      DateLineExtractor.DateLine line = DateLineExtractor.parse(p);
      if (line != null && line.published() != null && line.labelled()) {
        return new Extras(line.published(), null, false);
      }
      if (line != null && line.labelled() && !line.readingTimeOnly() && line.published() == null) {
        return new Extras(null, null, false); // "Edited 13 March 2025, 6:15 pm" beside the first date: the update's
      }
    }
    if (!sep.equals(" in ") && Character.isDigit(p.charAt(0)) && p.indexOf("pdate") > 0) {
      // A date and its update: "14.01.2025 - Update : 15.01.2025".
      DateLineExtractor.DateLine line = DateLineExtractor.parse(p);
      if (line != null && line.published() != null) {
        return new Extras(line.published(), null, false);
      }
    }
    DateLineExtractor.DateLine reading = p.length() <= 30 ? DateLineExtractor.parse(p) : null;
    if (reading != null && reading.readingTimeOnly()) {
      return new Extras(null, null, false); // "Story by Nick Timiraos • 3 min read"
    }
    if (sep.equals(" on ") || Prose.wordCount(p) > 5 || Prose.hasSentenceEnd(p) || p.indexOf(',') >= 0) {
      return null;
    }
    String outlet = outlet(p);
    if (outlet != null) {
      return new Extras(null, outlet, false);
    }
    String[] words = p.split(" ");
    if (ROLES.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return new Extras(null, null, true);
    }
    if (!anyShortName || words.length > 4) {
      return null;
    }
    for (String w : words) {
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
        return null;
      }
    }
    return new Extras(null, null, false);
  }

  /** A place after {@code "in"}: one to three capitalized words ({@code "Warsaw"}, {@code "New York"}). */
  private static boolean isPlace(String s) {
    if (s.isEmpty() || s.length() > 40) {
      return false;
    }
    String[] words = s.split(" ", -1);
    if (words.length > 3) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !PersonNames.isNameWord(w) || w.endsWith(".") && w.length() > 4) {
        return false;
      }
    }
    return true;
  }

  /** A role in capitals that reads as a name ({@code "Reader Representative"}, {@code "Public Editor"}): it ends in a role's word. */
  private static boolean isRole(String name) {
    return ROLES.contains(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
  }

  private static final Set<String> ROLES =
      Set.of("editor", "correspondent", "writer", "reporter", "columnist", "contributor", "producer", "journalist",
          "analyst", "fellow", "photographer", "chief", "staff", "intern", "editors", "writers", "reporters",
          "correspondents", "contributors", "officer", "director", "manager", "coordinator", "specialist",
          "spokesperson", "representative", "ombudsman", "critic", "anchor", "presenter", "commentator", "economist",
          "researcher", "librarian", "archivist", "curator", "lecturer", "professor", "scientist", "student");

  /**
   * Wire services and outlets that sign stories, folded: a byline's {@code ", Associated Press"} or
   * {@code "By Reuters"} names the publisher, never an author.
   */
  private static final Set<String> AGENCIES =
      Set.of("associated press", "ap", "reuters", "thomson reuters", "afp", "agence france-presse", "agence france presse",
          "bloomberg", "bloomberg news", "cnn", "bbc", "bbc news", "npr", "upi", "united press international", "dpa",
          "efe", "ansa", "kyodo", "kyodo news", "xinhua", "tass", "interfax", "yonhap", "anadolu agency", "pa media",
          "press association", "canadian press", "australian associated press", "aap", "al jazeera", "rfe/rl", "voa",
          "pbs", "cbs news", "nbc news", "abc news", "fox news", "politico", "axios", "ria novosti");

  /** Last words that make a short capitalized phrase a newspaper or a broadcaster. */
  private static final Set<String> OUTLET_WORDS =
      Set.of("times", "post", "news", "press", "journal", "herald", "tribune", "magazine", "review", "gazette", "monitor",
          "observer", "telegraph", "chronicle", "examiner", "inquirer", "wire", "radio", "network", "agency", "media",
          "weekly", "dispatch", "bulletin", "courier", "sentinel", "enquirer", "ledger", "standard", "star", "record",
          "daily", "express", "mail", "mirror", "globe", "today", "insider", "digest", "online");

  /**
   * The publisher {@code s} names, or null: a wire service ({@code "Associated Press"}, {@code "The
   * Associated Press"}, {@code "AFP"}), a site ({@code "Antiwar.com"}), or a short capitalized name
   * ending in a newsroom word ({@code "The Kyiv Independent"} is not one; {@code "Fox News"}, {@code
   * "Defense News"} are). A leading "The" of a wire service goes.
   */
  public static @Nullable String outlet(String s) {
    String p = s.strip();
    if (p.isEmpty() || p.length() > 60 || !(Character.isUpperCase(p.charAt(0)) || Character.isDigit(p.charAt(0)))) {
      return null;
    }
    String folded = Prose.fold(p);
    String bare = folded.startsWith("the ") ? folded.substring(4) : folded;
    if (AGENCIES.contains(bare)) {
      return folded.startsWith("the ") ? p.substring(4).strip() : p;
    }
    String[] words = p.split(" ", -1);
    if (words.length > 5) {
      return null;
    }
    for (String w : words) {
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
        return null;
      }
    }
    String last = words[words.length - 1];
    if (words.length == 1 && isSiteName(last)) {
      return p;
    }
    return words.length >= 2 && OUTLET_WORDS.contains(last.toLowerCase(Locale.ROOT)) ? p : null;
  }

  /** {@code Antiwar.com}, {@code Breakingdefense.com}, {@code TheHill.co.uk}: a site named by its address. */
  private static boolean isSiteName(String w) {
    int dot = w.lastIndexOf('.');
    if (dot <= 0 || w.length() - dot - 1 < 2 || w.length() - dot - 1 > 4) {
      return false;
    }
    for (int i = dot + 1; i < w.length(); i++) {
      if (!Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return Character.isLetter(w.charAt(dot - 1));
  }

  /**
   * A byline that names only a newsroom: {@code "The Associated Press"}, {@code "Reuters"}, {@code
   * "Reuters Staff"}, {@code "CNN staff"}. The newsroom is the publisher; there is no author.
   */
  static @Nullable String newsroomOnly(String value) {
    String v = value.strip();
    String known = outlet(v);
    if (known != null && AGENCIES.contains(Prose.fold(known))) {
      return known;
    }
    int staff = v.length() - 6;
    if (staff > 0 && v.regionMatches(true, staff, " Staff", 0, 6)) {
      String who = v.substring(0, staff).strip();
      String named = outlet(who);
      if (named != null) {
        return named;
      }
      String[] words = who.split(" ", -1);
      if (words.length > 3 || who.isEmpty()) {
        return null;
      }
      for (String w : words) {
        if (w.isEmpty() || !PersonNames.isNameWord(w) && !isSiteName(w)) {
          return null;
        }
      }
      return who;
    }
    return null;
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
    return names.isEmpty() ? null : new Byline(List.copyOf(names), null, null, false);
  }
}
