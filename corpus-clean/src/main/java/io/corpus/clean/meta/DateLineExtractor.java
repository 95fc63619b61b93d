package io.corpus.clean.meta;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.PersonNames;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a date line into the published date and removes it: a whole line in the header zone that
 * is a date ({@code "November 18, 2021"}, {@code "Thu, Nov. 18, 2021 12:38 PM ET"}, {@code
 * "2021-11-18"}; see {@link DateParser}), maybe behind a label ({@code "Published: …"}, {@code
 * "Posted on …"}, {@code "Date: …"}), and labelled date lines at the end of the text. Several
 * dates on one line may be separated by {@code " | "} or {@code " · "}.
 *
 * <p>{@code "Updated …"} and {@code "Last modified …"} lines go too but give no published date, and
 * so do reading-time lines in the header ({@code "4 Min Read"}, rule {@code meta.reading-time}).
 * Dates inside sentences ({@code "On November 18, 2021, the Kremlin said…"}) are no date lines and
 * stay, and so does a bare date line in the middle of the text. Stateless and thread-safe.
 *
 * <pre>{@code
 * // "November 18, 2021\n\nAmid increasing alarm…"  ->  "Amid increasing alarm…", published 2021-11-18
 * }</pre>
 */
public final class DateLineExtractor implements CleanStep {

  public static final String ID = "meta.date-line";
  /** Reading-time lines in the header ({@code "4 Min Read"}): chrome that states no date. */
  public static final String READING_TIME_ID = "meta.reading-time";

  private static final String[] PUBLISHED_LABELS = {
    "This story was originally published", "This article was originally published",
    "First published on", "First published:", "First published", "Originally published on",
    "Originally published:", "Originally published",
    // the date's own field label: "Publication date 06 February 2025 | 18:47 ICT", "Date published: 3/4/2025"
    "Publication date:", "Publication date", "Date of publication:", "Date of publication", "Published date:", "Published date",
    "Date published:", "Date published", "Publish date:", "Publish date", "Publishing date:", "Publishing date",
    "Published on:", "Published on", "Published at", "Published:", "Published",
    "Posted on:", "Posted on",
    "Posted:", "Posted", "Released on", "Released:", "Release date:", "Date issued:", "Issued on:", "Issued on", "Issued:", "Issued",
    "Dated:", "Dated", "Date:", "Date",
    "Aired on", "Aired:", "Aired", "Broadcast on", "Air date:", "Premiered on", "Premiered:", "Premiered", "First aired",
    "News release:", "News release", "For Release:", "For release:", "For Immediate Release:", "For immediate release:",
    "Release Date:"
  };
  private static final String[] UPDATED_LABELS = {
    "Last updated on:", "Last updated on", "Last updated:", "Last updated", "Last modified on:", "Last modified on",
    "Last modified:", "Last modified", "Last update on:", "Last update on", "Last update:", "Last update",
    "Updated on:", "Updated on", "Updated at", "Updated:", "Updated", "Update:", "Update",
    // a government page's stamp at its end (sets M and N, 2026-12-07)
    "Page Last Reviewed or Updated:", "Last Reviewed or Updated:", "Page last modified:", "Page last updated:",
    "Page updated:", "Content last reviewed on", "Content last reviewed:", "Last reviewed on", "Last reviewed:", "Modified:",
    "Still current at:", "Still current at",
    // an edit's stamp beside the first date: "13 March 2025, 3:42 pm Edited 13 March 2025, 6:15 pm"
    "Edited on:", "Edited on", "Edited:", "Edited",
    // a reference entry's or a policy's stamp: "Entry revised Feb. 2, 2024", "Last revised: 4 March 2025"
    "Entry revised:", "Entry revised", "Last revised on:", "Last revised on", "Last revised:", "Last revised", "Revised on:",
    "Revised on", "Revised:", "Revised"
  };
  private static final String[] SEPARATORS = {" | ", " \u00B7 ", " \u2022 ", " \u25CF ", " / "};

  /** What a date line states: the published date, if any, and whether every piece had a label. */
  record DateLine(@Nullable LocalDate published, boolean labelled, boolean readingTimeOnly) {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Date lines in the header (\"November 18, 2021\", \"Published: …\") give the published date.";
  }

  @Override
  public java.util.List<String> ruleIds() {
    return java.util.List.of(ID, READING_TIME_ID);
  }

  @Override
  public String description(String ruleId) {
    return ruleId.equals(READING_TIME_ID) ? "Reading-time lines in the header (\"4 min read\") go." : description();
  }

  @Override
  public Phase phase() {
    return Phase.METADATA;
  }

  @Override
  public void apply(Draft draft) {
    TextLines lines = TextLines.of(draft.text());
    int headerEnd = headerEnd(lines);
    int tailStart = Math.max(headerEnd, lines.tailStart());
    // Two bare dates in the header make a timeline ("Key dates:" / "November 10, 2021" / …), whose
    // dates are its content: then no bare date there is a date line.
    // A bare date on the page's first or second line, over the masthead, is the site's date bar
    // (today's date, "Tuesday 12 November 2024") when a date line follows in the header: it goes,
    // gives no date, and counts toward no timeline.
    // Each header and tail line is read as a date line once, whichever loop asks first.
    DateLine[] read = new DateLine[lines.size()];
    boolean[] done = new boolean[lines.size()];
    int dateBar = -1;
    int bare = 0;
    int lastBare = -1;
    for (int i = 0; i < headerEnd && bare < 3; i++) {
      DateLine d = dateLineAt(lines, i, read, done);
      if (d != null && !d.labelled() && !d.readingTimeOnly() && !startsWithLabel(lines.get(i).text())) {
        if (lastBare >= 0 && i - lastBare == 1 && d.published() != null && d.published().equals(read[lastBare].published())) {
          lastBare = i;
          continue; // the same date again right under it, with its update ("Mar 14, 2019" / "Mar 14, 2019 Updated Mar 15, 2019"): one date line, no timeline
        }
        if (dateBar < 0 && bare == 0 && (i <= 1 || i <= MAX_DATE_BAR_LINE && onlyMenuAbove(lines, i))) {
          dateBar = i;
        }
        bare++;
        lastBare = i;
      }
    }
    // (a date bar under the menu, the story's date line below a dek the header zone ends at:
    // "Log in" / "Tuesday, June 10, 2025" / … / the headline, its dek / "By …" / "June 9, 2025":
    // the header reaches that date line and the lines right under it)
    int later = dateBar > 1 && bare == 1 ? laterDateLine(lines, dateBar, Math.min(lines.size(), TextLines.MAX_HEADER_LINES), read, done) : -1;
    if (dateBar >= 0 && bare == 2 && laterDateLine(lines, dateBar, headerEnd, read, done) >= 0) {
      bare--;
    } else if (later >= 0) {
      bare--;
      headerEnd = later + 1;
      while (headerEnd < lines.size() && headerEnd - later <= 2 && dateLineAt(lines, headerEnd, read, done) != null) {
        headerEnd++; // "Updated 3:41 p.m. ET"
      }
      tailStart = Math.max(headerEnd, tailStart);
    } else {
      dateBar = -1;
    }
    // A date the header labels as the publication's ("Transcript published 4 November 2024") wins
    // over a bare date above it (the event's, "Event 112 · Spiegeltent · Saturday 19 October 2024").
    for (int i = 0; i < headerEnd; i++) {
      DateLine d = dateLineAt(lines, i, read, done);
      if (d != null && d.labelled() && d.published() != null && hasPublishedLabel(lines.get(i).text())) {
        draft.publishedIfAbsent(dayFirstOnBritishPages(d.published(), lines.get(i).text(), draft));
        break;
      }
    }
    for (int i = 0; i < headerEnd; i++) {
      int glued = gluedDateEnd(lines.get(i).text());
      if (glued > 0) {
        // "February 20, 2024FTC Sends More Than $4.2 Million …": a date glued to the headline
        TextLines.Line line = lines.get(i);
        DateParser.parse(line.text().substring(0, glued)).ifPresent(d -> draft.publishedIfAbsent(d));
        draft.remove(line.start(), line.start() + glued, ID);
        if (i > 0 && isBareLabel(lines.get(i - 1).text())) {
          LineRemoval.removeLine(draft, lines, i - 1, ID); // "For Release" over it
        }
        break;
      }
    }
    int firstBody = -2; // the first body line, found at the first ask: most texts never ask
    for (int i = 0; i < lines.size(); i++) {
      boolean header = i < headerEnd;
      if (!header && i < tailStart) {
        continue;
      }
      DateLine d = dateLineAt(lines, i, read, done);
      if (d == null || (!header && (!d.labelled() || d.readingTimeOnly()))
          || (d.readingTimeOnly() && !draft.enabled(READING_TIME_ID))) {
        continue;
      }
      if (!d.labelled() && !d.readingTimeOnly() && !startsWithLabel(lines.get(i).text())
          && (bare >= 2 || i > 0 && lines.get(i - 1).text().endsWith(":"))) {
        continue; // a timeline's entry, or an item under "Key dates:"
      }
      if (!header && lines.get(i).text().regionMatches(true, 0, "Dated", 0, 5)) {
        continue; // "Dated: November 8, 2024." over a notice's or a letter's signature: the document's own
      }
      if (!header && BylineExtractor.proseBelow(lines, i)) {
        continue; // a paragraph goes on under it: no end matter, a date the text quotes
      }
      if (d.published() != null && draft.published() != null && !d.published().equals(draft.published())) {
        // below the header, another date than the page's: a quoted clipping's ("The Montrose Review, Friday, 14 March 1952");
        // but the page's own field at its end ("Originally Published: March 10, 2025 at 9:15 p.m.") goes, as it
        // would in a second cleaning, where the header's date is gone
        if (!header && !statesFirstPublication(lines.get(i).text())) {
          continue;
        }
        firstBody = firstBody == -2 ? lines.headerEnd() : firstBody;
        if (header && firstBody > 0 && i > firstBody) {
          continue;
        }
      }
      if (i != dateBar) {
        draft.publishedIfAbsent(dayFirstOnBritishPages(d.published(), lines.get(i).text(), draft));
      }
      String source = header ? trailingSource(lines.get(i).text()) : null;
      if (source != null) {
        draft.publisherFallbackIfAbsent(source); // the release's issuer, when the page names no other publisher
      }
      String paper = header ? paperIn(lines.get(i).text()) : null;
      if (paper != null && BylineExtractor.outlet(paper) != null) {
        // "Published in the Two Harbors Gazette on …": a newspaper's name (a journal's, "Nature", is no publisher)
        draft.publisherFallbackIfAbsent(paper);
      }
      LineRemoval.removeLine(draft, lines, i, d.readingTimeOnly() ? READING_TIME_ID : ID);
      if (i > 0 && !d.readingTimeOnly() && isBareLabel(lines.get(i - 1).text())) {
        LineRemoval.removeLine(draft, lines, i - 1, ID); // "Published" / "3 hours ago", as the BBC prints it
      }
      if (header && i + 1 < headerEnd && lines.get(i + 1).length() <= 80
          && (otherDateField(lines.get(i + 1).text()) || DateParser.isTimeOfDay(lines.get(i + 1).text()))) {
        // "Published 14 November 2024" / "Next update: 13 February 2025": the page's other dates
        // under its date line are its fields too, and go without giving a date; so does the time
        // set on a line of its own ("09.12.2024" / "10:41").
        LineRemoval.removeLine(draft, lines, i + 1, ID);
        i++;
      }
    }
    if (draft.published() == null) {
      // No date line: a press release's dateline gives the date, and stays ("WASHINGTON, May 30,
      // 2024 — The World Bank's Board …" is the body's first sentence).
      for (int i = Math.max(0, headerEnd - 1); i < lines.size() && i <= headerEnd + 2; i++) {
        TextLines.Line l = lines.get(i);
        // A dateline stands in a paragraph's first 80 chars: a long paragraph is not copied whole.
        String head = l.length() <= 120 ? l.text() : l.source().substring(l.start(), l.start() + 80);
        LocalDate date = datelineDate(head);
        if (date == null && i < headerEnd + 1 && l.length() <= 120) {
          date = datedPlaceLine(head);
        }
        if (date != null) {
          draft.publishedIfAbsent(date);
          break;
        }
      }
    }
  }

