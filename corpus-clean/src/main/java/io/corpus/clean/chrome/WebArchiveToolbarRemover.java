package io.corpus.clean.chrome;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.TextLines;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The toolbar a web archive sets over a page it replays, copied with the page: the Wayback
 * Machine's ({@code "The Wayback Machine - https://web.archive.org/web/2019…"} / {@code "Go"} /
 * {@code "187 captures"} / the calendar strip / {@code "About this capture"} / {@code "COLLECTED
 * BY"} … {@code "TIMESTAMPS"}) and archive.today's ({@code "archived 22 Sep 2023 10:41:07 UTC"} /
 * {@code "archive.today"} / {@code "webpage capture"} / {@code "Saved from"} … {@code "Buy me a
 * coffee"}). Only at the very top of the text, and only when its first line is the archive's own
 * first line; the toolbar then runs as far as its lines have its shapes (for the Wayback Machine,
 * through the {@code "TIMESTAMPS"} line that closes the collection's notes, which are prose).
 * Stateless and thread-safe.
 */
public final class WebArchiveToolbarRemover implements CleanStep {

  public static final String ID = "chrome.web-archive";

  /** A toolbar is among the first this many lines. */
  static final int MAX_LINES = 60;

  private static final String WAYBACK_FIRST = "The Wayback Machine - http";
  private static final Pattern ARCHIVED_AT =
      Pattern.compile("archived \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} UTC");
  private static final Set<String> ARCHIVE_TODAY_HOSTS =
      Set.of("archive.today", "archive.ph", "archive.is", "archive.li", "archive.vn", "archive.md", "archive.fo");

  /** Lines of the Wayback Machine's toolbar, folded. */
  private static final Set<String> WAYBACK_LINES = Set.of("go", "success", "fail", "about this capture", "collected by",
      "timestamps", "loading", "close", "help", "donate", "the wayback machine");
  /** Lines of archive.today's toolbar, folded. */
  private static final Set<String> ARCHIVE_TODAY_LINES = Set.of("webpage capture", "saved from", "search", "webpage",
      "screenshot", "share", "download .zip", "report bug or abuse", "buy me a coffee", "history", "tweet",
      "no other snapshots from this url", "all snapshots from host", "redirected from");

  private static final Pattern CAPTURES = Pattern.compile("[\\d,]{1,9} captures?");
  private static final Pattern CAPTURE_SPAN = Pattern.compile("\\d{1,2} [A-Z][a-z]{2} \\d{4}(?: - \\d{1,2} [A-Z][a-z]{2} \\d{4})?");
  private static final Pattern MONTHS = Pattern.compile("(?:[A-Z]{3}\\s{1,4}){0,2}[A-Z]{3}");
  private static final Pattern NUMBERS = Pattern.compile("\\d{1,4}(?:\\s{1,4}\\d{1,4}){0,2}");
  private static final Pattern UTC_STAMP = Pattern.compile("\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} UTC");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "A web archive's toolbar over the page it replays (the Wayback Machine's, archive.today's).";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  @Override
  public void apply(Draft draft) {
    String text = draft.text();
    int start = 0;
    while (start < text.length() && Draft.isBlank(text.charAt(start))) {
      start++;
    }
    boolean wayback = text.startsWith(WAYBACK_FIRST, start);
    if (!wayback && !text.regionMatches(start, "archived ", 0, 9)) {
      return; // (nearly every text: one look at its first chars)
    }
    List<TextLines.Line> first = TextLines.firstLines(text, MAX_LINES);
    int end = wayback ? waybackEnd(first) : archiveTodayEnd(first);
    if (end > 0) {
      TextLines lines = TextLines.of(text);
      LineRemoval.removeRun(draft, lines, 0, end, ID);
    }
  }

  /** Where the Wayback Machine's toolbar ends: after its "TIMESTAMPS" line, or after its short lines from the top. */
  static int waybackEnd(List<TextLines.Line> first) {
    for (int i = 1; i < first.size(); i++) {
      if (fold(first.get(i).text()).equals("timestamps")) {
        int end = i + 1;
        return end < first.size() && fold(first.get(end).text()).equals("loading") ? end + 1 : end;
      }
    }
    int end = 1;
    while (end < first.size() && isWaybackLine(first.get(end).text())) {
      end++;
    }
    return end;
  }

  private static boolean isWaybackLine(String t) {
    String f = fold(t);
    return WAYBACK_LINES.contains(f) || CAPTURES.matcher(f).matches() || CAPTURE_SPAN.matcher(t).matches()
        || MONTHS.matcher(t).matches() || NUMBERS.matcher(t).matches();
  }

  /** Where archive.today's toolbar ends, or 0 when the first lines are not its. */
  static int archiveTodayEnd(List<TextLines.Line> first) {
    if (first.isEmpty() || !ARCHIVED_AT.matcher(first.get(0).text()).matches()) {
      return 0;
    }
    boolean host = false;
    for (int i = 1; i < Math.min(first.size(), 4); i++) {
      host |= ARCHIVE_TODAY_HOSTS.contains(fold(first.get(i).text()));
    }
    if (!host) {
      return 0;
    }
    int end = 1;
    while (end < first.size() && isArchiveTodayLine(first.get(end).text())) {
      end++;
    }
    return end;
  }

  private static boolean isArchiveTodayLine(String t) {
    String f = fold(t);
    if (ARCHIVE_TODAY_LINES.contains(f) || ARCHIVE_TODAY_HOSTS.contains(f) || UTC_STAMP.matcher(t).matches()) {
      return true;
    }
    // "Saved from https://…", "All snapshots from host www.example.co.uk", the page's address alone
    return f.startsWith("all snapshots from host ") || f.startsWith("saved from http") || f.startsWith("redirected from http")
        || (f.startsWith("http://") || f.startsWith("https://")) && f.indexOf(' ') < 0;
  }

  private static String fold(String t) {
    return t.strip().toLowerCase(Locale.ROOT);
  }
}
