package io.corpus.clean;

import io.corpus.model.CorpusDocument;
import io.corpus.model.Removal;
import io.corpus.model.Turn;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Shows what cleaning did to one document: the raw input with every removed span marked and
 * labelled by the rule that removed it, then the recovered metadata and speaker turns. The tool a
 * user reaches for when a rule misfires: the label names the rule to {@code --disable}.
 *
 * <p>Plain markers read {@code [-rule-id: removed text-]}; with colour, the removed text is red and
 * struck through and the rule id is shown dimmed before it. Stateless and thread-safe.
 *
 * <pre>{@code
 * CorpusDocument doc = cleaner.clean(raw);
 * System.out.print(Explainer.render(raw.content(), doc, false));
 * }</pre>
 */
public final class Explainer {

  private static final String RED_STRUCK = "\u001B[31;9m";
  private static final String LABEL = "\u001B[2;36m";
  private static final String BOLD = "\u001B[1m";
  private static final String RESET = "\u001B[0m";

  private Explainer() {}

  /**
   * Renders the explanation.
   *
   * @param raw the raw input the document was cleaned from (its removals' offsets point into it)
   * @param doc the cleaned document
   * @param color whether to use ANSI colours (for a terminal) instead of plain markers
   * @throws IllegalArgumentException if a removal lies outside {@code raw}
   */
  public static String render(String raw, CorpusDocument doc, boolean color) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(doc, "doc");
    StringBuilder out = new StringBuilder(raw.length() + 256);
    heading(out, "removed", color);
    Map<String, Integer> counts = new TreeMap<>();
    int at = 0;
    for (Removal r : doc.removals()) {
      if (r.end() > raw.length()) {
        throw new IllegalArgumentException("removal " + r + " lies outside the raw input of length " + raw.length());
      }
      counts.merge(r.ruleId(), 1, Integer::sum);
      int start = Math.max(r.start(), at); // removals never overlap; guard anyway
      out.append(raw, at, start);
      String span = raw.substring(start, Math.max(start, r.end()));
      if (color) {
        out.append(LABEL).append('[').append(r.ruleId()).append(']').append(RESET)
            .append(RED_STRUCK).append(span).append(RESET);
      } else {
        out.append("[-").append(r.ruleId()).append(": ").append(span).append("-]");
      }
      at = Math.max(at, r.end());
    }
    out.append(raw, at, raw.length());
    if (!raw.endsWith("\n")) {
      out.append('\n');
    }
    out.append('\n');
    heading(out, "rules", color);
    if (counts.isEmpty()) {
      out.append("(nothing removed)\n");
    }
    counts.forEach((id, n) -> out.append(id).append(": ").append(n).append(n == 1 ? " span\n" : " spans\n"));
    out.append('\n');
    heading(out, "metadata", color);
    field(out, "title", doc.title());
    field(out, "subtitle", doc.subtitle());
    field(out, "authors", doc.authors().isEmpty() ? null : String.join("; ", doc.authors()));
    field(out, "published", doc.published() == null ? null : doc.published().toString());
    field(out, "publisher", doc.publisher());
    field(out, "language", doc.language());
    field(out, "url", doc.url());
    field(out, "truncated", Boolean.toString(doc.truncated()));
    if (!doc.turns().isEmpty()) {
      out.append('\n');
      heading(out, "turns", color);
      for (Turn t : doc.turns()) {
        out.append(t.speaker()).append(": ").append(t.text()).append('\n');
      }
    }
    return out.toString();
  }

  private static void heading(StringBuilder out, String name, boolean color) {
    if (color) {
      out.append(BOLD).append("== ").append(name).append(" ==").append(RESET).append('\n');
    } else {
      out.append("== ").append(name).append(" ==\n");
    }
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append(name).append(": ").append(value == null ? "-" : value).append('\n');
  }
}
