package io.corpus.clean.meta;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Turns a date line into the published date and removes it: a whole line in the header zone that
 * is a date ({@code "November 18, 2021"}, {@code "Thu, Nov. 18, 2021 12:38 PM ET"}, {@code
 * "2021-11-18"}; see {@link DateParser}), maybe behind a label ({@code "Published: …"}, {@code
 * "Posted on …"}, {@code "Date: …"}), and labelled date lines at the end of the text. Several
 * dates on one line may be separated by {@code " | "} or {@code " · "}.
 *
 * <p>{@code "Updated …"} and {@code "Last modified …"} lines go too but give no published date.
 * Dates inside sentences ({@code "On November 18, 2021, the Kremlin said…"}) are no date lines and
 * stay, and so does a bare date line in the middle of the text. Stateless and thread-safe.
 *
 * <pre>{@code
 * // "November 18, 2021\n\nAmid increasing alarm…"  ->  "Amid increasing alarm…", published 2021-11-18
 * }</pre>
 */
public final class DateLineExtractor implements CleanStep {

  public static final String ID = "meta.date-line";

  private static final String[] PUBLISHED_LABELS = {
    "First published on", "First published:", "First published", "Originally published on",
    "Originally published:", "Originally published", "Published on", "Published:", "Published", "Posted on",
    "Posted:", "Posted", "Released on", "Released:", "Release date:", "Dated:", "Dated", "Date:"
  };
  private static final String[] UPDATED_LABELS = {
    "Last updated on", "Last updated:", "Last updated", "Last modified on", "Last modified:", "Last modified",
    "Updated on", "Updated:", "Updated"
  };
  private static final String[] SEPARATORS = {" | ", " \u00B7 ", " \u2022 "};

  /** What a date line states: the published date, if any, and whether every piece had a label. */
  record DateLine(@Nullable LocalDate published, boolean labelled) {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Date lines in the header (\"November 18, 2021\", \"Published: …\") give the published date.";
  }

  @Override
  public Phase phase() {
    return Phase.METADATA;
  }

  @Override
  public void apply(Draft draft) {
    TextLines lines = TextLines.of(draft.text());
    int headerEnd = lines.headerEnd();
    int tailStart = Math.max(headerEnd, lines.tailStart());
    for (int i = 0; i < lines.size(); i++) {
      boolean header = i < headerEnd;
      if (!header && i < tailStart) {
        continue;
      }
      DateLine d = lines.get(i).length() > 160 ? null : parse(lines.get(i).text());
      if (d == null || (!header && !d.labelled())) {
        continue;
      }
      draft.publishedIfAbsent(d.published());
      LineRemoval.removeLine(draft, lines, i, ID);
    }
  }

  /** The date line {@code line} states, or null when it is not a date line. */
  static @Nullable DateLine parse(String line) {
    if (line.length() > 160) {
      return null;
    }
    String[] pieces = split(line);
    LocalDate published = null;
    boolean allLabelled = true;
    for (String piece : pieces) {
      String p = piece.strip();
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
      var date = DateParser.parse(p.substring(at).strip());
      if (date.isEmpty()) {
        return null;
      }
      if (!updated && published == null) {
        published = date.get();
      }
    }
    return new DateLine(published, allLabelled);
  }

  private static String[] split(String line) {
    for (String sep : SEPARATORS) {
      if (line.contains(sep)) {
        return line.split(java.util.regex.Pattern.quote(sep), 4);
      }
    }
    return new String[] {line};
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
