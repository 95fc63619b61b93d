package io.corpus.clean.chrome;

import com.fasterxml.jackson.databind.JsonNode;
import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.CharsIgnoringCase;
import io.corpus.clean.internal.DataFiles;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes newsletter, subscription and "read the full story" promo lines: a whole line that starts
 * with a known promo phrase ({@code "Read the full story and more from Foreign Policy."}, {@code
 * "Sign up for our daily newsletter"}, {@code "Read more: …"}, {@code "Continue reading"}) and is
 * no longer than the phrase's word limit.
 *
 * <p>The phrases are data ({@code promos.yaml}); an opening that prose also uses carries a list of
 * words one of which the line must contain ("Sign up for" needs "newsletter", "email", …), so
 * {@code "Sign up for the draft was mandatory in 1942."} stays. Also whole lines: an audio player's
 * {@code "0:00 / 4:12"} and, after a {@code "Share this:"} line, one network name per line.
 *
 * <p>A promo glued to prose goes alone when it starts with one of the {@code glued} openings
 * ({@code "READ MORE:"}, {@code "Related:"}, {@code "Get our"}, {@code "Sign up for our"} …) and
 * passes its rule: right after a sentence end and up to the line's end ({@code "… curfews. READ
 * MORE: Russia orders troops …"}), or first on its line up to its first sentence end ({@code "Sign
 * up for our Morning Newsletter. Supporters said …"}). A promo phrase inside a paragraph, or a
 * sentence that merely contains promo words, stays. Stateless and thread-safe.
 *
 * <pre>{@code
 * // "…Kendall-Taylor said.\n\nRead the full story and more from Foreign Policy."  ->  "…Kendall-Taylor said."
 * }</pre>
 */
public final class PromoRemover implements CleanStep {

  public static final String ID = "chrome.promo";
  static final int MAX_LINE = 300;

  /** {@code exact}: the line is the phrase alone (a symbol after it aside), without a colon or more words. */
  private record Promo(String starts, int maxWords, List<String> contains, boolean exact) {}