  /**
   * A page's other date field, a label of one to four words, a colon and a date and nothing else:
   * {@code "Next update: 13 February 2025"}, {@code "Date of deposition: September 12, 2024"},
   * {@code "Date lodged: 29 October 2024"}.
   */
  static boolean otherDateField(String line) {
    int colon = line.indexOf(": ");
    if (colon <= 0 || colon > 40 || !Character.isUpperCase(line.charAt(0)) || Prose.wordCount(line.substring(0, colon)) > 4
        || parse(line) != null) {
      return false; // ("Published: January 9, 2026" is a date line of its own, read in its turn)
    }
    return DateParser.parse(line.substring(colon + 2).strip()).isPresent();
  }

  /**
   * Whether the line is a validity field ({@code "Valid until: further notice"}, {@code "Valid:
   * 21:00 Friday 06/12/2024 to 06:00 Saturday 07/12/2024"}): a warning's content or a notice's
   * field, which stays either way, but no headline.
   */
  static boolean isValidityField(String line) {
    int colon = line.indexOf(": ");
    if (colon > 0 && colon <= 16) {
      return VALIDITY_LABELS.contains(line.substring(0, colon).toLowerCase(java.util.Locale.ROOT));
    }
    // without the colon, the label then a date alone: "Effective from 4 February 2025", "Valid until 31 March 2025"
    for (String label : VALIDITY_LABELS) {
      if (line.length() > label.length() + 1 && line.regionMatches(true, 0, label, 0, label.length())
          && line.charAt(label.length()) == ' ' && label.indexOf(' ') > 0) {
        return DateParser.parse(line.substring(label.length() + 1).strip()).isPresent();
      }
    }
    return false;
  }

  private static final List<String> VALIDITY_LABELS =
      List.of("valid until", "valid from", "in force until", "effective from", "valid", "expires", "effective");

  /**
   * The labels and times of a date line in French, Spanish or Portuguese, as English pages print
   * them (the labels are read at the line's start or after a bar): {@code "Publié le 05.06.2024 à
   * 14h30 | Mis à jour le 05.06.2024 à 17h05"} reads as {@code "Published 05.06.2024 14:30 |
   * Updated 05.06.2024 17:05"}, {@code "21/03/2024 07:45 h | Actualizado el 21/03/2024 11:20 h"}
   * as {@code "21/03/2024 07:45 | Updated 21/03/2024 11:20"}. Any other line comes back as it was:
   * only a line with a digit is read, and only where a label or a time of these forms stands.
   */
  static String inEnglishForm(String line) {
    if (!Prose.hasDigit(line)) {
      return line;
    }
    String out = line;
    // (the labels' common parts first: most lines hold none of them, and are read no further)
    if (out.indexOf("ubli") >= 0 || out.indexOf("tualiz") >= 0 || out.indexOf("Mis \u00E0") >= 0) {
      for (String[] label : ROMANCE_LABELS) {
        if (out.startsWith(label[0])) {
          out = label[1] + out.substring(label[0].length());
        }
        int bar = out.indexOf(label[2]);
        if (bar >= 0) {
          out = out.substring(0, bar + 2) + label[1] + out.substring(bar + label[2].length());
        }
      }
    }
    if (out.indexOf('h') >= 0 || out.indexOf('\u00E0') >= 0 || out.contains(" a las ")) {
      out = TIME_CONNECTOR.matcher(out).replaceAll("");
      out = ROMANCE_TIME.matcher(out).replaceAll("$1:$2");
      out = TIME_THEN_H.matcher(out).replaceAll("$1");
    }
    return out;
  }

  /** Romance-language date labels, longest first: each with the English label it reads as, and itself after a bar. */
  private static final String[][] ROMANCE_LABELS = java.util.stream.Stream.of(new String[][] {
    {"Mis à jour le ", "Updated "}, {"Mis à jour : ", "Updated: "}, {"Mis à jour ", "Updated "},
    {"Actualizado el ", "Updated "}, {"Actualizado: ", "Updated: "}, {"Actualizado ", "Updated "},
    {"Atualizado em ", "Updated "}, {"Atualizado: ", "Updated: "}, {"Atualizado ", "Updated "},
    {"Publié le ", "Published "}, {"Publié : ", "Published: "}, {"Publié ", "Published "},
    {"Publicado el ", "Published "}, {"Publicado em ", "Published "}, {"Publicado: ", "Published: "}, {"Publicado ", "Published "}
  }).map(l -> new String[] {l[0], l[1], "| " + l[0]}).toArray(String[][]::new);

  /** The word before a time in French, Spanish or Portuguese: "à 14h30", "a las 14:30", "às 9h05". */
  private static final java.util.regex.Pattern TIME_CONNECTOR =
      java.util.regex.Pattern.compile("\\s(?:\u00E0|a las|\u00E0s)(?=\\s\\d{1,2}[:h]\\d{2}\\b)");

  /** A time with "h" between the hours and the minutes: "14h30". */
  private static final java.util.regex.Pattern ROMANCE_TIME = java.util.regex.Pattern.compile("\\b(\\d{1,2})h(\\d{2})\\b");

  /** A time followed by its unit: "07:45 h", "20:30 hs" (Argentina), "11:20 hrs", "14:30 Uhr". */
  private static final java.util.regex.Pattern TIME_THEN_H =
      java.util.regex.Pattern.compile("(\\d{1,2}:\\d{2}) (?:h|hs|hrs|horas|Uhr)\\b\\.?");

  /** Line {@code i} read as a date line ({@link #parse}; null for none or a line over 160 chars), read once. */
  private static @Nullable DateLine dateLineAt(TextLines lines, int i, DateLine[] read, boolean[] done) {
    if (!done[i]) {
      read[i] = lines.get(i).length() > 160 ? null : parse(lines.get(i).text());
      done[i] = true;
    }
    return read[i];
  }

  /** A site's date bar stands among the first this many lines, under its menu. */
  static final int MAX_DATE_BAR_LINE = 8;

