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
import io.corpus.clean.meta.DateLineExtractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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
  /** A promo's label of at most this many words ended by a period is a sentence, and stays. */
  static final int MAX_PERIOD_LABEL_WORDS = 2;

  private record Promo(String starts, int maxWords, List<String> contains, boolean exact, boolean wholeLine, boolean nameAfter) {}

  private final List<Promo> promos;
  /** The chars a promo phrase may start with, ignoring case. */
  private final CharsIgnoringCase firstChars;
  /** The promos by the folded first char of their opening: a line is tried only against its own. */
  private final Map<Character, List<Promo>> promosByFirstChar;
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
      out.add(new Promo(starts, maxWords, List.copyOf(contains), p.path("exact").asBoolean(false),
          p.path("wholeLine").asBoolean(false), p.path("nameAfter").asBoolean(false)));
    }
    this.promos = List.copyOf(out);
    this.firstChars = CharsIgnoringCase.firstOf(promos.stream().map(Promo::starts).toList());
    Map<Character, List<Promo>> byFirst = new HashMap<>();
    for (Promo p : promos) {
      byFirst.computeIfAbsent(foldFirst(p.starts().charAt(0)), c -> new ArrayList<>()).add(p);
    }
    byFirst.replaceAll((c, l) -> List.copyOf(l));
    this.promosByFirstChar = Map.copyOf(byFirst);
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

  /**
   * A site-wide alert bar over the masthead: a label in capitals and a colon, the alert, and a
   * link with an arrow at its end ({@code "WEATHER ALERT: Wind Advisory until 6 PM CST for Riley
   * County   View alerts ›"}, {@code "BREAKING NEWS: … Read more »"}). Asked of a page's first
   * {@value #ALERT_LINES} lines only, where such a bar stands (under a skip link and a translation
   * widget at most): the same words inside a story stay.
   */
  static final int ALERT_LINES = 5;

  static boolean isAlertBar(String line) {
    return line.length() <= 280 && line.length() > 12 && Character.isUpperCase(line.charAt(0))
        && Character.isUpperCase(line.charAt(1)) && ALERT_BAR.matcher(line).matches();
  }

  private static final Pattern ALERT_BAR = Pattern.compile(
      "[A-Z]{2,12}(?: [A-Z]{2,12}){0,2}: [^\\n]{5,200}\\s{1,3}(?i:view|read|see|get|watch|learn|more)[^\\n\u203A\u00BB\u2192]{0,30}"
          + "[\u203A\u00BB\u2192]");

  /**
   * A link alone on its line that no story writes so: a call to action ending in an arrow, a
   * document's, its format in parentheses at the end ({@code "SEC Complaint (PDF)"}, {@code "Final order (PDF, 240 KB)"}), or a widget's
   * credit ({@code "Results powered by RaceStats"}, {@code "Powered by Narratix"}). Asked only of
   * lines that end in a parenthesis or hold "owered by", so most lines cost a char test.
   */
  private static boolean isLinkLine(TextLines.Line l) {
    char last = l.source().charAt(l.end() - 1);
    if (last == ')') {
      return DOCUMENT_LINK.matcher(l.text()).matches();
    }
    if ((last == '\u203A' || last == '\u00BB' || last == '\u2192') && l.length() >= 6
        && l.source().charAt(l.end() - 2) == ' ') {
      // A call to action with its arrow: "Calculate your borrowing power ›", "Stop the spread: book a
      // free farm fire safety visit ›" (a breadcrumb's arrows stand between its items).
      String t = l.text().substring(0, l.length() - 2).strip();
      if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || TextLines.isTrail(t) || t.indexOf('\u203A') >= 0) {
        return false;
      }
      if (Prose.wordCount(t) <= 14 && !Prose.hasSentenceEnd(t)) {
        return true;
      }
      // "Get alerts for this route by text or email. Sign up for Rider Alerts ›": a pitch whose
      // last sentence is the button's imperative
      int dot = t.lastIndexOf(". ");
      String button = dot < 0 ? "" : t.substring(dot + 2);
      return Prose.wordCount(t) <= 30 && Prose.wordCount(button) <= 8 && !Prose.hasSentenceEnd(button)
          && CTA_VERBS.stream().anyMatch(button::startsWith);
    }
    if (l.length() <= 60 && holdsPoweredBy(l.source(), l.start(), l.end())) {
      return POWERED_BY.matcher(l.text()).matches();
    }
    return false;
  }

  /** Whether "owered by " stands in {@code s} between {@code from} and {@code to}: read in place, no copy. */
  private static boolean holdsPoweredBy(String s, int from, int to) {
    for (int k = from + 1; k + 10 <= to; k++) {
      if (s.charAt(k) == 'o' && s.startsWith("owered by ", k)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> CTA_VERBS = List.of("Sign up", "Subscribe", "Join", "Register", "Download", "Donate",
      "Learn more", "Find out more", "Read more", "Get started", "Try ", "Book ");

  private static final Pattern DOCUMENT_LINK =
      Pattern.compile("[^\\s()][^\\n()]{0,60} \\((?i:pdf|docx?|xlsx?)(?:,? [^)\\n]{1,30})?\\)");
  private static final Pattern POWERED_BY = Pattern.compile("(?:[A-Za-z]{1,20} ){0,2}[Pp]owered by [^\\n.!?]{2,40}");

  @Override
  public void apply(Draft draft) {
    String text = draft.text();
    TextLines lines = TextLines.of(text);
    boolean shareList = false;
    int[] ends = sentenceEnds(text);
    int k = 0; // the first sentence end not before the line
    for (int i = 0; i < lines.size(); i++) {
      TextLines.Line l = lines.get(i);
      char first = l.first();
      boolean whole = l.length() <= MAX_LINE
          && (mayStartPromo(first) && wholeLinePromo(l.text()) || i < ALERT_LINES && isAlertBar(l.text())
              || l.length() <= 80 && isLinkLine(l)
              || Character.isDigit(first) && l.length() <= 20 && AUDIO_PLAYER.matcher(l.text()).matches()
              || shareList && l.length() <= 20 && shareTargets.contains(l.text().toLowerCase(Locale.ROOT)));
      if (whole && TextLines.introducedByColon(lines.lines(), i)) {
        whole = false; // "… the Welsh the team settled on:" / "Accept all cookies – Derbyn pob cwci"
      }
      if (whole) {
        shareList = shareList || l.text().regionMatches(true, 0, "Share this:", 0, 11) && l.length() == 11;
        if (first == 'T' && l.text().startsWith("This ")) {
          // "This story was originally published May 2, 2024, 5:40 PM.": the first publication's date.
          draft.publishedIfAbsent(DateLineExtractor.publishedIn(l.text()));
        }
        LineRemoval.removeLine(draft, lines, i, ID);
        continue;
      }
      shareList = false;
      while (k < ends.length && ends[k] < l.start()) {
        k++;
      }
      int tail = k < ends.length && ends[k] < l.end() ? gluedAtEnd(text, l.start(), l.end(), ends, k) : -1;
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
  private int gluedAtEnd(String text, int start, int end, int[] ends, int from) {
    for (int k = from; k < ends.length && ends[k] + 2 < end; k++) {
      int e = ends[k];
      int p = e + 1;
      while (p < end && text.charAt(p) == ' ') {
        p++;
      }
      if (p >= end || p < end - MAX_GLUED || !gluedOpeningAt(text, p)) {
        continue; // most sentences: no copy made
      }
      String promo = text.substring(p, end);
      if (startsWithGluedOpening(promo) && startsWithPromo(promo)) {
        return e + 1;
      }
    }
    return -1;
  }

  /**
   * The index of the last char of every sentence end followed by a space, in order: a {@code .},
   * {@code !} or {@code ?}, and the closing quote after it if there is one ({@code said.” READ
   * MORE: …}). Each kind is found with {@code indexOf(char)}, a vectorized search, and the three
   * runs are merged: a test of each char of each line's last {@link #MAX_GLUED} chars cost more
   * than the rest of the step.
   */
  static int[] sentenceEnds(String text) {
    int[] dots = endsOf(text, '.');
    int[] bangs = endsOf(text, '!');
    int[] asks = endsOf(text, '?');
    int[] out = new int[dots.length + bangs.length + asks.length];
    int a = 0;
    int b = 0;
    int c = 0;
    for (int k = 0; k < out.length; k++) {
      int x = a < dots.length ? dots[a] : Integer.MAX_VALUE;
      int y = b < bangs.length ? bangs[b] : Integer.MAX_VALUE;
      int z = c < asks.length ? asks[c] : Integer.MAX_VALUE;
      if (x <= y && x <= z) {
        out[k] = x;
        a++;
      } else if (y <= z) {
        out[k] = y;
        b++;
      } else {
        out[k] = z;
        c++;
      }
    }
    return out;
  }

  private static final int[] NONE = new int[0];

  private static int[] endsOf(String text, char mark) {
    int i = text.indexOf(mark);
    if (i < 0) {
      return NONE;
    }
    int len = text.length();
    int[] out = new int[8 + len / 64];
    int n = 0;
    for (; i >= 0; i = text.indexOf(mark, i + 1)) {
      int e = i;
      if (e + 1 < len && Prose.isClosingQuote(text.charAt(e + 1))) {
        e++;
      }
      if (e + 1 < len && text.charAt(e + 1) == ' ') {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = e;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * A promo sentence glued before the rest of its line ({@code "Sign up for our Morning
   * Newsletter. Supporters of the measure said …"}): where the rest starts, or -1.
   */
  private int gluedAtStart(String text, int start, int end) {
    if (!gluedOpeningAt(text, start)) {
      return -1;
    }
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

  /**
   * Whether a glued opening stands at {@code p}, compared in place as it is written (no copy): the
   * cheap test before {@link #startsWithGluedOpening}, which reads the opening as a label.
   */
  private boolean gluedOpeningAt(String text, int p) {
    if (!gluedFirstChars.mayMatch(text.charAt(p))) {
      return false;
    }
    for (String g : glued) {
      if (text.regionMatches(true, p, g, 0, g.length())) {
        return true;
      }
    }
    return false;
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
    return matchingPromo(line) != null;
  }

  /**
   * Whether the whole line goes: it starts with a promo, and either the promo's notice runs on
   * over several sentences by nature ({@code wholeLine}, a cookie notice) or no sentence of prose
   * follows its first ({@link #proseAfterFirstSentence}).
   */
  private boolean wholeLinePromo(String line) {
    Promo p = matchingPromo(line);
    return p != null && (p.wholeLine() || !proseAfterFirstSentence(line));
  }

  private @Nullable Promo matchingPromo(String line) {
    if (line.length() > MAX_LINE || line.isEmpty()) {
      return null;
    }
    List<Promo> candidates = promosByFirstChar.get(foldFirst(line.charAt(0)));
    if (candidates == null) {
      return null;
    }
    // Whether the line reports speech: read once, and only for a line that opens with a promo's
    // phrase (most lines that share a promo's first char open with none).
    int reports = -1;
    String normalized = line.indexOf('\u2019') < 0 ? line : line.replace('\u2019', '\'');
    for (Promo p : candidates) {
      int after = Prose.afterLabel(normalized, p.starts());
      if (after < 0 || p.exact() && (words(normalized.substring(after)) > 0 || normalized.indexOf(':', after) >= 0)) {
        continue;
      }
      if (reports < 0) {
        reports = reports(line) ? 1 : 0;
      }
      // "Sign up for the newsletter was brisk, editor Mitch Pugh said, …" is news about a promo;
      // after a label ("READ MORE: … says …") a headline may report speech, and after a
      // page's question ("Comments not loading? … moderated according to our policy") a notice.
      if (reports == 1 && !p.starts().endsWith(":") && !p.starts().endsWith("?")) {
        continue;
      }
      if (words(line) > p.maxWords() || p.nameAfter() && !isNameAfter(normalized, after)) {
        continue;
      }
      if (words(line) <= MAX_PERIOD_LABEL_WORDS && normalized.endsWith(".")) {
        continue; // "Read more." with a sentence's period is the text's (a poem's line, an answer), as "Advertisement." is
      }
      if (p.contains().isEmpty()) {
        return p;
      }
      String lower = normalized.toLowerCase(Locale.ROOT);
      for (String w : p.contains()) {
        if (containsWord(lower, w)) {
          return p;
        }
      }
    }
    return null;
  }

  /** Whether the words from {@code from} on name something: each capitalized (or "of", "the", "and", "&"), no sentence end. */
  private static boolean isNameAfter(String line, int from) {
    String rest = line.substring(from).strip();
    if (rest.endsWith(".") || rest.endsWith("!")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    if (rest.isEmpty()) {
      return false;
    }
    for (String w : rest.split(" +")) {
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) || w.equals("of")
          || w.equals("the") || w.equals("and") || w.equals("&"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Words of reported speech, which no promo uses: {@code said}, {@code says}, {@code told}, {@code
   * according to}, and a parenthetical {@code say,} ("This site uses cookies, regulators say, in
   * ways …").
   */
  private static final String[] REPORTING = {" said", " says", " told ", " according to ", " urge", " argued", " say,"};

  /** Whether {@code line} reports what someone said (a sentence about a promo, not a promo). */
  static boolean reports(String line) {
    for (String w : REPORTING) {
      int at = line.indexOf(w);
      if (at > 0) {
        int end = at + w.length();
        if (end == line.length() || !Character.isLetter(line.charAt(end)) || w.endsWith(" ") || w.equals(" urge")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A first char as the promos are keyed by it: a right single quote read as an apostrophe, and
   * case folded as {@link String#regionMatches(boolean, int, String, int, int)} folds it.
   */
  private static char foldFirst(char c) {
    char a = c == '\u2019' ? '\'' : c;
    return Character.toLowerCase(Character.toUpperCase(a));
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

  /** Whether {@code word} stands in {@code text} as a whole word (no letter either side). */
  static boolean containsWord(String text, String word) {
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
