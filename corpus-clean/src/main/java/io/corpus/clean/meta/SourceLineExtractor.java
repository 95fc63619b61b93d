package io.corpus.clean.meta;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;

/**
 * Turns a {@code "Source: Foreign Policy"} line in the header or at the end of a document into the
 * publisher and removes it.
 *
 * <p>The line must be the whole line, in the header zone (the short lines before the first body
 * paragraph) or the last lines, and the value a short name: one to eight words, starting with a
 * capital or a digit, with no sentence in it. {@code "Source: a senior official said the talks had
 * stalled."} is prose and stays, and so does a {@code "Source: …"} line under a chart in the middle
 * of the text. Stateless and thread-safe.
 *
 * <pre>{@code
 * // "Source: Foreign Policy\n\nAmid increasing alarm…"  ->  "Amid increasing alarm…", publisher "Foreign Policy"
 * }</pre>
 */
public final class SourceLineExtractor implements CleanStep {

  public static final String ID = "meta.source-line";
  private static final String[] LABELS = {"Source:", "Publisher:", "Publication:"};

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
    TextLines lines = TextLines.of(draft.text());
    for (int i : lines.headerAndTail()) {
      String publisher = lines.get(i).length() > 120 ? null : publisherOf(lines.get(i).text());
      if (publisher != null) {
        draft.publisherIfAbsent(publisher);
        LineRemoval.removeLine(draft, lines, i, ID);
      }
    }
  }

  /** The publisher a source line names, or null when the line is not a source line. */
  static String publisherOf(String line) {
    for (String label : LABELS) {
      int at = Prose.afterLabel(line, label);
      if (at < 0) {
        continue;
      }
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
    return null;
  }
}