  private final List<Promo> promos;
  /** The chars a promo phrase may start with, ignoring case. */
  private final CharsIgnoringCase firstChars;
  /** Openings that mark a promo glued to prose, and the chars they start with. */
  private final List<String> glued;
  private final CharsIgnoringCase gluedFirstChars;
  /** What the lines after a "Share this:" line may be, lower-cased. */
  private final Set<String> shareTargets;
  /** An audio player's position and length alone on a line: "0:00 / 4:12". */
  private static final Pattern AUDIO_PLAYER = Pattern.compile("\\d{1,2}(?::\\d{2}){1,2} ?/ ?\\d{1,2}(?::\\d{2}){1,2}");
  /** A glued promo starts within this many chars of its line's end, or ends this far from its start. */
  static final int MAX_GLUED = 300;

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
      out.add(new Promo(starts, maxWords, List.copyOf(contains), p.path("exact").asBoolean(false)));
    }
    this.promos = List.copyOf(out);
    this.firstChars = CharsIgnoringCase.firstOf(promos.stream().map(Promo::starts).toList());
    this.glued = DataFiles.strings(root, "glued", where);
    this.gluedFirstChars = CharsIgnoringCase.firstOf(glued);
    Set<String> targets = new HashSet<>();
    for (String t : DataFiles.strings(root, "shareTargets", where)) {
      targets.add(t.toLowerCase(Locale.ROOT));
    }
    this.shareTargets = Set.copyOf(targets);
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
    String text = draft.text();
    TextLines lines = TextLines.of(text);
    boolean shareList = false;
    for (int i = 0; i < lines.size(); i++) {
      TextLines.Line l = lines.get(i);
      char first = l.first();
      boolean whole = l.length() <= MAX_LINE
          && (mayStartPromo(first) && startsWithPromo(l.text()) && !proseAfterFirstSentence(l.text())
              || Character.isDigit(first) && l.length() <= 20 && AUDIO_PLAYER.matcher(l.text()).matches()
              || shareList && l.length() <= 20 && shareTargets.contains(l.text().toLowerCase(Locale.ROOT)));
      if (whole) {
        shareList = shareList || l.text().regionMatches(true, 0, "Share this:", 0, 11) && l.length() == 11;
        LineRemoval.removeLine(draft, lines, i, ID);
        continue;
      }
      shareList = false;
      int tail = gluedAtEnd(text, l.start(), l.end());
      if (tail >= 0) {
        draft.remove(tail, l.end(), ID);
        continue;
      }
      if (gluedFirstChars.mayMatch(first)) {
        int rest = gluedAtStart(text, l.start(), l.end());
        if (rest >= 0) {
          draft.remove(l.start(), rest, ID);
        }
      }
    }
  }

  /**
   * A promo glued after the last sentences of the line {@code [start, end)}: where the cut
   * starts (after the sentence end before the promo), or -1. The promo starts with a {@code
   * glued} opening right after a sentence end and runs to the line's end, and passes its promo
   * rule ({@code "… impose curfews. READ MORE: Russia orders troops …"}).
   */
  private int gluedAtEnd(String text, int start, int end) {
    for (int p = Math.max(start + 2, end - MAX_GLUED); p < end; p++) {
      if (text.charAt(p - 1) != ' ' || !gluedFirstChars.mayMatch(text.charAt(p))) {
        continue;
      }
      int q = p - 1;
      while (q > start && text.charAt(q - 1) == ' ') {
        q--;
      }
      if (q <= start || !endsSentence(text.charAt(q - 1))) {
        continue;
      }
      String promo = text.substring(p, end);
      if (startsWithGluedOpening(promo) && startsWithPromo(promo)) {
        return q;
      }
    }
    return -1;
  }

  /**
   * A promo sentence glued before the rest of its line ({@code "Sign up for our Morning
   * Newsletter. Supporters of the measure said …"}): where the rest starts, or -1.
   */
  private int gluedAtStart(String text, int start, int end) {
    int limit = Math.min(end - 1, start + MAX_GLUED);
    for (int i = start + 1; i < limit; i++) {
      if (text.charAt(i) == ' ' && endsSentence(text.charAt(i - 1))) {
        int rest = i;
        while (rest < end && text.charAt(rest) == ' ') {
          rest++;
        }
        if (rest >= end || !Character.isUpperCase(text.charAt(rest))) {
          continue; // "U.S. officials" has no capital after "U." alone; "Jan. 5" no capital at all
        }
        String promo = text.substring(start, i);
        return startsWithGluedOpening(promo) && startsWithPromo(promo) ? rest : -1;
      }
    }
    return -1;
  }

  /**
   * Whether a promo line goes on, after its first sentence, with a sentence of prose (twelve
   * words or more) that a flattener glued to it: then only the promo sentence goes.
   */
  static boolean proseAfterFirstSentence(String line) {
    for (int i = 1; i + 1 < line.length(); i++) {
      if (line.charAt(i) == ' ' && endsSentence(line.charAt(i - 1)) && Character.isUpperCase(line.charAt(i + 1))) {
        return words(line.substring(i + 1)) >= 12;
      }
    }
    return false;
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u201D' || c == '"';
  }

  /** Whether {@code s} starts with a glued opening and holds more words than it ("A. Read the full story" stays). */
  private boolean startsWithGluedOpening(String s) {
    String normalized = s.replace('\u2019', '\'');
    for (String g : glued) {
      if (Prose.afterLabel(normalized, g) >= 0) {
        return words(s) > words(g);
      }
    }
    return false;
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
      int after = Prose.afterLabel(normalized, p.starts());
      if (after < 0 || p.exact() && (words(normalized.substring(after)) > 0 || normalized.indexOf(':', after) >= 0)) {
        continue;
      }
      if (words(line) > p.maxWords()) {
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

  /** Words that hold a letter or digit: an arrow or a "»" after "Read more" is no word. */
  static int words(String line) {
    int words = 0;
    boolean in = false;
    boolean seen = false;
    for (int i = 0; i <= line.length(); i++) {
      boolean blank = i == line.length() || Draft.isBlank(line.charAt(i));
      if (blank) {
        if (in && seen) {
          words++;
        }
        in = false;
        seen = false;
      } else {
        in = true;
        seen |= Character.isLetterOrDigit(line.charAt(i));
      }
    }
    return words;
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
