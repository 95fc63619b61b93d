package io.corpus.clean.chrome;

import com.fasterxml.jackson.databind.JsonNode;
import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.CharsIgnoringCase;
import io.corpus.clean.internal.DataFiles;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Removes newsletter, subscription and "read the full story" promo lines: a whole line that starts
 * with a known promo phrase ({@code "Read the full story and more from Foreign Policy."}, {@code
 * "Sign up for our daily newsletter"}, {@code "Read more: …"}, {@code "Continue reading"}) and is
 * no longer than the phrase's word limit.
 *
 * <p>The phrases are data ({@code promos.yaml}); an opening that prose also uses carries a list of
 * words one of which the line must contain ("Sign up for" needs "newsletter", "email", …), so
 * {@code "Sign up for the draft was mandatory in 1942."} stays. Only whole lines go, never a phrase
 * inside a paragraph. Stateless and thread-safe.
 *
 * <pre>{@code
 * // "…Kendall-Taylor said.\n\nRead the full story and more from Foreign Policy."  ->  "…Kendall-Taylor said."
 * }</pre>
 */
public final class PromoRemover implements CleanStep {

  public static final String ID = "chrome.promo";
  static final int MAX_LINE = 300;

  private record Promo(String starts, int maxWords, List<String> contains) {}

  private final List<Promo> promos;
  /** The chars a promo phrase may start with, ignoring case. */
  private final CharsIgnoringCase firstChars;

  /** The built-in promo phrases. */
  public PromoRemover() {
    String where = "promos.yaml";
    JsonNode root = DataFiles.read(PromoRemover.class, where);
    List<Promo> out = new ArrayList<>();
    JsonNode list = DataFiles.requiredList(root, "promos", where);
    int index = 0;
    for (JsonNode p : list) {
      index++;
      String starts = DataFiles.text(p, "starts");
      if (starts == null || starts.isEmpty()) {
        throw new IllegalStateException(where + ": promo " + index + " has no 'starts'");
      }
      int maxWords = p.path("maxWords").asInt(20);
      List<String> contains = new ArrayList<>();
      for (String w : DataFiles.strings(p, "contains", where)) {
        contains.add(w.toLowerCase(Locale.ROOT));
      }
      out.add(new Promo(starts, maxWords, List.copyOf(contains)));
    }
    this.promos = List.copyOf(out);
    this.firstChars = CharsIgnoringCase.firstOf(promos.stream().map(Promo::starts).toList());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Newsletter, subscription and \"Read the full story\" promo lines.";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  @Override
  public void apply(Draft draft) {
    LineRemoval.removeMatchingLines(draft, MAX_LINE, l -> mayStartPromo(l.first()) && startsWithPromo(l.text()), ID);
  }

  boolean isPromo(String line) {
    return !line.isEmpty() && mayStartPromo(line.charAt(0)) && startsWithPromo(line);
  }

  /** False when no promo starts with {@code first}, read as {@link #startsWithPromo} reads it. */
  private boolean mayStartPromo(char first) {
    return firstChars.mayMatch(first == '\u2019' ? '\'' : first);
  }

  /** {@link #isPromo} without the first-char check. */
  boolean startsWithPromo(String line) {
    if (line.length() > MAX_LINE) {
      return false;
    }
    String normalized = line.replace('\u2019', '\'');
    for (Promo p : promos) {
      if (Prose.afterLabel(normalized, p.starts()) < 0) {
        continue;
      }
      if (Prose.wordCount(line) > p.maxWords()) {
        continue;
      }
      if (p.contains().isEmpty()) {
        return true;
      }
      String lower = normalized.toLowerCase(Locale.ROOT);
      for (String w : p.contains()) {
        if (containsWord(lower, w)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean containsWord(String text, String word) {
    int from = 0;
    while (true) {
      int at = text.indexOf(word, from);
      if (at < 0) {
        return false;
      }
      int end = at + word.length();
      boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
      boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      from = at + 1;
    }
  }
}