  /**
   * Whether only a masthead's and a menu's short lines stand above line {@code i} ({@code "Section
   * Navigation"} / {@code "SEARCH"} / {@code "U.S."} / {@code "Log in"} over {@code "Tuesday, June
   * 10, 2025"}): at most 40 chars each, none a sentence of more than three words.
   */
  private static boolean onlyMenuAbove(TextLines lines, int i) {
    for (int k = 0; k < i; k++) {
      String t = lines.get(k).text();
      if (t.length() > 40 || Prose.endsLikeSentence(t) && Prose.wordCount(t) > 3) {
        return false; // ("U.S.", a menu's item, ends with a period too)
      }
    }
    return true;
  }

  /** The first line after {@code from} and before {@code headerEnd} that is a date line with a date, or -1. */
  private static int laterDateLine(TextLines lines, int from, int headerEnd, DateLine[] read, boolean[] done) {
    // At least four lines down (the masthead, a menu, the headline between): dates two lines apart
    // are a timeline's ("Dec 9, 2024" / "Charges filed" / "Dec 10, 2024").
    for (int k = from + 4; k < headerEnd; k++) {
      DateLine d = dateLineAt(lines, k, read, done);
      if (d != null && d.published() != null) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The date of a line that gives the date, then the place and the issuer, in capitalized words
   * ({@code "May 2, 2024 Ottawa, Ontario Transport Canada"}, as Canada.ca prints its releases),
   * or null. The line stays: it is the release's dateline.
   */
  static @Nullable LocalDate datedPlaceLine(String line) {
    if (line.length() > 120 || Prose.endsLikeSentence(line)) {
      return null;
    }
    int year = -1;
    for (int i = 0; i + 4 <= Math.min(line.length(), 24); i++) {
      if (Character.isDigit(line.charAt(i)) && i + 4 <= line.length() && isYear(line, i)) {
        year = i;
        break;
      }
    }
    if (year < 4 || year + 5 >= line.length() || line.charAt(year + 4) != ' ') {
      return null;
    }
    String rest = line.substring(year + 5);
    for (String w : rest.split(" ")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return null; // "May 2, 2024 was the day …" is a sentence
      }
    }
    return DateParser.parse(line.substring(0, year + 4)).orElse(null);
  }

  private static boolean isYear(String s, int i) {
    for (int k = i; k < i + 4; k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return (i == 0 || !Character.isDigit(s.charAt(i - 1))) && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))
        && (s.charAt(i) == '1' || s.charAt(i) == '2');
  }

