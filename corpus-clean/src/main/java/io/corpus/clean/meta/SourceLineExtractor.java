package io.corpus.clean.meta;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.PersonNames;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@code "Source: Foreign Policy"} line in the header or at the end of a document into the
 * publisher and removes it.
 *
 * <p>The line must be the whole line, in the header zone (the short lines before the first body
 * paragraph) or the last lines, and the value a short name: one to eight words, starting with a
 * capital or a digit, with no sentence in it. {@code "Source: a senior official said the talks had
 * stalled."} is prose and stays, and so does a {@code "Source: …"} line under a chart in the middle
 * of the text.
 *
 * <p>A closing (or opening) {@code "Originally published in Foreign Policy on November 19, 2021."}
 * line goes too: the outlet becomes the publisher and the date the published date, each only when
 * not known yet. The outlet must be a short capitalized name, so {@code "Originally published in
 * 1960, the book …"} stays. Stateless and thread-safe.
 *
 * <pre>{@code
 * // "Source: Foreign Policy\n\nAmid increasing alarm…"  ->  "Amid increasing alarm…", publisher "Foreign Policy"
 * }</pre>
 */
public final class SourceLineExtractor implements CleanStep {

  public static final String ID = "meta.source-line";
  private static final String[] LABELS = {"Source:", "Publisher:", "Publication:"};

  /**
   * A release's issuer line at its end ({@code "Issued by: Department of Water and Sanitation"},
   * as gov.za prints it): the publisher. In the header, an issuing unit's line ({@code "Issued By:
   * Economic Research Department"}) is not the page's publisher.
   */
  private static final String ISSUED_BY = "Issued by:";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "\"Source: X\" header or footer lines; X becomes the publisher.";
  }

  @Override
  public Phase phase() {
    return Phase.METADATA;
  }

  @Override
  public void apply(Draft draft) {
    // The headline step asks where this step and the byline and date steps after it removed
    // lines ("From: Transport Canada" under the headline, as a byline would stand).
    draft.trackChangesFromThisStep(HeadlineExtractor.HEADER_LINES);
    TextLines lines = TextLines.of(draft.text());
    for (int i : lines.headerAndTail()) {
      if (lines.get(i).length() > 160) {
        continue;
      }
      String text = lines.get(i).text();
      String publisher = publisherOf(text);
      if (publisher == null && i >= lines.tailStart() && namesIssuer(text) && bodyAbove(lines, i)) {
        publisher = valueOf(text, Prose.afterLabel(text, ISSUED_BY));
      }
      if (publisher == null) {
        publisher = fromOrganisation(text);
      }
      if (publisher != null) {
        String author = contributor(publisher);
        if (author != null) {
          draft.addAuthor(author); // "Source: Kwabena Asante-Mensah, Contributor": a writer, not the publisher
        } else {
          draft.publisherIfAbsent(publisher);
        }
        LineRemoval.removeLine(draft, lines, i, ID);
        continue;
      }
      Republished r = republished(text);
      if (r != null) {
        draft.publisherIfAbsent(r.publisher());
        draft.publishedIfAbsent(r.date());
        LineRemoval.removeLine(draft, lines, i, ID);
      }
    }
  }

  /** What an "originally published in" line states. */
  record Republished(String publisher, @Nullable LocalDate date) {}

  private static final String[] REPUBLISHED_LABELS = {
    "Originally published in", "Originally published by", "First published in", "First published by",
    "This article was originally published in", "This article was originally published by",
    "This article was first published in", "This article was first published by",
    "This story was originally published in", "This story was originally published by"
  };

  /**
   * {@code "Originally published in Foreign Policy on November 19, 2021."}, {@code "This article
   * was originally published by The Conversation."}: the outlet and the date, or null when the
   * line says anything else.
   */
  static @Nullable Republished republished(String line) {
    char c0 = line.isEmpty() ? ' ' : Character.toLowerCase(line.charAt(0));
    if (c0 != 'o' && c0 != 'f' && c0 != 't') {
      return null; // most lines
    }
    for (String label : REPUBLISHED_LABELS) {
      int at = Prose.afterLabel(line, label);
      if (at <= 0 || at >= line.length() || line.charAt(at) != ' ') {
        continue;
      }
      String value = line.substring(at).strip();
      if (value.endsWith(".") && !value.endsWith("..")) {
        value = value.substring(0, value.length() - 1).strip();
      }
      LocalDate date = null;
      int on = value.lastIndexOf(" on ");
      if (on > 0) {
        date = DateLineExtractor.date(value.substring(on + 4).strip());
        if (date == null) {
          return null;
        }
        value = value.substring(0, on).strip();
      }
      return isOutletName(value) ? new Republished(value, date) : null;
    }
    return null;
  }

  /** One to six words, capitalized but for {@code of the and &} inside: {@code "The New York Times"}. */
  private static boolean isOutletName(String value) {
    if (value.isEmpty() || value.length() > 60 || !Character.isUpperCase(value.charAt(0))) {
      return false;
    }
    String[] words = value.split(" ", -1);
    if (words.length > 6) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      boolean inner = k > 0 && k < words.length - 1;
      if (inner && (w.equals("of") || w.equals("the") || w.equals("and") || w.equals("&"))) {
        continue;
      }
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!(Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '\u2019' || c == '-')) {
          return false;
        }
      }
    }
    return true;
  }

  /** Words that name an organisation, one of which a {@code "From:"} line's value must hold. */
  private static final java.util.Set<String> ORGANISATION_WORDS = java.util.Set.of(
      "department", "ministry", "office", "agency", "council", "authority", "commission", "service", "institute",
      "university", "government", "bureau", "trust", "foundation", "board", "executive", "inspectorate", "regulator",
      "secretary", "cabinet", "treasury", "committee", "administration", "directorate", "organisation", "organization",
      "canada", "police", "court", "courts", "tribunal", "parliament", "assembly");

  /**
   * GOV.UK's {@code "From: Department for Environment, Food & Rural Affairs"}: the organisation
   * that issued the page, its publisher. Only an organisation's name (one of {@link
   * #ORGANISATION_WORDS}, at most twelve words, capitalized, no address and no sentence): a mail
   * header's {@code "From: Jane Doe <jane@…>"} stays.
   */
  static @Nullable String fromOrganisation(String line) {
    int at = Prose.afterLabel(line, "From:");
    if (at < 0) {
      return null;
    }
    String value = line.substring(at).strip();
    if (value.isEmpty() || value.length() > 120 || !Character.isUpperCase(value.charAt(0)) || value.indexOf('@') >= 0
        || value.indexOf('<') >= 0 || Prose.hasSentenceEnd(value) || Prose.wordCount(value) > 12) {
      return null;
    }
    for (String w : value.split("[ ,]+")) {
      if (ORGANISATION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return value;
      }
    }
    return null;
  }

  /** The publisher a source line names, or null when the line is not a source line. */
  public static @Nullable String publisherOf(String line) {
    for (String label : LABELS) {
      int at = Prose.afterLabel(line, label);
      if (at >= 0) {
        return valueOf(line, at);
      }
    }
    return null;
  }

  /** The person a source line names with a writer's role ({@code "Kwabena Asante-Mensah, Contributor"}), or null. */
  private static @Nullable String contributor(String value) {
    int comma = value.lastIndexOf(", ");
    if (comma <= 0) {
      return null;
    }
    String role = value.substring(comma + 2).toLowerCase(java.util.Locale.ROOT);
    String name = value.substring(0, comma).strip();
    boolean writer = role.equals("contributor") || role.equals("correspondent") || role.equals("reporter")
        || role.equals("writer") || role.equals("journalist") || role.equals("staff writer") || role.equals("columnist");
    return writer && PersonNames.isName(name) ? name : null;
  }

  /** Whether a body line ({@link TextLines#isBodyLine}) stands above line {@code i}: then {@code i} is past the header. */
  private static boolean bodyAbove(TextLines lines, int i) {
    for (int k = 0; k < i; k++) {
      if (TextLines.isBodyLine(lines.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code line} is a release's issuer line ({@code "Issued by: …"}), which this step reads at a text's end. */
  public static boolean namesIssuer(String line) {
    return Prose.afterLabel(line, ISSUED_BY) >= 0;
  }

  /** The organization's name a label's value at {@code at} gives, or null when it reads as anything else. */
  private static @Nullable String valueOf(String line, int at) {
    String value = line.substring(at).strip();
    if (value.endsWith(".") && !value.endsWith("..")) {
      value = value.substring(0, value.length() - 1).strip();
    }
    if (value.isEmpty() || value.length() > 80 || Prose.wordCount(value) > 8) {
      return null;
    }
    char first = value.charAt(0);
    if (!(Character.isUpperCase(first) || Character.isDigit(first)) || Prose.hasSentenceEnd(value)
        || value.indexOf(',') >= 0 && Prose.wordCount(value) > 5) {
      return null;
    }
    return value;
  }
}
