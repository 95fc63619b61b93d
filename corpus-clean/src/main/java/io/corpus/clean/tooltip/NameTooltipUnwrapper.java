package io.corpus.clean.tooltip;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.Literal;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Unwraps the inline name tooltips of The Hill's scrapes: a displayed name followed by the full
 * name, related headlines and "MORE", glued ({@code "Antony BlinkenAntony BlinkenNorth Korea
 * conducts … MORE said"}) or spaced ({@code "Chuck Schumer Charles (Chuck) Ellis Schumer Schumer
 * calls for … MORE said"}). The displayed name and what follows "MORE" stay; the full name, the
 * headlines and "MORE" go.
 *
 * <p>A tooltip is removed only when its structure is confirmed: the full name (given names,
 * initials, a nickname in parentheses or quotes) ends with the displayed name's surname (and the
 * same "Jr."/"III" suffix), the tooltip stays on one line, and it ends in a "MORE" token that is
 * not part of a longer capitalised word or of a run of capitals ("FAR MORE THAN EXPECTED"). A
 * tooltip cut off by truncation before "MORE" loses everything from the full name to the end of
 * the text, when the glued full name confirms it (or the document is already known to be
 * truncated). Inner capitals ("McDonald", "YouTube") and careless joins ("WashingtonSen. Jane Doe")
 * never confirm, so they stay.
 *
 * <p>The scan is linear: "MORE" tokens are found left to right, and each tooltip is looked for
 * only between the previous "MORE" and this one, within a bounded window, with bounded name
 * parsing. Stateless and thread-safe.
 *
 * <pre>{@code
 * Cleaner.builder().addStep(new NameTooltipUnwrapper()).build();
 * }</pre>
 */
public final class NameTooltipUnwrapper implements CleanStep {

  /** The rule id recorded with every tooltip removed. */
  public static final String ID = "tooltip.name";

  /** The key under which a run that removed a tooltip asks the draft to track what follows. */
  private static final String REMOVED = NameTooltipUnwrapper.class.getName() + ".removed";

  /** Whether this is the second look, made only when the first removed a tooltip. */
  private final boolean again;

  /** The step, as a rule pack or a custom pipeline adds it. */
  public NameTooltipUnwrapper() {
    this(false);
  }

  private NameTooltipUnwrapper(boolean again) {
    this.again = again;
  }

  /**
   * A second look, to run right after the first: two tooltips removed can leave their displayed
   * names side by side ("Antony Blinken Antony Blinken A lock … conn…"), which reads as a tooltip
   * cut off at the end only then. It looks only when the first look removed a tooltip, so it costs
   * nothing on the rest.
   */
  public static NameTooltipUnwrapper again() {
    return new NameTooltipUnwrapper(true);
  }

  /** How far before "MORE" a tooltip may start: three long headlines and a name fit easily. */
  static final int WINDOW = 1200;
  /** Given names, initials and nicknames before the surname in a full name. */
  private static final int MAX_GIVEN = 6;
  private static final int MAX_WORD = 40;
  private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");
  /** Surname prefixes followed by a capital ("McConnell", "DeSantis"): the capital is not a glue point. */
  private static final Set<String> NAME_PREFIXES =
      Set.of("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Del", "Della", "St");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "The Hill's inline name tooltips (full name, related headlines, \"MORE\"); keeps the displayed name.";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  @Override
  public void apply(Draft draft) {
    if (again && draft.changedSince(REMOVED) == null) {
      return; // the first look removed nothing: a second would find what it found
    }
    String t = draft.text();
    List<int[]> mores = moreTokens(t);
    int segStart = 0;
    boolean removed = false;
    Ranges taken = new Ranges();
    QuotedExamples quoted = new QuotedExamples();
    for (int[] more : mores) {
      int lo = Math.max(segStart, more[0] - WINDOW);
      Tooltip tip = firstTooltip(t, lo, more[0]);
      if (tip != null && !quoted.test(t, tip.removeFrom())) {
        draft.remove(tip.removeFrom(), more[1]);
        Draft.keepApart(draft, t, tip.removeFrom(), more[1]);
        taken.add(tip.removeFrom(), more[1]);
        removed = true;
      }
      segStart = more[1];
    }
    removed |= ellipsisTooltips(draft, t, mores, taken);
    if (removed) {
      // Only on a page that shows tooltips: reading every char for a name glued twice would cost
      // every other text a pass.
      doubledNames(draft, t, taken);
    }
    cutOffTooltips(draft, t, mores, taken);
    if (removed && !again) {
      draft.trackChanges(REMOVED);
    }
  }

  /**
   * Whether a tooltip's line is a quoted example a sentence ending in a colon introduces ({@code
   * "Show students this example:"} / a line wholly in quotation marks): what a lesson on reading
   * pages shows, not the page's own tooltip. Each line is read once, however many tooltips it holds.
   */
  private static final class QuotedExamples {
    private int lineStart = -1;
    private int lineEnd = -1;
    private boolean answer;

    boolean test(String t, int at) {
      if (at >= lineStart && at < lineEnd) {
        return answer; // the line read last: tooltips come left to right, so no line is searched twice
      }
      int start = t.lastIndexOf('\n', at) + 1;
      int end = t.indexOf('\n', at);
      end = end < 0 ? t.length() : end;
      lineStart = start;
      lineEnd = end;
      answer = false;
      int a = start;
      int b = end;
      while (a < b && Character.isWhitespace(t.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
        b--;
      }
      if (b - a < 2 || "\"\u201C".indexOf(t.charAt(a)) < 0 || "\"\u201D".indexOf(t.charAt(b - 1)) < 0) {
        return false;
      }
      // the line above, past blank lines, ends with a colon
      int p = start - 1;
      while (p >= 0 && Character.isWhitespace(t.charAt(p))) {
        p--;
      }
      answer = p >= 0 && t.charAt(p) == ':';
      return answer;
    }
  }

  /**
   * A social hover card's last control ({@code "Nicos PanayiotouNicos PanayiotouMayor of Limassol ·
   * Follow"}), found by its dot, a rare char (a search from the space before it reads every space).
   */
  private static final String FOLLOW = "\u00B7 Follow";

  /**
   * Tooltips whose headlines end in an ellipsis instead of "MORE", the sentence going on after it
   * ({@code "Rohan MehtaRohan Vikram MehtaCFPB targets … a 'hidden tax' on… on Tuesday unveiled"},
   * {@code "Kwame OseiKwame OseiPentagon names … legacy…, director of the agency"}): the ellipsis
   * must be followed by a space and a small letter or an opening parenthesis, or by a comma, and
   * the full name must be glued to the displayed one (a spaced reading has too little to confirm
   * it without "MORE"). Everything from the full name to the ellipsis goes. Returns whether one
   * was removed.
   */
  private static boolean ellipsisTooltips(Draft draft, String t, List<int[]> mores, Ranges taken) {
    boolean removed = false;
    for (String mark : new String[] {"\u2026", "...", FOLLOW}) {
      int segStart = 0;
      int m = 0;
      Ranges.Cursor done = taken.cursor();
      boolean hoverCard = mark.equals(FOLLOW);
      for (int found = t.indexOf(mark); found >= 0; found = t.indexOf(mark, found + mark.length())) {
        int at = hoverCard ? found - 1 : found; // the card's mark starts at the space before its dot
        int after = found + mark.length();
        if (after + 1 >= t.length() || at < 0 || hoverCard && t.charAt(at) != ' ') {
          continue;
        }
        char next = t.charAt(after);
        // "… legacy…, director of the agency": the sentence goes on after a comma too.
        boolean goesOn = next == ' ' && (Character.isLowerCase(t.charAt(after + 1)) || t.charAt(after + 1) == '(')
            || (next == ',' || next == ';') && t.charAt(after + 1) == ' '
            // a hover card's "· Follow" may end the sentence: "… Stelios SavvaStelios Savva… · Follow."
            || hoverCard && (next == '.' || next == '\u2019' || next == '\'');
        if (!goesOn) {
          continue;
        }
        while (m < mores.size() && mores.get(m)[1] <= at) {
          segStart = Math.max(segStart, mores.get(m)[1]);
          m++;
        }
        if (done.contains(at)) {
          continue;
        }
        Tooltip tip = firstTooltip(t, Math.max(segStart, at - WINDOW), at);
        if (tip != null && tip.glued()) {
          draft.remove(tip.removeFrom(), after);
          Draft.keepApart(draft, t, tip.removeFrom(), after);
          taken.add(tip.removeFrom(), after);
          segStart = after;
          removed = true;
        }
      }
    }
    return removed;
  }

  /**
   * A tooltip with nothing in it but the full name, which is the displayed name again, glued to it
   * ({@code "Rep. Curtis VandermeerCurtis Vandermeer (R-Ind.)"}): the second copy goes. The name
   * must repeat exactly and be followed by a space and no capital, or by punctuation. Looked for
   * only on a page where another tooltip was removed. Returns whether one was removed.
   */
  private static boolean doubledNames(Draft draft, String t, Ranges taken) {
    boolean removed = false;
    int n = t.length();
    Ranges.Cursor done = taken.cursor();
    // One table look-up a char and one branch that is almost never taken: a branchy test per char
    // cost twice as much (measured: 0.55 against 1.1 ns per char).
    int prev = 0;
    for (int p = 0; p < n; p++) {
      int cur = LETTER_CASE[t.charAt(p)];
      boolean seam = (prev | cur << 2) == (LOWER | UPPER << 2);
      prev = cur;
      if (!seam) {
        continue;
      }
      if (done.contains(p)) {
        p = done.reachBefore(p + 1) - 1; // past the tooltip taken here
        prev = LETTER_CASE[t.charAt(p)];
        continue;
      }
      if (!firstWordRepeats(t, p)) {
        continue; // the word after the seam is none of the two or three words before it
      }
      Tooltip tip = tooltipAt(t, p, Math.min(n, p + 200));
      int end = tip == null || !tip.glued() ? p : tip.nameEnd();
      int len = end - p;
      if (len == 0 || p - len < 0 || !t.regionMatches(p - len, t, p, len)) {
        // A surname with a hyphen that the tooltip's parse cut ("Eliran Mizrahi-GalEliran
        // Mizrahi-Gal, who heads …"): the longest name that the text doubles there.
        len = doubledNameLength(t, p);
        if (len <= 0) {
          continue;
        }
        end = p + len;
      }
      for (int copies = 0; copies < 2 && end + len <= n && t.regionMatches(end, t, p, len); copies++) {
        end += len; // the name three times ("Joseph KaomaJoseph KaomaJoseph Kaoma told"): the copies go
      }
      boolean startsName = p - len == 0 || !Character.isLetter(t.charAt(p - len - 1));
      boolean endsName = end == n || !Character.isLetterOrDigit(t.charAt(end))
          && !(t.charAt(end) == ' ' && end + 1 < n && Character.isUpperCase(t.charAt(end + 1)));
      if (startsName && endsName) {
        draft.remove(p, end);
        taken.add(p, end);
        removed = true;
        p = end - 1; // the loop goes on from the name's end
        prev = LETTER_CASE[t.charAt(p)];
      }
    }
    return removed;
  }

  /**
   * The length of the name that stands twice, glued, at the seam {@code p} ({@code "Eliran
   * Mizrahi-GalEliran Mizrahi-Gal,"}): two to four words of letters, hyphens, apostrophes and
   * periods, at most 60 chars, the same before the seam and after it, with no letter on either
   * side; 0 when there is none.
   */
  static int doubledNameLength(String t, int p) {
    int best = 0;
    for (int len = 3; len <= 60 && p - len >= 0 && p + len <= t.length(); len++) {
      char c = t.charAt(p + len - 1);
      if (!(Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == ' ')) {
        break; // past the name after the seam
      }
      if ((p + len == t.length() || !Character.isLetter(t.charAt(p + len)))
          && (p - len == 0 || !Character.isLetter(t.charAt(p - len - 1)))
          && t.regionMatches(p - len, t, p, len) && Character.isLetter(c)) {
        int words = t.substring(p, p + len).split(" ").length;
        if (words >= 2 && words <= 4) {
          best = len;
        }
      }
    }
    return best;
  }

  /** Whether a word in lower case follows the full name that ends at {@code nameEnd}: the sentence goes on. */
  private static boolean proseAfter(String t, int nameEnd, int end) {
    return nameEnd + 1 < end && t.charAt(nameEnd) == ' ' && Character.isLowerCase(t.charAt(nameEnd + 1));
  }

  private static final byte LOWER = 1;
  private static final byte UPPER = 2;
  /** Every char's case: {@link #LOWER}, {@link #UPPER} or 0. */
  private static final byte[] LETTER_CASE = letterCases();

  private static byte[] letterCases() {
    byte[] k = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      k[c] = Character.isUpperCase((char) c) ? UPPER : Character.isLowerCase((char) c) ? LOWER : 0;
    }
    return k;
  }

  /**
   * Whether the word that starts at the seam {@code p} is the first, second or third word before
   * it ({@code "Curtis VandermeerCurtis"}): the cheap test before a name is parsed there. Bounded:
   * three words of at most {@value #MAX_WORD} chars.
   */
  private static boolean firstWordRepeats(String t, int p) {
    // read in place: a copy of the text for this cost more than the reading (most texts have a seam)
    int n = t.length();
    int e = p;
    while (e < n && e - p < MAX_WORD && Character.isLetter(t.charAt(e))) {
      e++;
    }
    int len = e - p;
    if (len < 2) {
      return false;
    }
    int end = p; // the end of the word before, glued to the seam
    for (int back = 0; back < 3; back++) {
      int start = end;
      while (start > 0 && end - start < MAX_WORD && Character.isLetter(t.charAt(start - 1))) {
        start--;
      }
      if (back > 0 && end - start == len && t.regionMatches(start, t, p, len)) {
        return true;
      }
      if (start < 2 || t.charAt(start - 1) != ' ' && t.charAt(start - 1) != '-') {
        return false; // (a hyphen parts a surname's halves: "Mizrahi-GalEliran")
      }
      end = start - 1;
    }
    return false;
  }

  /**
   * Spans of the text a tooltip took, for the later passes to pass over. A cursor answers for
   * places that only grow, over the spans sorted once when it is made: each pass reads them once.
   */
  static final class Ranges {
    private final List<int[]> spans = new ArrayList<>();

    void add(int start, int end) {
      spans.add(new int[] {start, end});
    }

    Cursor cursor() {
      List<int[]> sorted = new ArrayList<>(spans);
      sorted.sort(java.util.Comparator.comparingInt(r -> r[0]));
      return new Cursor(sorted);
    }

    static final class Cursor {
      private final List<int[]> sorted;
      private int k;
      private int reach = -1; // the farthest end of the spans passed so far

      Cursor(List<int[]> sorted) {
        this.sorted = sorted;
      }

      /** The farthest end of the spans that start before {@code at}; {@code at} never decreases between calls. */
      int reachBefore(int at) {
        while (k < sorted.size() && sorted.get(k)[0] < at) {
          reach = Math.max(reach, sorted.get(k)[1]);
          k++;
        }
        return reach;
      }

      /** Whether {@code at} lies in a span; {@code at} never decreases between calls. */
      boolean contains(int at) {
        while (k < sorted.size() && sorted.get(k)[0] <= at) {
          reach = Math.max(reach, sorted.get(k)[1]);
          k++;
        }
        return at < reach;
      }
    }
  }

  /**
   * Tooltips cut off before their "MORE": looked for after the last "MORE" of the text's last
   * line, and of every line that ends in an ellipsis (a paragraph the scraper cut short).
   */
  private void cutOffTooltips(Draft draft, String t, List<int[]> mores, Ranges taken) {
    Ranges.Cursor done = taken.cursor();
    // The lines of TextLines (non-blank, blanks around them left out), which the line-based steps
    // after this one ask for too: a text this step does not change is split once for all of them.
    List<TextLines.Line> lines = TextLines.of(t).lines();
    int k = 0;
    for (int i = 0; i < lines.size(); i++) {
      TextLines.Line line = lines.get(i);
      int lineStart = line.startWithBlanks();
      int end = line.end();
      int seg = lineStart;
      while (k < mores.size() && mores.get(k)[1] <= end) {
        if (mores.get(k)[0] >= lineStart) {
          seg = mores.get(k)[1];
        }
        k++;
      }
      // A tooltip the passes above took ends any cut-off one before it on the line.
      int reach = done.reachBefore(end);
      if (reach > seg && reach <= end) {
        seg = reach;
      }
      boolean last = i == lines.size() - 1;
      if (end > seg && (last || endsInEllipsis(t, end))) {
        cutOffTail(draft, t, seg, end, last);
      }
    }
  }

  /** A confirmed tooltip start: removal starts at {@code removeFrom}; the full name ends at {@code nameEnd}. */
  record Tooltip(int removeFrom, int nameEnd, boolean glued, boolean anchored) {}

  /** "MORE", found by its 'R': capitals past a word's first letter are rare in prose. */
  private static final Literal MORE = new Literal("MORE", 2);

  /** Every "MORE" that can close a tooltip, as {start, end} pairs, left to right. */
  static List<int[]> moreTokens(String t) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = MORE.in(t, from);
      if (at < 0) {
        return out;
      }
      int end = at + 4;
      from = end;
      if (at > 0 && Character.isUpperCase(t.charAt(at - 1)) && !acronymBefore(t, at)) {
        continue; // BALTIMORE, or a run of capitals
      }
      if (end < t.length() && Character.isLetterOrDigit(t.charAt(end)) && !Character.isLowerCase(t.charAt(end))) {
        continue; // MOREOVER, MORE2; but "MOREsaid" is the link glued to the next word by a flattened page
      }
      if (capitalsFollow(t, end)) {
        continue; // "FAR MORE THAN EXPECTED": real capitals, not the tooltip's link
      }
      out.add(new int[] {at, end});
    }
  }

  /**
   * Whether the capitals glued before "MORE" at {@code at} are a headline's last word, an acronym
   * ("… tensions with the FBIMORE", "… reinforce NATOMORE"): two to five capitals that start after
   * a space or punctuation, in a line that is not itself in capitals (a lower-case letter comes
   * shortly before). A word of capitals that ends in "MORE" (BALTIMORE, ANYMORE) is usually in a
   * line of capitals; elsewhere the tooltip structure before it must still be confirmed.
   */
  private static boolean acronymBefore(String t, int at) {
    int s = at;
    while (s > 0 && at - s < 6 && Character.isUpperCase(t.charAt(s - 1))) {
      s--;
    }
    int len = at - s;
    if (len < 2 || len > 5 || s == 0 || Character.isLetterOrDigit(t.charAt(s - 1))) {
      return false;
    }
    for (int k = s - 1; k >= 0 && s - k <= 40; k--) {
      char c = t.charAt(k);
      if (c == '\n') {
        return false;
      }
      if (Character.isLowerCase(c)) {
        return !ENDS_IN_MORE.contains(t.substring(s, at));
      }
    }
    return false;
  }

  /** Capitals that with "MORE" spell an English word rather than an acronym glued to the link. */
  private static final Set<String> ENDS_IN_MORE = Set.of("ANY", "EVER", "NEVER", "SYCA", "SOPHO", "BALTI", "GIL");

  /** Whether the next word after {@code i} (past spaces) is written in capitals (two or more). */
  private static boolean capitalsFollow(String t, int i) {
    int j = i;
    while (j < t.length() && t.charAt(j) == ' ') {
      j++;
    }
    int caps = 0;
    while (j < t.length() && caps < 3 && Character.isUpperCase(t.charAt(j))) {
      j++;
      caps++;
    }
    return caps >= 2;
  }

  /** The earliest confirmed tooltip that starts in {@code [lo, hi)} and runs to {@code hi}. */
  static Tooltip firstTooltip(String t, int lo, int hi) {
    // A tooltip never spans a line break: start after the last one in the window (bounded scan).
    int from = lo + 1;
    for (int k = hi - 1; k > lo; k--) {
      if (t.charAt(k) == '\n') {
        from = k + 1;
        break;
      }
    }
    Tooltip doubled = doubledPhrase(t, from, hi);
    for (int p = from; p < hi; p++) {
      Tooltip tip = tooltipAt(t, p, hi);
      if (tip != null) {
        tip = tip.glued() ? tip : betterInside(t, tip, p, hi);
        // A name shown twice, glued, is the surest start: a company's or a firm's too, which no
        // person's name parses ("Quill & Harrow LLPQuill & Harrow LLPQuill & Harrow hires …MORE")
        return doubled != null && (!tip.glued() || doubled.removeFrom() <= tip.removeFrom()) ? doubled : tip;
      }
    }
    return doubled;
  }

  /** The longest name of an organization: words, "&", initials, "Inc.", at most this many chars. */
  private static final int MAX_PHRASE = 60;

  /**
   * The first tooltip in {@code [from, hi)} that starts with its name glued to the same name
   * shown in the text ({@code "Brightwater Pharmaceuticals Inc.Brightwater Pharmaceuticals
   * Inc.Brightwater Pharma names …MORE"}): the name, two to six words and at most {@value
   * #MAX_PHRASE} chars, stands twice with nothing between, the first copy starting a word and the
   * second glued to the first headline (a capital, a digit or a quote). Bounded:
   * {@value #MAX_PHRASE} lengths tried at each glued capital of the window.
   */
  private static Tooltip doubledPhrase(String t, int from, int hi) {
    for (int p = Math.max(from, 1); p < hi; p++) {
      char before = t.charAt(p - 1);
      if (!Character.isUpperCase(t.charAt(p)) || before == ' ' || before == '\n' || !(Character.isLetterOrDigit(before) || before == '.')) {
        continue;
      }
      int best = 0;
      for (int len = 3; len <= MAX_PHRASE && p - len >= 0 && p + len <= hi; len++) {
        char c = t.charAt(p + len - 1);
        if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '&' || c == '.' || c == '-' || c == '\'' || c == '\u2019')) {
          break;
        }
        char start = t.charAt(p - len);
        if (Character.isUpperCase(start) && (p - len == 0 || !Character.isLetterOrDigit(t.charAt(p - len - 1)))
            && t.regionMatches(p - len, t, p, len)) {
          int words = 1;
          for (int k = p; k < p + len; k++) {
            words += t.charAt(k) == ' ' ? 1 : 0;
          }
          if (words >= 2 && words <= 6) {
            best = len;
          }
        }
      }
      // The headlines follow the second copy glued, as the name follows the first: "… Inc.Brightwater
      // Pharma names …"; a phrase doubled before a space ("Here's how you knowHere's how you know
      // Secretary …") is a page's repeated label, no tooltip.
      if (best > 0 && p + best < hi && (Character.isUpperCase(t.charAt(p + best)) || Character.isDigit(t.charAt(p + best))
          || t.charAt(p + best) == '\u201C' || t.charAt(p + best) == '"')) {
        return new Tooltip(p, p + best, true, true);
      }
    }
    return null;
  }

  /**
   * A spaced tooltip has no glue to anchor it, so it may be a shifted reading: "Marjorie Taylor
   * Greene Marjorie Taylor Greene Greene says …" also parses as displayed name "Marjorie Taylor",
   * full name "Greene Marjorie Taylor". When the displayed name is repeated, the true full name
   * starts inside the shifted one: move to the last start, inside the previous one's full name,
   * that also parses. Each move goes right, within a bounded name, so this stays linear.
   */
  private static Tooltip betterInside(String t, Tooltip tip, int p, int hi) {
    Tooltip best = tip;
    int from = p;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int q = from + 1; q < best.nameEnd(); q++) {
        Tooltip inner = tooltipAt(t, q, hi);
        // Once a reading is anchored by a shared given name, only another anchored one may replace
        // it: "Debbie Wasserman Schultz Deborah (Debbie) Wasserman Schultz" also parses, inside
        // the full name, as displayed "Wasserman" and full name "Schultz Wasserman".
        if (inner != null && !inner.glued() && (inner.anchored() || !best.anchored())) {
          best = inner;
          from = q;
          moved = true;
          break;
        }
      }
    }
    return best;
  }

  /** A tooltip whose full name starts at {@code p}, confirmed against the name before it, or null. */
  static Tooltip tooltipAt(String t, int p, int hi) {
    char c = t.charAt(p);
    if (!Character.isUpperCase(c)) {
      return null;
    }
    char before = t.charAt(p - 1);
    boolean glued = Character.isLowerCase(before) || before == '.';
    boolean spaced = before == ' ';
    if (!glued && !spaced) {
      return null;
    }
    int displayEnd = spaced ? p - 1 : p;
    int[] word = wordBefore(t, displayEnd);
    if (word == null) {
      return null;
    }
    String surname = t.substring(word[0], word[1]);
    String suffix = null;
    if (SUFFIXES.contains(surname)) {
      suffix = surname;
      int[] prev = word[0] >= 2 && t.charAt(word[0] - 1) == ' ' ? wordBefore(t, word[0] - 1) : null;
      if (prev == null) {
        return null;
      }
      surname = t.substring(prev[0], prev[1]);
    }
    if (surname.endsWith(".") || surname.length() < 2 || NAME_PREFIXES.contains(surname)
        || !Character.isUpperCase(surname.charAt(0)) && !particleSurname(surname)) {
      return null;
    }
    if (spaced && suffix == null && !Character.isLowerCase(surname.charAt(surname.length() - 1))) {
      return null;
    }
    int nameEnd = fullNameEnd(t, p, hi, surname, suffix);
    if (nameEnd < 0) {
      return null;
    }
    boolean anchored = glued || sharesGivenName(t, word[0], p, nameEnd);
    return new Tooltip(spaced ? p - 1 : p, nameEnd, glued, anchored);
  }

  /**
   * A surname after a lower-case particle and its hyphen ({@code "al-Kharabsheh"}, {@code
   * "el-Sisi"}, {@code "ad-Din"}): one to three letters, a hyphen, a capital.
   */
  static boolean particleSurname(String w) {
    int h = w.indexOf('-');
    if (h < 1 || h > 3 || h + 1 >= w.length() || !Character.isUpperCase(w.charAt(h + 1))) {
      return false;
    }
    for (int k = 0; k < h; k++) {
      if (!Character.isLowerCase(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the displayed name (the words before {@code surnameStart}) and the full name at
   * {@code p} share a given name or nickname ("Chuck Schumer" / "Charles (Chuck) Ellis Schumer").
   * A spaced tooltip has no glue to anchor it, so this is what tells "Elizabeth Warren Elizabeth
   * Warren" (full name "Elizabeth Warren") from a shifted reading (full name "Warren Elizabeth").
   */
  private static boolean sharesGivenName(String t, int surnameStart, int p, int nameEnd) {
    java.util.Set<String> displayed = new java.util.HashSet<>();
    int s = surnameStart;
    for (int k = 0; k < 3 && s >= 2 && t.charAt(s - 1) == ' '; k++) {
      int[] w = wordBefore(t, s - 1);
      if (w == null) {
        break;
      }
      displayed.add(t.substring(w[0], w[1]));
      s = w[0];
    }
    int i = p;
    while (i < nameEnd) {
      int e = i;
      while (e < nameEnd && t.charAt(e) != ' ') {
        e++;
      }
      int a = i;
      int b = e;
      if (b - a > 2 && "(\"\u201C'\u2018".indexOf(t.charAt(a)) >= 0 && ")\"\u201D'\u2019".indexOf(t.charAt(b - 1)) >= 0) {
        a++;
        b--;
      }
      if (displayed.contains(t.substring(a, b))) {
        return true;
      }
      i = e + 1;
    }
    return false;
  }

  /**
   * The word that ends at {@code end}: letters, hyphens, apostrophes and dots, starting after a
   * space, a line start or an opening bracket or quote. Null when there is none.
   */
  private static int[] wordBefore(String t, int end) {
    int s = end;
    while (s > 0 && end - s < MAX_WORD && isNameChar(t.charAt(s - 1))) {
      s--;
    }
    if (s == end || end - s >= MAX_WORD) {
      return null;
    }
    if (s > 0) {
      char b = t.charAt(s - 1);
      if (!(b == ' ' || b == '\n' || b == '(' || b == '"' || b == '\u201C' || b == '\'' || b == '\u2018')) {
        return null;
      }
    }
    return new int[] {s, end};
  }

  /**
   * Whether {@code t[s, e)} can be a word of a displayed name: a dot only as an initial's ("J."),
   * so a title or a sentence glued on ("WashingtonSen.", "unlikely.Antony") is not taken for one.
   */
  private static boolean displayedNameWord(String t, int s, int e) {
    int dot = t.indexOf('.', s);
    return dot < 0 || dot >= e || (e - s == 2 && dot == s + 1);
  }

  private static boolean isNameChar(char c) {
    return Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019' || c == '.';
  }

  /**
   * Parses a full name from {@code p}: up to {@link #MAX_GIVEN} given names, initials or
   * nicknames, then the surname (then the suffix, when the displayed name had one). Returns where
   * the full name ends, or -1 when the text there is not such a name.
   */
  static int fullNameEnd(String t, int p, int hi, String surname, String suffix) {
    int i = p;
    int given = 0;
    while (i < hi && given <= MAX_GIVEN) {
      if (given > 0 && t.startsWith(surname, i)) {
        int end = i + surname.length();
        if (suffix != null) {
          end = suffixEnd(t, end, hi, suffix);
        }
        if (end >= 0 && (end >= hi || !Character.isLowerCase(t.charAt(end)))) {
          return end;
        }
      }
      int w = nameTokenEnd(t, i, hi);
      if (w < 0 || w >= hi || t.charAt(w) != ' ') {
        return -1;
      }
      given++;
      i = w + 1;
    }
    return -1;
  }

  private static int suffixEnd(String t, int i, int hi, String suffix) {
    int j = i;
    if (j < hi && t.charAt(j) == ',') {
      j++;
    }
    if (j < hi && t.charAt(j) == ' ') {
      j++;
    }
    String bare = suffix.endsWith(".") ? suffix.substring(0, suffix.length() - 1) : suffix;
    if (!t.startsWith(bare, j)) {
      return -1;
    }
    j += bare.length();
    if (j < hi && t.charAt(j) == '.') {
      j++;
    }
    return j;
  }

  /**
   * The end of one given name, initial or nickname at {@code i}: a capitalised word ("Charles",
   * "J.", "Mary-Kate", "O'Rourke"), or a nickname in parentheses or quotes ("(Chuck)", "\"Chuck\"",
   * "“Chuck”"). -1 when there is none.
   */
  private static int nameTokenEnd(String t, int i, int hi) {
    char c = t.charAt(i);
    char close =
        switch (c) {
          case '(' -> ')';
          case '"' -> '"';
          case '\u201C' -> '\u201D';
          case '\'' -> '\'';
          case '\u2018' -> '\u2019';
          default -> 0;
        };
    if (close != 0) {
      int j = i + 1;
      while (j < hi && j - i < MAX_WORD && t.charAt(j) != close) {
        char d = t.charAt(j);
        if (!(Character.isLetter(d) || d == ' ' || d == '.' || d == '-' || d == '\'' || d == '\u2019')) {
          return -1;
        }
        j++;
      }
      if (j >= hi || t.charAt(j) != close || j == i + 1 || !Character.isUpperCase(t.charAt(i + 1))) {
        return -1;
      }
      return j + 1;
    }
    if (!Character.isUpperCase(c)) {
      return -1;
    }
    int j = i + 1;
    while (j < hi && j - i < MAX_WORD && isNameChar(t.charAt(j))) {
      char d = t.charAt(j);
      if (Character.isUpperCase(d) && !innerCapitalFits(t, i, j)) {
        return -1; // two words glued together: not a given name
      }
      j++;
    }
    return j - i >= MAX_WORD ? -1 : j;
  }

  /**
   * Whether the capital at {@code j} fits inside one name starting at {@code i}: after a short
   * prefix ("McKenzie", "DeShawn", "LaToya", "O'Brien") or in initials ("J.R."), not after a whole
   * word ("ConnellAddison", "Jr.Robert").
   */
  private static boolean innerCapitalFits(String t, int i, int j) {
    char before = t.charAt(j - 1);
    if (before == '.') {
      return j - i == 2 || (j - i >= 4 && t.charAt(j - 3) == '.');
    }
    return j - i <= 3;
  }

  /**
   * A tooltip cut off by truncation before its "MORE": in the last line of the text, a confirmed
   * full name (or the start of one repeating the displayed name) with no "MORE" after it. Removes
   * from the full name to the end of the text.
   */
  private void cutOffTail(Draft draft, String t, int segStart, int end, boolean lastLine) {
    int lo = Math.max(segStart, end - WINDOW);
    // A spaced tooltip counts only in a text known to be cut short; elsewhere only a start glued
    // to the word before it can count, and prose has few of those, so most places are passed over
    // after two char tests (both readings need a capital, the cut-off name a glued one).
    boolean spacedCounts = draft.truncated() || endsInEllipsis(t, end);
    // A text whose last sentence ends was not cut off: a glued name there ("… those of
    // AccraPulse Online. AccraPulse Online will not be responsible … in comments.") is a careless
    // join, and nothing after it goes.
    boolean cutOff = draft.truncated() || !endsWithSentence(t, segStart, end);
    for (int p = lo + 1; p < end; p++) {
      char c = t.charAt(p);
      // No char below 'A' or between 'Z' and U+00C0 is a capital: most chars need no table.
      if (c < 'A' || c > 'Z' && (c < '\u00C0' || !Character.isUpperCase(c))) {
        continue;
      }
      char before = t.charAt(p - 1);
      if (!spacedCounts && !Character.isLowerCase(before) && before != '.') {
        continue;
      }
      Tooltip tip = tooltipAt(t, p, end);
      if (tip != null && !tip.glued()) {
        tip = betterInside(t, tip, p, end);
      }
      if (tip != null && proseAfter(t, tip.nameEnd(), end)) {
        // "Speaker Nancy PelosiNancy Pelosi said the House …": the sentence goes on after the full
        // name, so nothing was cut off; a name glued twice loses its copy, anything else stays.
        int len = tip.nameEnd() - p;
        if (tip.glued() && p - len >= 0 && t.regionMatches(p - len, t, p, len)) {
          draft.remove(p, tip.nameEnd());
          return;
        }
        continue;
      }
      if (tip != null && cutOff && (tip.glued() || draft.truncated() || endsInEllipsis(t, end))) {
        draft.remove(tip.removeFrom(), end);
        if (lastLine) {
          draft.markTruncated();
        }
        return;
      }
      if (tip == null && cutOff && isCutFullName(t, p, end)) {
        draft.remove(p, end);
        if (lastLine) {
          draft.markTruncated();
        }
        return;
      }
    }
  }

  /** Whether the text in {@code [from, end)} ends with a sentence's period, question or exclamation mark (maybe quoted). */
  private static boolean endsWithSentence(String t, int from, int end) {
    int e = end;
    while (e > from && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    while (e > from && Prose.isClosingQuote(t.charAt(e - 1))) {
      e--;
    }
    if (e - 2 < from) {
      return false;
    }
    char c = t.charAt(e - 1);
    return (c == '.' || c == '!' || c == '?') && Character.isLowerCase(t.charAt(e - 2));
  }

  /**
   * Whether the text from {@code p} to the end is the start of the displayed name repeated, glued
   * to it: "Antony BlinkenAnt…" at the very end of a cut-off text.
   */
  private static boolean isCutFullName(String t, int p, int end) {
    char before = t.charAt(p - 1);
    if (!Character.isLowerCase(before) || !Character.isUpperCase(t.charAt(p))) {
      return false;
    }
    int fragEnd = end;
    if (t.charAt(fragEnd - 1) == '\u2026') {
      fragEnd--;
    } else if (fragEnd - p > 3 && t.startsWith("...", fragEnd - 3)) {
      fragEnd -= 3;
    }
    if (fragEnd - p < 2 || fragEnd - p > 60) {
      return false;
    }
    String fragment = t.substring(p, fragEnd);
    // The displayed name: up to three capitalised words ending at p.
    int s = p;
    int words = 0;
    int best = -1;
    while (words < 3) {
      int[] w = wordBefore(t, s);
      if (w == null || !Character.isUpperCase(t.charAt(w[0])) || !displayedNameWord(t, w[0], w[1])) {
        break;
      }
      words++;
      best = w[0];
      String displayed = t.substring(best, p);
      if (displayed.length() > fragment.length() && displayed.startsWith(fragment) && words >= 2) {
        return true;
      }
      if (words >= 2 && isCutNameSharingGiven(fragment, displayed)) {
        return true;
      }
      if (w[0] < 2 || t.charAt(w[0] - 1) != ' ') {
        break;
      }
      s = w[0] - 1;
    }
    return false;
  }

  /**
   * Whether a fragment cut off at the end of the text is the start of a full name that belongs to
   * the displayed name before it: name words only (given names, initials, a nickname in
   * parentheses or quotes that may itself be cut, "Elizabeth Ann Warr", "Charles (Chu"), at least
   * one of which is one of the displayed given names, or the cut last word the start of one ("Chuck
   * Schumer" / "Charles (Chu"). The shared given name is what tells a cut tooltip from a careless
   * join of two capitalised words.
   */
  private static boolean isCutNameSharingGiven(String fragment, String displayed) {
    String[] parts = fragment.split(" ", -1);
    if (parts.length > MAX_GIVEN + 1) {
      return false;
    }
    String[] shown = displayed.split(" ");
    if (parts[parts.length - 1].equals(shown[shown.length - 1])) {
      return false; // the surname was reached: not cut inside the full name (a complete one is judged elsewhere)
    }
    boolean shared = false;
    for (int k = 0; k < parts.length; k++) {
      String w = parts[k];
      boolean last = k == parts.length - 1;
      int a = 0;
      int b = w.length();
      if (b > 0 && "(\"\u201C'\u2018".indexOf(w.charAt(0)) >= 0) {
        a++;
      }
      if (!last && b > a && ")\"\u201D'\u2019".indexOf(w.charAt(b - 1)) >= 0) {
        b--;
      }
      if (b - a < 1 || !Character.isUpperCase(w.charAt(a))) {
        return false;
      }
      for (int x = a + 1; x < b; x++) {
        char c = w.charAt(x);
        if (!(Character.isLowerCase(c) || c == '.' || c == '-' || c == '\'' || c == '\u2019')) {
          return false;
        }
      }
      String core = w.substring(a, b);
      for (int d = 0; d < shown.length - 1; d++) {
        if (shown[d].equals(core) || (last && core.length() >= 2 && shown[d].startsWith(core))) {
          shared = true;
        }
      }
    }
    return shared;
  }

  private static boolean endsInEllipsis(String t, int end) {
    return t.charAt(end - 1) == '\u2026' || (end >= 3 && t.startsWith("...", end - 3));
  }
}