  /**
   * The date of a dateline that opens a paragraph: a place in capitals, then the date, then a
   * dash ({@code "WASHINGTON, May 30, 2024 — …"}, {@code "SACRAMENTO, Calif., May 30, 2024 – …"}),
   * or null.
   */
  static @Nullable LocalDate datelineDate(String line) {
    if (line.length() < 12 || !isCapital(line.charAt(0))) {
      return null;
    }
    if (!isCapital(line.charAt(1))) {
      return titleCaseDateline(line); // most paragraphs: no place in capitals
    }
    int dash = -1;
    for (String d : new String[] {" \u2014 ", " \u2013 ", " - "}) {
      int at = line.indexOf(d);
      if (at > 0 && at <= 60 && (dash < 0 || at < dash)) {
        dash = at;
      }
    }
    int comma = line.indexOf(", ");
    if (dash < 0 || comma <= 1 || comma >= dash) {
      return null;
    }
    for (int i = 0; i < comma; i++) {
      char c = line.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c == ' ' || c == '.' || c == '-' || c == '\'')) {
        return null; // the place is in capitals
      }
    }
    // "WASHINGTON, May 30, 2024", "SACRAMENTO, Calif., May 30, 2024": the date after one of the commas.
    for (int at = comma; at >= 0 && at < dash; at = line.indexOf(", ", at + 2)) {
      LocalDate date = DateParser.parse(line.substring(at + 2, dash).strip()).orElse(null);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /**
   * A dateline whose place is one word in title case and whose date is whole, with its year, then
   * a dash, then the sentence, not in lower case: {@code "Bern, 15.11.2024 - At its meeting …"}, as
   * European governments set it. Null for anything else ("Overall, 2024 - …" holds no date; "Paris,
   * May 30 – …" no year; "Washington, May 30, 2024 — lower-case place" goes on a sentence).
   */
  private static @Nullable LocalDate titleCaseDateline(String line) {
    int comma = line.indexOf(", ");
    if (comma < 3 || comma > 20) {
      return null;
    }
    for (int i = 1; i < comma; i++) {
      if (!Character.isLowerCase(line.charAt(i)) && line.charAt(i) != '-') {
        return null; // one word in title case: "Bern", "Helsinki", "Den-Haag"
      }
    }
    int from = comma + 2;
    for (String d : new String[] {" - ", " \u2013 ", " \u2014 "}) {
      int at = line.indexOf(d, from);
      int next = at + d.length();
      if (at > from && at - from <= 24 && next < line.length() && !Character.isLowerCase(line.charAt(next))) {
        String date = line.substring(from, at).strip();
        if (date.matches(".*\\d{4}")) {
          return DateParser.parse(date).orElse(null);
        }
      }
    }
    return null;
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** A place in capitals: {@code "STOCKHOLM"}, {@code "SAN JOSÉ"}; 30 chars at most. */
  private static boolean isPlaceInCapitals(String s) {
    if (s.isEmpty() || s.length() > 30) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isUpperCase(c) || c == ' ' || c == '-' || c == '.')) {
        return false;
      }
    }
    return Character.isUpperCase(s.charAt(0));
  }

  /** A date label alone on its line, its date on the next: {@code "Published"}, {@code "Last updated"}. */
  private static boolean isBareLabel(String line) {
    if (line.length() > 20) {
      return false;
    }
    String s = line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
    for (String label : new String[] {"Published", "Posted", "Updated", "Last updated", "First published", "Date"}) {
      if (s.equalsIgnoreCase(label)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The header zone's end: {@link TextLines#headerEnd()}, or, in a short text whose paragraphs are
   * all under its 120 chars (so it finds no body line and gives 0), the first line that ends a
   * sentence and has 60 chars at least, within the zone's line limit. Still 0 when the first line
   * is such a line, or there is none.
   */
  static int headerEnd(TextLines lines) {
    int h = lines.headerEnd();
    if (h > 0 && lines.get(h).text().endsWith(":")) {
      return h; // "… exactly as it was printed:" introduces what follows (a clipping's paper and date); no dek does
    }
    if (h > 0) {
      // A long dek (or a site's tagline) reads as body text; a byline or date line within the next
      // five lines shows the header goes on ("More white storks are skipping … migration." /
      // "Lena Hoffmann" / "May 7, 2024"): then it ends at the next body line after them. A line
      // longer than a dek, or one under the header's own date line or byline, is the body's first
      // paragraph ("Terms of Service" / "Last updated: …" quoted under it stays).
      for (int k = h + 1; k < lines.size() && k <= h + 5 && lines.get(h).length() <= HeadlineExtractor.MAX_DEK; k++) {
        TextLines.Line l = lines.get(k);
        if (TextLines.isBodyLine(l.text())) {
          return h; // a second paragraph under the first: the body has begun ("Correct:" / "By Maria Chen" is its example)
        }
        if (l.length() <= 160 && (parse(l.text()) != null || BylineExtractor.looksLikeByline(l.text()))) {
          if (headerLineAbove(lines, h)) {
            return h;
          }
          for (int b = k + 1; b < lines.size() && b <= TextLines.MAX_HEADER_LINES; b++) {
            if (TextLines.isBodyLine(lines.get(b).text())) {
              return b;
            }
          }
          return h;
        }
      }
      return h;
    }
    for (int i = 0; i < lines.size() && i <= TextLines.MAX_HEADER_LINES; i++) {
      TextLines.Line l = lines.get(i);
      if (l.length() >= 60 && (l.length() > 400 || Prose.endsLikeSentence(l.text()) || TextLines.isBodyLine(l.text()))) {
        return i;
      }
    }
    return 0;
  }

  /** Whether a date line or a byline stands above line {@code h}: the header has them already. */
  private static boolean headerLineAbove(TextLines lines, int h) {
    for (int k = 0; k < h; k++) {
      TextLines.Line l = lines.get(k);
      if (l.length() <= 160 && (parse(l.text()) != null || BylineExtractor.looksLikeByline(l.text()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a whole line is a date line that states a date ({@code "September 18, 2024"}): the date step's to read. */
  public static boolean isDateLine(String line) {
    DateLine d = line.length() > 160 ? null : parse(line);
    return d != null && d.published() != null;
  }

  /**
   * The publication date a whole line states with its label ({@code "This story was originally
   * published May 2, 2024, 5:40 PM."}), or null: for steps that remove such a line for other
   * reasons and keep its date.
   */
  public static @Nullable LocalDate publishedIn(String line) {
    DateLine d = line.length() > 160 ? null : parse(line);
    return d == null || !d.labelled() ? null : d.published();
  }

  /**
   * Whether the line opens with a date label ({@code "Posted: Dec 9, 2024 / 05:48 PM MST"}): its
   * other pieces may hold none, but such a line is the page's date line, no timeline's entry.
   */
  private static boolean startsWithLabel(String line) {
    return labelEnd(line, PUBLISHED_LABELS) > 0 || labelEnd(line, UPDATED_LABELS) > 0;
  }

  /** Whether the line says "published" (in any case) in its first 40 chars: the date it labels is the publication's. */
  private static boolean hasPublishedLabel(String line) {
    int at = Prose.indexOfIgnoringCase(line, "published", 0);
    return at >= 0 && at <= 40;
  }

  private static final String[] DATED_NOUNS = {"Transcript", "Article", "Story", "Page", "Report", "Release", "Video",
    "Episode", "Post", "Statement", "Recording", "Advice", "Notice", "Alert"};

  /**
   * A date label after the noun it dates ({@code "Transcript published 4 November 2024"}, {@code
   * "Page updated 3 May 2024"}): the line without the noun, so the label reads as usual.
   */
  private static String withoutLeadingNoun(String line) {
    int space = line.indexOf(' ');
    if (space < 4 || space > 10 || !Character.isUpperCase(line.charAt(0))) {
      return line;
    }
    for (String noun : DATED_NOUNS) {
      if (noun.length() == space && line.startsWith(noun)) {
        String rest = line.substring(space + 1);
        for (String verb : new String[] {"published ", "updated ", "posted ", "last updated ", "first published ", "issued "}) {
          if (rest.startsWith(verb)) {
            return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
          }
        }
      }
    }
    return line;
  }

  /** GOV.UK's link to a page's history after its date: {@code "Last updated 17 May 2024 — See all updates"}. */
  private static String withoutUpdatesLink(String line) {
    for (String link : new String[] {" \u2014 See all updates", " - See all updates", " + show all updates", " \u2014 see all updates"}) {
      if (line.endsWith(link)) {
        return line.substring(0, line.length() - link.length());
      }
    }
    return line;
  }

  /**
   * Where a full date that opens {@code s} ends when a capital follows its year with no space (a
   * page flattened by textContent: {@code "February 20, 2024FTC Sends …"}, {@code "20 February
   * 2024Ministry announces …"}); 0 when {@code s} opens otherwise. Reads the first 32 chars.
   */
  static int gluedDateEnd(String s) {
    int limit = Math.min(s.length() - 1, 32);
    for (int i = 4; i <= limit; i++) {
      if (Character.isUpperCase(s.charAt(i)) && Character.isDigit(s.charAt(i - 1)) && isYearAt(s, i - 4)
          && (i == 4 || s.charAt(i - 5) == ' ' || s.charAt(i - 5) == ',')) {
        String date = s.substring(0, i);
        return i >= 8 && DateParser.parse(date).isPresent() ? i : 0;
      }
    }
    return 0;
  }

  private static boolean isYearAt(String s, int at) {
    return (s.startsWith("19", at) || s.startsWith("20", at)) && Character.isDigit(s.charAt(at + 2)) && Character.isDigit(s.charAt(at + 3));
  }

  /**
   * The date line {@code line} states, or null when it is not a date line. A piece that states a
   * reading time ({@code "November 19, 2021 | 4 min read"}) goes with the line; a line of nothing
   * but a reading time is one too, with no date.
   */
  static @Nullable DateLine parse(String line) {
    if (line.length() > 160) {
      return null;
    }
    line = inEnglishForm(line);
    if (line.startsWith("and ") && labelEnd(line.substring(4), UPDATED_LABELS) > 0) {
      line = line.substring(4); // "Posted at 5:47 PM, Jul 18, 2023" / "and last updated 8:12 PM, …"
    }
    line = withoutTrailingSource(withoutTrailingReadingTime(withoutUpdatesLink(unglued(spacedBar(withoutCounters(withoutPrintPage(line)))))));
    line = withoutLeadingNoun(line);
    if (isDateSpan(line) || startsWithNumberedPart(line)) {
      return null; // a life's or a run's span, a programme's day: the text's, no date line
    }
    int dashUpdated = line.indexOf(" \u2013 Updated ");
    if (dashUpdated > 0) {
      // "Published 09/04/2025 at 14:20 – Updated 10/04/2025 at 09:02": the dash parts the two
      // (a headline's dash before a date, "Department Press Briefing – March 5, 2024", does not)
      line = line.substring(0, dashUpdated) + " | " + line.substring(dashUpdated + 3);
    }
    int firstPublished = line.indexOf(", first published ");
    if (firstPublished > 8 && line.startsWith("Updated ")) {
      String first = line.substring(firstPublished + 18).strip();
      if (DateParser.isTimeOfDay(first)) {
        // "Updated December 2 2024 - 4:30pm, first published 11:45am": first published that day.
        line = "Published " + line.substring(8, firstPublished);
      } else if (DateParser.parse(first).isPresent()) {
        // "Updated January 30 2025 - 11:02am, first published January 29 2025 - 4:30pm"
        line = "Published " + first;
      }
    }
    int bar = line.indexOf('|');
    if (bar > 0 && bar + 1 < line.length() && line.charAt(bar - 1) != ' ' && isPlaceInCapitals(line.substring(bar + 1))) {
      line = line.substring(0, bar); // "May 9th 2024|STOCKHOLM": a weekly's date and dateline
    }
    // "Nov. 14, 2023 |": a bar or dot left where the page's next field (an author, a topic) was.
    int e = line.length();
    while (e > 0 && (line.charAt(e - 1) == ' ' || line.charAt(e - 1) == '|' || line.charAt(e - 1) == '\u00B7'
        || line.charAt(e - 1) == '\u2022')) {
      e--;
    }
    line = line.substring(0, e);
    int newsOf = line.indexOf(" News of ");
    if (newsOf > 0 && newsOf <= 30 && Character.isUpperCase(line.charAt(0))) {
      // "General News of Friday, 13 September 2024", as GhanaWeb heads a story
      LocalDate d = DateParser.parse(line.substring(newsOf + 9).strip()).orElse(null);
      if (d != null) {
        return new DateLine(d, true, false);
      }
    }
    int in = line.startsWith("Published in ") ? paperOfPublishedIn(line) : -1;
    if (in > 0) {
      // "Published in the Two Harbors Gazette on Feb. 6, 2026": an obituary's or a syndicated story's paper and date
      LocalDate d = DateParser.parse(line.substring(in).strip()).orElse(null);
      if (d != null) {
        return new DateLine(d, true, false);
      }
    }
    LocalDate issued = typeByIssuerOn(line);
    if (issued != null) {
      return new DateLine(issued, true, false); // "A Notice by the Fish and Wildlife Service on 05/31/2024"
    }
    LocalDate placed = placeThenDate(line);
    if (placed == null) {
      placed = labelThenDate(line);
    }
    if (placed != null) {
      return new DateLine(placed, true, false); // "PORTLAND, Maine -- March 9, 2026"
    }
    placed = capitalsThenDate(line);
    if (placed != null) {
      return new DateLine(placed, false, false); // "ISTANBUL  Mar 14, 2025 - 4:12 PM GMT+3": in the header only
    }
    String[] pieces = split(line);
    LocalDate published = null;
    boolean allLabelled = true;
    boolean anyDate = false;
    int labels = 0;
    int yearless = 0;
    int ages = 0;
    for (String piece : pieces) {
      String p = piece.strip();
      if (isReadingTime(p) || pieces.length > 1 && isTopicList(p)) {
        continue; // "4 min read", "Topics: Ambassador, Environment, News"
      }
      boolean updated = false;
      int at = labelEnd(p, PUBLISHED_LABELS);
      if (at < 0) {
        at = labelEnd(p, UPDATED_LABELS);
        updated = at >= 0;
      }
      if (at < 0) {
        allLabelled = false;
        at = 0;
      }
      String value = p.substring(at).strip();
      if (at > 0 && value.startsWith(":")) {
        value = value.substring(1).strip(); // "Published : 2024-05-08 14:32", a colon set apart
      }
      int by = at > 0 ? value.indexOf(" by ") : -1;
      if (by > 0 && Prose.wordCount(value.substring(by + 4)) <= 4 && Character.isUpperCase(value.charAt(by + 4))) {
        value = value.substring(0, by); // "Posted On: 08 MAY 2024 5:12PM by PIB Delhi": the desk after the date
      }
      if (at > 0 && value.endsWith(".") && !value.endsWith("m.")) {
        // "This story was originally published May 2, 2024, 5:40 PM.": a sentence's period
        value = value.substring(0, value.length() - 1);
      }
      value = withoutAge(value);
      if (isAge(value)) {
        // "3 hours ago", "Published 2 days ago", "Posted 3h ago, updated 1h ago": no date to give;
        // beside a date ("2 hours ago | 12/03/2025") the date gives it
        ages++;
        continue;
      }
      LocalDate date = date(value);
      if (date == null) {
        date = timeThenDate(value);
      }
      if (date == null && pieces.length == 1 && at == 0) {
        date = dateThenSection(value);
      }
      if (date == null && pieces.length > 1 && DateParser.isWeekday(value)) {
        continue; // "Published: Thursday | January 25, 2024 | 12:07 AM": the weekday beside its date
      }
      if (date == null) {
        if (updated && pieces.length == 1 && DateParser.isTimeOfDay(value)) {
          ages++; // "Updated 5:02 p.m. ET" alone: the update's time, no date to give
          continue;
        }
        if (updated && (isYearlessDate(value) || isAge(value))) {
          yearless++;
          continue; // "Last Updated: January 15": the other piece states the date
        }
        if (pieces.length > 1 && at == 0 && (DateParser.isTimeOfDay(p) || isSectionLabel(p) && !PersonNames.isName(p))
            && ++labels <= 3) {
          // "4:45 AM PDT · October 2, 2024", "13 March 2025 | Departmental news | Copenhagen"; a
          // person's name beside a date ("Lotte Smit · 20 February 2024") is a byline's.
          continue;
        }
        return null;
      }
      anyDate = true;
      if (!updated && published == null) {
        published = date;
      }
    }
    if ((labels > 0 || yearless > 0) && !anyDate) {
      return null; // a time or labels with no date beside them: no date line
    }
    if (ages > 0 && !anyDate) {
      return new DateLine(null, true, false); // ages alone: the line goes, no date is given
    }
    return new DateLine(published, allLabelled, !anyDate);
  }

  /**
   * The date {@code s} states: any form {@link DateParser} reads, a time before the date as CNN
   * prints it ({@code "12:38 PM ET, Fri November 19, 2021"}), or a dotted date whose second number
   * cannot be a month ({@code "11.19.2021"}, month first). A dotted date that could be read both
   * ways is left to {@link DateParser}, which reads it day first.
   */
  static @Nullable LocalDate date(String s) {
    var parsed = DateParser.parse(s);
    if (parsed.isPresent()) {
      return parsed.get();
    }
    int afterTime = afterLeadingTime(s);
    if (afterTime > 0) {
      return DateParser.parse(s.substring(afterTime)).orElse(null);
    }
    return monthFirstDotted(s);
  }

  /**
   * Where the date starts after a leading time and its zone and a comma: {@code "12:38 PM ET, "},
   * {@code "9.05 a.m. EST, "}; -1 when {@code s} does not start so. The comma is required: a time
   * then a date with no comma is what {@link DateParser} reads or rejects.
   */
  private static int afterLeadingTime(String s) {
    int i = 0;
    int n = s.length();
    int digits = 0;
    while (i < n && digits < 2 && Character.isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (digits == 0 || i + 3 > n || (s.charAt(i) != ':' && s.charAt(i) != '.')
        || !Character.isDigit(s.charAt(i + 1)) || !Character.isDigit(s.charAt(i + 2))) {
      return -1;
    }
    i += 3;
    int comma = s.indexOf(", ", i);
    if (comma < 0 || comma - i > 12) {
      return -1;
    }
    // Between the time and the comma: only a meridiem and a zone ("PM ET", "a.m. EST").
    for (int k = i; k < comma; k++) {
      char c = s.charAt(k);
      if (!(c == ' ' || c == '.' || Character.isLetter(c))) {
        return -1;
      }
    }
    return comma + 2;
  }

  /** {@code "11.19.2021"}: month, day above 12, four-digit year. */
  private static @Nullable LocalDate monthFirstDotted(String s) {
    int first = s.indexOf('.');
    int second = first < 0 ? -1 : s.indexOf('.', first + 1);
    if (first < 1 || first > 2 || second - first < 2 || second - first > 3 || s.length() - second - 1 != 4
        || !allDigits(s, 0, first) || !allDigits(s, first + 1, second) || !allDigits(s, second + 1, s.length())) {
      return null;
    }
    int month = Integer.parseInt(s.substring(0, first));
    int day = Integer.parseInt(s.substring(first + 1, second));
    int year = Integer.parseInt(s.substring(second + 1));
    if (month < 1 || month > 12 || day <= 12 || year < 1900 || year > 2100) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null; // 2.30.2021
    }
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return from < to;
  }

  /** A topic list after its label: {@code "Topics: Ambassador, Environment, News, Speeches"}. */
  static boolean isTopicList(String p) {
    int label = topicLabelLength(p);
    return label > 0 && p.length() > label + 1;
  }

  private static final String[] TOPIC_LABELS = {"Topics:", "Topic:", "Tags:", "Categories:", "Category:", "Filed under:"};

  /** The length of the topic label {@code p} starts with ("Topics:", "Filed under:", any case), or 0. */
  static int topicLabelLength(String p) {
    for (String label : TOPIC_LABELS) {
      if (p.regionMatches(true, 0, label, 0, label.length())) {
        return label.length();
      }
    }
    return 0;
  }

  /** The line without the print edition's page after its date ({@code "Fri, Mar 07, 2025 page3"}, {@code "… Page A1"}). */
  static String withoutPrintPage(String line) {
    // "Fri, Mar 07, 2025 page3", "… page 3", "… Page A1": the print edition's page after the date
    int n = line.length();
    int k = n;
    while (k > 0 && k > n - 3 && Character.isLetterOrDigit(line.charAt(k - 1)) && !Character.isLowerCase(line.charAt(k - 1))) {
      k--;
    }
    if (k == n || !Character.isDigit(line.charAt(n - 1))) {
      return line;
    }
    int p = k > 0 && line.charAt(k - 1) == ' ' ? k - 1 : k;
    if (p >= 5 && line.regionMatches(true, p - 4, "page", 0, 4) && line.charAt(p - 5) == ' ') {
      return line.substring(0, p - 5).stripTrailing();
    }
    return line;
  }

  /**
   * The line without a reading time glued on after a space, with no separator ({@code "By Mercy
   * Chebet | March 11th, 2025 2 min read"}); the line when it has none, or is nothing else.
   */
  /** The longest source name after a date line's bar, in words. */
  private static final int MAX_SOURCE_WORDS = 8;

  /**
   * The source a date line names after its last bar ({@code "May 07, 2024 07:00 ET | Source:
   * Halvorsen Biologics, Inc."}, as a newswire sets its releases), or null: a capitalized name of
   * at most {@value #MAX_SOURCE_WORDS} words after "Source:".
   */
  static @Nullable String trailingSource(String line) {
    int bar = line.lastIndexOf(" | ");
    if (bar <= 0 || !line.regionMatches(true, bar + 3, "Source:", 0, 7)) {
      return null;
    }
    String name = line.substring(bar + 10).strip();
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || Prose.wordCount(name) > MAX_SOURCE_WORDS
        || Prose.hasSentenceEnd(name.endsWith(".") ? name.substring(0, name.length() - 1) : name)) {
      return null;
    }
    return name;
  }

  /** The line without the source after its last bar ({@link #trailingSource}); the line when it names none. */
  static String withoutTrailingSource(String line) {
    return trailingSource(line) == null ? line : line.substring(0, line.lastIndexOf(" | "));
  }

  static String withoutTrailingReadingTime(String line) {
    int n = line.length();
    if (n < 12 || !line.regionMatches(true, n - 4, "read", 0, 4)) {
      return line;
    }
    int space = n;
    for (int k = 0; k < 4; k++) {
      space = line.lastIndexOf(' ', space - 1);
      if (space <= 0) {
        return line;
      }
      if (Character.isDigit(line.charAt(space + 1)) && isReadingTime(line.substring(space + 1))) {
        return line.substring(0, space).strip();
      }
    }
    return line;
  }

  /**
   * A reading time: {@code "4 Min Read"}, {@code "5 min read"}, {@code "4-minute read"}, {@code
   * "12 mins read"}, {@code "Reading time: 4 minutes"}, {@code "Read time: 3 min"}, {@code "· 7 min read ·"}.
   */
  static boolean isReadingTime(String p) {
    // Medium sets the reading time between dots: "· 7 min read ·".
    int from = 0;
    int to = p.length();
    while (from < to && (p.charAt(from) == '\u00B7' || p.charAt(from) == '\u2022' || p.charAt(from) == ' ')) {
      from++;
    }
    while (to > from && (p.charAt(to - 1) == '\u00B7' || p.charAt(to - 1) == '\u2022' || p.charAt(to - 1) == ' ')) {
      to--;
    }
    p = p.substring(from, to);
    String s = p;
    for (String label : new String[] {"Reading time:", "Read time:", "Estimated reading time:"}) {
      int at = Prose.afterLabel(s, label);
      if (at > 0) {
        s = s.substring(at).strip();
        break;
      }
    }
    boolean labelled = s.length() != p.length();
    int paren = s.endsWith(" words)") ? s.lastIndexOf(" (") : -1;
    if (paren > 0) {
      s = s.substring(0, paren); // "3 min (812 words)"
    }
    int i = 0;
    while (i < s.length() && i < 3 && Character.isDigit(s.charAt(i))) {
      i++;
    }
    if (i == 0 || i == s.length() || (s.charAt(i) != ' ' && s.charAt(i) != '-')) {
      return false;
    }
    String unit = s.substring(i + 1).toLowerCase(java.util.Locale.ROOT);
    for (String u : new String[] {"min", "mins", "minute", "minutes"}) {
      if (unit.equals(u + " read") || unit.equals(u + " to read") || labelled && unit.equals(u)) {
        return true;
      }
    }
    return false;
  }

  private static String[] split(String line) {
    for (String sep : SEPARATORS) {
      if (line.contains(sep)) {
        return line.split(java.util.regex.Pattern.quote(sep), 4);
      }
    }
    // "Apr 9, 2024 - Energy & Environment": a dash after a whole date parts it from the next field.
    for (String dash : new String[] {" - ", " \u2013 ", " \u2014 "}) {
      int at = line.indexOf(dash);
      if (at > 0 && at <= 40 && date(line.substring(0, at).strip()) != null) {
        return new String[] {line.substring(0, at), line.substring(at + dash.length())};
      }
      // "Seville - Nov 12, 2024 - 06:30 CET": a place of one or two words before the date and its
      // time ("Department Press Briefing – March 5, 2024" is a title).
      if (at > 0 && at <= 30 && Prose.wordCount(line.substring(0, at)) <= 2
          && DateParser.parse(line.substring(at + dash.length()).strip()).isPresent()) {
        return new String[] {line.substring(0, at), line.substring(at + dash.length())};
      }
    }
    // "Advice issued 12 February 2025   Still current at: 14 February 2025": a check's date after the first
    int still = line.indexOf(" Still current at");
    if (still > 0) {
      return new String[] {line.substring(0, still), line.substring(still + 1)};
    }
    int updated = updatedLabelAt(line);
    // ("Page Last Reviewed or Updated: 10-Dec-2024" holds its "Updated:" inside its own label)
    if (updated > 0 && updated >= Math.max(labelEnd(line, UPDATED_LABELS), labelEnd(line, PUBLISHED_LABELS))) {
      int end = updated;
      while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == ',')) {
        end--;
      }
      return new String[] {line.substring(0, end), line.substring(updated)};
    }
    return new String[] {line};
  }

  /**
   * Where a second, "updated" date starts on a line with no separator: {@code "Published Wed, Feb 26
   * 2025 4:25 PM EST Updated Wed, …"}, {@code "Posted Sat 4 Jan 2025 at 5:02am, updated Sat 4 Jan
   * …"}, {@code "… Last updated …"}; -1 when there is none. Only a word of its own after a blank.
   */
  static int updatedLabelAt(String line) {
    int from = 1;
    while (true) {
      int at = line.indexOf("pdated", from);
      if (at < 2) {
        return -1;
      }
      from = at + 1;
      char u = line.charAt(at - 1);
      if ((u != 'U' && u != 'u') || line.charAt(at - 2) != ' ' || at + 6 >= line.length() || line.charAt(at + 6) != ' '
          && line.charAt(at + 6) != ':') {
        continue;
      }
      int start = at - 1;
      if (start >= 5 && line.regionMatches(true, start - 5, "last ", 0, 5)) {
        start -= 5;
      }
      return start;
    }
  }

  /**
   * {@code "January 15"}, {@code "Jan. 15"}: a month and a day with no year, which an "updated"
   * label may carry beside a full published date.
   */
  private static boolean isYearlessDate(String s) {
    int space = s.indexOf(' ');
    if (space < 3 || s.length() - space > 6 || s.length() > 16) {
      return false;
    }
    return DateParser.parse(s + " 2000").isPresent() && Character.isLetter(s.charAt(0));
  }

  /**
   * {@code "at 5:47 PM, Jul 18, 2023"}, {@code "5:47 PM, Jul 18, 2023"}, {@code "5:00am Tue 10
   * February 2026"}: a time of day before the date, as local TV and NZ sites print it; null for
   * anything else.
   */
  private static @Nullable LocalDate timeThenDate(String value) {
    String v = value.startsWith("at ") ? value.substring(3) : value;
    if (v.isEmpty() || !Character.isDigit(v.charAt(0))) {
      return null;
    }
    int comma = v.indexOf(", ");
    if (comma > 0 && comma <= 24 && DateParser.isTimeOfDay(v.substring(0, comma))) {
      return DateParser.parse(v.substring(comma + 2)).orElse(null);
    }
    // "5:00am Tue 10 February 2026", "09:15 IST 10 January 2026": the time, a blank, the date.
    for (int space = v.indexOf(' '), n = 0; space > 0 && space <= 24 && n < 3; space = v.indexOf(' ', space + 1), n++) {
      if (DateParser.isTimeOfDay(v.substring(0, space))) {
        var d = DateParser.parse(v.substring(space + 1));
        if (d.isPresent()) {
          return d.get();
        }
      }
    }
    return null;
  }

  /**
   * A date line as Reuters pages flatten it, the time glued to the year and "Updated" to the zone
   * ({@code "April 17, 20248:42 AM GMTUpdated 2 hours ago"}), with the blanks put back ({@code
   * "April 17, 2024 8:42 AM GMT Updated 2 hours ago"}); any other line as it was.
   */
  /**
   * A date line without the counters a template prints after it: {@code "15 January 2025 10:42 pm
   * - 0 - {{hitsCtrl.values.hits}}"} (the comments' count and an unrendered template field) reads
   * {@code "15 January 2025 10:42 pm"}. Only at the end of a line that holds such a field or ends
   * in a dash and a number.
   */
  static String withoutCounters(String line) {
    int views = line.lastIndexOf(" Views: ");
    if (views > 0 && allDigitsOrBlanks(line, views + 8, line.length())) {
      line = line.substring(0, views).stripTrailing(); // "Monday, 10 February 2025 | 16:41 Views: 1 284"
    }
    int open = line.indexOf("{{");
    String t = line;
    if (open > 0) {
      int close = line.indexOf("}}", open);
      if (close < 0 || close + 2 != line.length() || close - open > 80) {
        return line;
      }
      t = line.substring(0, open).stripTrailing();
    }
    // then " - 0 -", " - 12": dashes and counts at the end
    int e = t.length();
    boolean cut = false;
    while (e > 0) {
      int k = e;
      while (k > 0 && (Character.isDigit(t.charAt(k - 1)) || t.charAt(k - 1) == ' ')) {
        k--;
      }
      if (k > 1 && t.charAt(k - 1) == '-' && t.charAt(k - 2) == ' ') {
        e = k - 2;
        cut = true;
      } else {
        break;
      }
    }
    return cut || open > 0 ? t.substring(0, e).stripTrailing() : line;
  }

  private static boolean allDigitsOrBlanks(String s, int from, int to) {
    boolean digit = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (c != ' ' && c != ',' && c != '.' && c != '\u00A0') {
        return false;
      }
    }
    return digit;
  }

  /**
   * Where the date starts in {@code "Published in the Two Harbors Gazette on Feb. 6, 2026"} (after
   * " on " or " from "), or -1: the words between are a paper's name, capitalized.
   */
  static int paperOfPublishedIn(String line) {
    int on = line.lastIndexOf(" on ");
    int from = line.lastIndexOf(" from ");
    int cut = Math.max(on, from);
    if (cut <= 13 || line.length() > 120) {
      return -1;
    }
    String paper = paperIn(line);
    return paper == null ? -1 : cut + (cut == on ? 4 : 6);
  }

  /** The paper's name in {@code "Published in the Two Harbors Gazette on Feb. 6, 2026"} ("Two Harbors Gazette"), or null. */
  static @Nullable String paperIn(String line) {
    if (!line.startsWith("Published in ")) {
      return null;
    }
    int cut = Math.max(line.lastIndexOf(" on "), line.lastIndexOf(" from "));
    if (cut <= 13) {
      return null;
    }
    String paper = line.substring(13, cut).strip();
    if (paper.startsWith("the ")) {
      paper = paper.substring(4);
    }
    if (paper.isEmpty() || Prose.wordCount(paper) > 6) {
      return null;
    }
    for (String w : paper.split(" ")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !w.equals("of") && !w.equals("and")) {
        return null;
      }
    }
    return paper;
  }

  private static final java.util.regex.Pattern SLASHED_DATE =
      java.util.regex.Pattern.compile("(?<![\\d/-])(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/-])");

  /**
   * The date a line's ambiguous slashed or dashed date states, read day first on a page written in
   * British English ({@code "Posted 10/02/2025 08:24"} on a fire service's page in Devon is 10
   * February; {@code "Published: 12-03-2025 - 13:04"} on a European institution's is 12 March):
   * the page has a pound sign, a {@code .uk} address or two British spellings. A date whose first
   * number is over 12 reads day first anyway, and an American page month first.
   */
  static @Nullable LocalDate dayFirstOnBritishPages(@Nullable LocalDate date, String line, Draft draft) {
    if (date == null || line.indexOf('/') < 0 && line.indexOf('-') < 0) {
      return date;
    }
    java.util.regex.Matcher m = SLASHED_DATE.matcher(line);
    if (!m.find()) {
      return date;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    if (a > 12 || b > 12 || a == b || date.getMonthValue() != a || date.getDayOfMonth() != b || !readsBritish(draft.text())) {
      return date;
    }
    return LocalDate.of(date.getYear(), b, a);
  }

  private static final List<String> BRITISH_SPELLINGS = List.of("colour", "centre", "organisation", "programme",
      "neighbour", "favour", "metres", "kilometres", "travelled", "labour", "defence", "licence", "behaviour", "honour",
      "tonnes", "whilst", "recognised", "organised", "apologise", "realise", "smoulder", "tyre", "kerb", "mould",
      "aluminium", "cheque", "storey", "jewellery", "analyse", "catalogue", "practise", "fulfil", "enrol", "authorised",
      "criticise", "emphasise", "minimise", "summarise", "prioritise", "theatre", "litre", "fibre", "dial 999", "call 999");

  private static final String MONTHS = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?";
  private static final java.util.regex.Pattern DAY_FIRST_NAMED =
      java.util.regex.Pattern.compile("(?<![\\d,])\\d{1,2}(?:st|nd|rd|th)? " + MONTHS + " \\d{4}(?!\\d)");
  private static final java.util.regex.Pattern MONTH_FIRST_NAMED =
      java.util.regex.Pattern.compile(MONTHS + " \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}(?!\\d)");

  /**
   * Whether a text reads as British English, or as any page that writes the day first: a pound
   * sign, a {@code .uk} address, two British spellings, temperatures in Celsius only ({@code "St
   * Peter Port 9°C"}), or dates with the month's name written day first ({@code "6 March 2025"})
   * and none written month first.
   */
  static boolean readsBritish(String text) {
    if (text.indexOf('\u00A3') >= 0 || text.contains(".uk/") || text.contains(".uk ") || text.endsWith(".uk")) {
      return true;
    }
    if (text.contains("\u00B0C") && !text.contains("\u00B0F")) {
      return true;
    }
    if (DAY_FIRST_NAMED.matcher(text).find() && !MONTH_FIRST_NAMED.matcher(text).find()) {
      return true;
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    int found = 0;
    for (String w : BRITISH_SPELLINGS) {
      if (lower.contains(w) && ++found >= 2) {
        return true;
      }
    }
    return false;
  }

  /** {@code "Selin Arıkan |14.01.2025"}: a bar glued to the date after it, set apart ({@code " | 14.01.2025"}). */
  static String spacedBar(String line) {
    int bar = line.indexOf(" |");
    if (bar < 0 || bar + 2 >= line.length() || !Character.isDigit(line.charAt(bar + 2))) {
      return line;
    }
    return line.substring(0, bar + 2) + " " + line.substring(bar + 2);
  }

  /**
   * The line without the ages glued to what follows them, as textContent joins a date's three
   * renderings ({@code "Posted 4h ago4 hours agoTue 4 Mar 2025 at 5:12am"} gives {@code "Posted Tue
   * 4 Mar 2025 at 5:12am"}): a number, a unit and "ago" with a letter or a digit right after it.
   */
  static String withoutGluedAges(String line) {
    int ago = line.indexOf("ago");
    if (ago < 0) {
      return line;
    }
    StringBuilder sb = null;
    int copied = 0;
    for (; ago >= 0; ago = line.indexOf("ago", ago + 3)) {
      int after = ago + 3;
      if (after >= line.length() || !Character.isLetterOrDigit(line.charAt(after)) || ago < 2) {
        continue;
      }
      int k = ago - 1;
      if (line.charAt(k) == ' ') {
        k--;
      }
      int unitEnd = k + 1;
      while (k >= 0 && Character.isLetter(line.charAt(k)) && unitEnd - k <= 7) {
        k--;
      }
      if (k == unitEnd - 1) {
        continue; // no unit
      }
      if (k >= 0 && line.charAt(k) == ' ') {
        k--;
      }
      int digitsEnd = k + 1;
      while (k >= 0 && Character.isDigit(line.charAt(k)) && digitsEnd - k <= 3) {
        k--;
      }
      if (k == digitsEnd - 1 || k + 1 < copied) {
        continue; // no number before the unit
      }
      sb = sb == null ? new StringBuilder(line.length()) : sb;
      sb.append(line, copied, k + 1);
      copied = after;
    }
    return sb == null ? line : sb.append(line, copied, line.length()).toString().replace("  ", " ");
  }

  static String unglued(String line) {
    line = withoutNumericTwin(withoutGluedAges(line));
    StringBuilder sb = null;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      // ", 2024" then the hour's digits and a colon: "…, 20248:42 …"
      boolean yearThenTime = c == ',' && i + 7 < n && line.charAt(i + 1) == ' ' && (line.startsWith("19", i + 2)
          || line.startsWith("20", i + 2)) && allDigits(line, i + 2, i + 6) && Character.isDigit(line.charAt(i + 6))
          && (line.charAt(i + 7) == ':' || i + 8 < n && Character.isDigit(line.charAt(i + 7)) && line.charAt(i + 8) == ':');
      // a zone, a zone's offset, a time or a meridiem glued to "Updated": "GMTUpdated", "AMUpdated",
      // "GMT+2Updated", "11:20Updated", "p.m.Updated"
      boolean zoneThenUpdated = c == 'U' && i >= 2 && line.startsWith("Updated", i)
          && (Character.isUpperCase(line.charAt(i - 1)) && Character.isUpperCase(line.charAt(i - 2))
              || Character.isDigit(line.charAt(i - 1)) || line.charAt(i - 1) == '.');
      if (yearThenTime || zoneThenUpdated) {
        if (sb == null) {
          sb = new StringBuilder(n + 4).append(line, 0, i);
        }
        if (yearThenTime) {
          sb.append(line, i, i + 6).append(' ');
          i += 5;
          continue;
        }
        sb.append(' ');
      }
      if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? line : sb.toString();
  }

  /**
   * A numeric date glued to the same date written out, as DW prints it ({@code "05/07/2024May 7,
   * 2024"}): the written one alone, which is not ambiguous as {@code 05/07} is.
   */
  private static String withoutNumericTwin(String line) {
    int n = line.length();
    if (n < 14 || !Character.isDigit(line.charAt(0))) {
      return line;
    }
    int i = 0;
    while (i < n && i < 10 && (Character.isDigit(line.charAt(i)) || line.charAt(i) == '/' || line.charAt(i) == '.')) {
      i++;
    }
    if (i >= 8 && i < n && Character.isUpperCase(line.charAt(i)) && Character.isDigit(line.charAt(i - 1))
        && DateParser.isMonthName(line.substring(i, Math.min(n, i + 9)).split("[ .,]")[0])
        && DateParser.parse(line.substring(0, i)).isPresent()) {
      return line.substring(i);
    }
    return line;
  }

  private static final String[] DASHES = {" -- ", " \u2014 ", " \u2013 ", " - "};

  /**
   * A press release's dateline on a line of its own: the city in capitals, maybe a state or
   * country after a comma, a dash and the date ({@code "PORTLAND, Maine -- March 9, 2026"}, {@code
   * "WASHINGTON — Jan. 15, 2025"}); null for any other line. The place is at most five words and
   * 40 chars.
   */
  /** A line labelled as the piece's first publication ({@code "Originally Published: …"}, {@code "First published on …"}). */
  static boolean statesFirstPublication(String line) {
    return line.regionMatches(true, 0, "Originally published", 0, 20) || line.regionMatches(true, 0, "First published", 0, 15);
  }

  /**
   * Two dates with a year each joined by a dash: {@code "March 3, 1941 – February 26, 2024"} (an
   * obituary's life span), {@code "12 May 2025 - 18 May 2025"} (a run's). A span states no day of
   * publication.
   */
  static boolean isDateSpan(String line) {
    for (String dash : new String[] {" \u2013 ", " - ", " \u2014 ", " to "}) {
      int at = line.indexOf(dash);
      if (at > 0 && line.indexOf(dash, at + 1) < 0) {
        String left = line.substring(0, at).strip();
        String right = line.substring(at + dash.length()).strip();
        return hasYear(left) && hasYear(right) && DateParser.parse(left).isPresent() && DateParser.parse(right).isPresent();
      }
    }
    return false;
  }

  private static boolean hasYear(String s) {
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      digits = Character.isDigit(s.charAt(i)) ? digits + 1 : 0;
      if (digits == 4) {
        return true;
      }
    }
    return false;
  }

  /** Labels of a numbered part of a programme or a series: {@code "Day 1 – Wednesday 17 September 2025"}. */
  private static final String[] PART_LABELS = {"Day ", "Week ", "Session ", "Round ", "Stage ", "Part ", "Episode ", "Match "};

  /** {@code "Day 1 – …"}, {@code "Week 12: …"}: a numbered part's label, then a dash or colon. */
  static boolean startsWithNumberedPart(String line) {
    for (String label : PART_LABELS) {
      if (line.startsWith(label)) {
        int i = label.length();
        int d = i;
        while (d < line.length() && Character.isDigit(line.charAt(d))) {
          d++;
        }
        return d > i && d - i <= 3 && d + 1 < line.length() && line.charAt(d) == ' ' && "\u2013-\u2014:".indexOf(line.charAt(d + 1)) >= 0
            || d > i && d < line.length() && line.charAt(d) == ':';
      }
    }
    return false;
  }

  static @Nullable LocalDate placeThenDate(String line) {
    for (String dash : DASHES) {
      int at = line.indexOf(dash);
      if (at <= 0 || at > 40) {
        continue;
      }
      String place = line.substring(0, at);
      int comma = place.indexOf(',');
      String city = comma < 0 ? place : place.substring(0, comma);
      if (city.isEmpty() || Prose.wordCount(place) > 5 || place.indexOf(',', comma + 1) > 0 && comma >= 0) {
        return null;
      }
      for (int i = 0; i < city.length(); i++) {
        char c = city.charAt(i);
        if (Character.isLetter(c) && !Character.isUpperCase(c)) {
          return null; // the city in capitals, as datelines set it
        }
      }
      if (!Character.isLetter(city.charAt(0))) {
        return null;
      }
      return DateParser.parse(line.substring(at + dash.length()).strip()).orElse(null);
    }
    return null;
  }

  /**
   * A city in capitals and the date with only a space (a column's gap, collapsed) between them:
   * {@code "ISTANBUL  Mar 14, 2025 - 4:12 PM GMT+3"}. One to three words of capitals, three
   * letters or more in all, then a date that starts with a month or a day and is nothing else
   * ({@link DateParser}). Read in the header only: in the body, {@code "AGM 12 March 2025"} may be
   * a list's.
   */
  private static @Nullable LocalDate capitalsThenDate(String line) {
    int i = 0;
    int words = 0;
    int letters = 0;
    int n = line.length();
    while (i < n && words < 3) {
      int s = i;
      while (i < n && (Character.isUpperCase(line.charAt(i)) || line.charAt(i) == '-' && i > s)) {
        i++;
      }
      if (i == s || i < n && line.charAt(i) != ' ') {
        return null; // a word with a small letter, a digit or a comma: no city in capitals
      }
      letters += i - s;
      words++;
      if (i >= n) {
        return null;
      }
      i++;
      if (i < n && (Character.isDigit(line.charAt(i)) || Character.isUpperCase(line.charAt(i))
          && i + 1 < n && Character.isLowerCase(line.charAt(i + 1)))) {
        break; // the date starts: "Mar 14", "14 March"
      }
    }
    if (letters < 3 || i >= n || words > 3) {
      return null;
    }
    return DateParser.parse(line.substring(i).strip()).orElse(null);
  }

  /**
   * A page-type label or a place, a comma, and the date, as Finland's missions and many European
   * ministries head a story: {@code "News, 30.9.2024"}, {@code "Press release, 12 March 2024"},
   * {@code "Helsinki, 30.9.2024"}. The label is one to three words of letters, the first in a
   * capital; the rest must be a date and nothing else ({@link DateParser}), so a sentence that
   * starts so never reads as one.
   */
  private static final java.util.regex.Pattern TYPE_BY_ISSUER_ON =
      java.util.regex.Pattern.compile("An? [A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,20}){0,3} by (?:the )?[A-Z][^\n]{1,80}? on ([^\n]{6,30})");

  /**
   * The date of a line that names the document's type, its issuer and the day it was issued
   * ({@code "A Notice by the Fish and Wildlife Service on 05/31/2024"}, {@code "A Proposed Rule by
   * the Environmental Protection Agency on 01/12/2024"}, {@code "An Executive Order by the
   * Executive Office of the President on 01/20/2025"}), as the Federal Register heads a document,
   * or null: the type in capitalized words, and a whole date after the last "on".
   */
  static @Nullable LocalDate typeByIssuerOn(String line) {
    if (line.length() > 160 || !(line.startsWith("A ") || line.startsWith("An ")) || line.indexOf(" by ") < 0) {
      return null;
    }
    java.util.regex.Matcher m = TYPE_BY_ISSUER_ON.matcher(line);
    return m.matches() ? DateParser.parse(m.group(1).strip()).orElse(null) : null;
  }

  static @Nullable LocalDate labelThenDate(String line) {
    int comma = line.indexOf(',');
    if (comma <= 0 || comma > 30 || !Character.isUpperCase(line.charAt(0)) || comma + 1 >= line.length()
        || line.charAt(comma + 1) != ' ') {
      return null;
    }
    if (isReleaseNumber(line.substring(0, comma))) {
      return DateParser.parse(line.substring(comma + 1).strip()).orElse(null); // "IR-2024-298, Dec. 9, 2024"
    }
    int words = 1;
    for (int i = 0; i < comma; i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        if (++words > 3 || line.charAt(i - 1) == ' ') {
          return null;
        }
      } else if (!Character.isLetter(c) && c != '-') {
        return null;
      }
    }
    if (DateParser.isWeekday(line.substring(0, comma)) || PersonNames.isName(line.substring(0, comma))) {
      return null; // "Monday, 30.9.2024": the date parser reads the weekday itself; "Lotte Smit, 20 February 2024" is a byline
    }
    return DateParser.parse(line.substring(comma + 1).strip()).orElse(null);
  }

  /**
   * A release's number as one token: capitals, then digits, parted by hyphens, slashes or dots
   * ({@code "IR-2024-298"}, {@code "PR/24/19"}, {@code "NR-117"}).
   */
  static boolean isReleaseNumber(String s) {
    if (s.length() < 4 || s.length() > 24 || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    boolean digit = false;
    boolean mark = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == '-' || c == '/' || c == '.') {
        mark = true;
      } else if (!(c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return digit && mark;
  }

  /**
   * {@code "3 hours ago"}, {@code "1 day ago"}, {@code "3h ago"}, {@code "about 5 hours ago"},
   * {@code "an hour ago"}: a relative age and nothing else.
   */
  static boolean isAge(String value) {
    if (value.length() > 28 || !value.endsWith(" ago")) {
      return false;
    }
    for (String hedge : AGE_HEDGES) {
      if (value.startsWith(hedge)) {
        value = value.substring(hedge.length());
        break;
      }
    }
    if (value.startsWith("a ") || value.startsWith("an ")) {
      value = "1" + value.substring(value.indexOf(' ')); // "an hour ago"
    }
    if (value.length() > 20) {
      return false;
    }
    int i = 0;
    while (i < value.length() && i < 3 && Character.isDigit(value.charAt(i))) {
      i++;
    }
    if (i > 0 && i + 5 == value.length() && "hmd".indexOf(value.charAt(i)) >= 0) {
      return true; // "3h ago", "45m ago", "2d ago", as the ABC prints them
    }
    if (i == 0 || i >= value.length() || value.charAt(i) != ' ') {
      return false;
    }
    String unit = value.substring(i + 1, value.length() - 4);
    for (String u : AGE_UNITS) {
      if (unit.equals(u) || unit.equals(u + "s")) {
        return true;
      }
    }
    return false;
  }

  private static final String[] AGE_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"};

  /** Words before a relative age: {@code "about 5 hours ago"}, {@code "over a year ago"}. */
  private static final String[] AGE_HEDGES = {"about ", "over ", "nearly ", "almost ", "less than ", "more than ", "just "};

  /**
   * The date after a relative age, as WordPress themes print both: {@code "2 days ago on February
   * 12, 2024"} gives {@code "February 12, 2024"}; other values come back as they were.
   */
  static String withoutAge(String value) {
    int i = 0;
    while (i < value.length() && i < 3 && Character.isDigit(value.charAt(i))) {
      i++;
    }
    if (i == 0 || i >= value.length() || value.charAt(i) != ' ') {
      return value;
    }
    for (String unit : AGE_UNITS) {
      if (value.startsWith(unit, i + 1)) {
        int after = i + 1 + unit.length();
        if (after < value.length() && value.charAt(after) == 's') {
          after++;
        }
        for (String tail : new String[] {" ago on ", " ago, ", " ago \u00B7 ", " ago - "}) {
          if (value.startsWith(tail, after)) {
            return value.substring(after + tail.length()).strip();
          }
        }
      }
    }
    return value;
  }

  /**
   * A short label beside a date on a date line: a section, a place, a desk ({@code "Departmental
   * news"}, {@code "Copenhagen"}, {@code "TOI Sports Desk"}, {@code "TNN"}). One to four words
   * that start in capitals or digits, 40 chars at most, no sentence or clause punctuation.
   */
  static boolean isSectionLabel(String p) {
    if (p.isEmpty() || p.length() > 40 || !Character.isUpperCase(p.charAt(0))) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == ' ') {
        words++;
      } else if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == '\u201C') {
        return false;
      }
    }
    return words <= 4 && !Prose.endsWithPeriod(p);
  }

  /**
   * A date with a section after it, as UN News prints it: {@code "10 January 2025 Climate and
   * Environment"}. The date is the first two to five words; what follows is a short label ({@link
   * #isSectionLabel}), whose words all start in capitals but for {@code and}, {@code of}, {@code &}.
   */
  private static @Nullable LocalDate dateThenSection(String s) {
    if (s.length() > 80 || s.isEmpty() || !Character.isLetterOrDigit(s.charAt(0))) {
      return null;
    }
    int cut = s.indexOf(' ');
    for (int words = 1; cut > 0 && words <= 5; words++) {
      if (words >= 2) {
        String rest = s.substring(cut + 1);
        if (isSectionLabel(rest) && sectionWords(rest)) {
          var d = DateParser.parse(s.substring(0, cut));
          if (d.isPresent()) {
            return d.get();
          }
        }
      }
      cut = s.indexOf(' ', cut + 1);
    }
    return null;
  }

  private static boolean sectionWords(String rest) {
    for (String w : rest.split(" ")) {
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || w.equals("and") || w.equals("of") || w.equals("&"))) {
        return false;
      }
    }
    return true;
  }

  private static int labelEnd(String s, String[] labels) {
    for (String label : labels) {
      int at = Prose.afterLabel(s, label);
      if (at > 0 && at < s.length() && (label.endsWith(":") || s.charAt(at) == ' ')) {
        return at;
      }
    }
    return -1;
  }
}
