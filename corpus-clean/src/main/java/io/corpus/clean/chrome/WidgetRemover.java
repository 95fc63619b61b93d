package io.corpus.clean.chrome;

import com.fasterxml.jackson.databind.JsonNode;
import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.DataFiles;
import io.corpus.clean.internal.LineMemo;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes the lines of one family of page widgets that a flattener left in the text: cookie and
 * consent banners, share rows, audio and video players, Medium and Substack controls, feedback
 * boxes. One step per family ({@link #all()}), each under its own rule id, so each can be turned
 * off alone.
 *
 * <p>A line is judged whole, by its key (lower-cased, blanks folded, trailing {@code . … : ! › »}
 * dropped), and only when it is short ({@value #MAX_LINE} chars at most). Lines come in two
 * strengths ({@code widgets.yaml}): an <em>anchor</em> is the widget on its own ({@code "Cookies
 * on GOV.UK"} is weak, {@code "We use some essential cookies to make this website work."} an
 * anchor, {@code "Was this page helpful?"} an anchor); a <em>weak</em> line ({@code "Yes"}, {@code
 * "Accept All"}, {@code "Follow"}, {@code "02:14"}) goes only in a run of the family's lines that
 * holds an anchor, or, for players and platform controls, the pair of weak kinds that makes one (a
 * {@code "Watch: …"} title with a duration; a counter such as {@code "12"} or {@code "1.2K"} with a
 * control word such as {@code "Share"}). A run is consecutive non-blank lines; platform controls
 * may step over up to three short lines that end no sentence (the author's name, the date, the
 * reading time), which stay. A line that is two or more of the family's phrases run together
 * ({@code "Was this page helpful? Yes No"}, {@code "Type your email… Subscribe"}) is read as the
 * row of buttons it is ({@link #phraseRow}). So {@code "Yes"} in an interview, {@code "Follow the
 * money"}, a sentence about cookies or a {@code "Watch: …"} line with no player around it stay.
 *
 * <p>Runs in the chrome phase before the rule-file rules, so the headline detector later sees the
 * headline next to the body. Stateless and thread-safe; one pass over the lines.
 *
 * <pre>{@code
 * // "Was this page helpful?\nYes\nNo" at the end of a page  ->  removed under chrome.feedback
 * }</pre>
 */
public final class WidgetRemover implements CleanStep {

  public static final String COOKIE_BANNER = "chrome.cookie-banner";
  public static final String SHARE_ROW = "chrome.share-row";
  public static final String MEDIA_WIDGET = "chrome.media-widget";
  public static final String PLATFORM_CONTROLS = "chrome.platform-controls";
  public static final String FEEDBACK = "chrome.feedback";
  /** The families in the order their steps run. */
  static final List<String> FAMILIES = List.of(COOKIE_BANNER, FEEDBACK, MEDIA_WIDGET, SHARE_ROW, PLATFORM_CONTROLS);

  /** A cookie banner's exact heading of at most this many words, ended by a period, is only a weak line. */
  static final int MAX_PERIOD_HEADING_WORDS = 5;

  /** Longer lines are never widget lines. */
  static final int MAX_LINE = 400;
  /** A line a run may step over is at most this long. */
  static final int MAX_BRIDGE_LINE = 60;
  /** A short cookie line (weak) is at most this long. */
  static final int MAX_COOKIE_LABEL = 60;


  // What a line is, as bits: a run is removed when its bits make a widget (see decisive()).
  static final int ANCHOR = 1;
  static final int WEAK = 2;
  static final int COUNTER = 4;
  static final int CONTROL = 8;
  static final int DURATION = 16;
  static final int TITLE = 32;

  private enum Tail { ANY, DURATION, TIME, NETWORKS, ON_NETWORK }

  /** A line that starts with a phrase; see widgets.yaml. */
  private record Starts(String phrase, int maxWords, List<String> contains, List<String> context, Tail tail) {}

  private final String id;
  private final String description;
  private final int bridge;
  private final Set<String> anchorExact;
  private final List<Starts> anchorStarts;
  private final Set<String> weakExact;
  private final List<Starts> weakStarts;
  private final Set<String> controls;
  /** Share-row words, longest first, so "share on" is read before "share". */
  private final List<String> shareWords;
  private final Set<String> shareVerbs;
  private final Set<String> targets;
  /**
   * The first words of every phrase of the family, as {@link #firstWordCode}s, sorted: a line is
   * read only when it starts with one of them (or with what no code stands for).
   */
  private final long[] firstWords;
  /**
   * For the share row only: the first words that start nothing but exact phrases (the text-size
   * buttons' "a", as in "A-", "A+", "A A A"), each with the longest line that can still be one of
   * them (three chars a phrase's char, for blanks and marks a key drops). A longer line that starts
   * with such a word ("A man was arrested …") is passed over without its key being made.
   */
  private final java.util.Map<Long, Integer> exactOnlyLongest;
  /**
   * A first word's slot in {@link #firstWordFilter}: most lines' first words fall on a clear
   * slot and are passed over without the search (five families ask it of every line).
   */
  private static int filterSlot(long code) {
    return (int) ((code ^ (code >>> 13) ^ (code >>> 29)) & (FILTER_SLOTS - 1));
  }

  private static final int FILTER_SLOTS = 1024;
  /** The slots of the family's first words. */
  private final java.util.BitSet firstWordFilter;
  /** Whether a row of this family's phrases may start with a digit or a mark. */
  private final boolean rowDigitFirst;
  /** Whether a line that starts with a digit may be one of this family's. */
  private final boolean digitFirst;
  /** The family's exact phrases, anchor and weak, longest first: what a flattened row is read as. */
  private final List<String> rowPhrases;

  private WidgetRemover(String id, JsonNode family, String where) {
    this.id = id;
    String d = DataFiles.text(family, "description");
    if (d == null || d.isEmpty()) {
      throw new IllegalStateException(where + ": family " + id + " has no description");
    }
    this.description = d + ".";
    this.bridge = family.path("bridge").asInt(0);
    JsonNode anchor = family.path("anchor");
    JsonNode weak = family.path("weak");
    this.anchorExact = Set.copyOf(keys(DataFiles.strings(anchor, "exact", where), where));
    this.anchorStarts = starts(anchor, where);
    this.weakExact = Set.copyOf(keys(DataFiles.strings(weak, "exact", where), where));
    this.weakStarts = starts(weak, where);
    this.controls = Set.copyOf(DataFiles.strings(family, "controls", where));
    this.shareVerbs = Set.copyOf(DataFiles.strings(family, "shareVerbs", where));
    List<String> t = DataFiles.strings(family, "targets", where);
    this.targets = Set.copyOf(t);
    List<String> words = new ArrayList<>(new HashSet<>(shareVerbs));
    for (String w : t) {
      if (!shareVerbs.contains(w)) {
        words.add(w);
      }
    }
    words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.shareWords = List.copyOf(words);
    List<String> phrases = new ArrayList<>(new HashSet<>(anchorExact));
    for (String w : weakExact) {
      if (!anchorExact.contains(w)) {
        phrases.add(w);
      }
    }
    phrases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.rowPhrases = id.equals(SHARE_ROW) ? List.of() : List.copyOf(phrases);
    this.rowDigitFirst = rowPhrases.stream().anyMatch(r -> !r.isEmpty() && !Character.isLetter(r.charAt(0)));
    List<String> firsts = new ArrayList<>(anchorExact);
    firsts.addAll(weakExact);
    anchorStarts.forEach(s -> firsts.add(s.phrase()));
    weakStarts.forEach(s -> firsts.add(s.phrase()));
    firsts.addAll(shareWords);
    firsts.addAll(List.of("watch", "video", "audio", "listen"));
    this.firstWords = firsts.stream().mapToLong(f -> firstWordCode(f, 0, f.length())).filter(c -> c >= 0)
        .distinct().sorted().toArray();
    java.util.Map<Long, Integer> exactOnly = new java.util.HashMap<>();
    if (id.equals(SHARE_ROW)) {
      java.util.Set<Long> open = new java.util.HashSet<>();
      for (String f : firsts) {
        if (!anchorExact.contains(f) && !weakExact.contains(f) || shareWords.contains(f)) {
          open.add(firstWordCode(f, 0, f.length())); // a starts phrase's, a share word's, a media word's first word
        }
      }
      for (String f : firsts) {
        long code = firstWordCode(f, 0, f.length());
        if (code >= 0 && !open.contains(code)) {
          exactOnly.merge(code, 3 * f.length() + 4, Math::max);
        }
      }
    }
    this.exactOnlyLongest = java.util.Map.copyOf(exactOnly);
    this.firstWordFilter = new java.util.BitSet(FILTER_SLOTS);
    for (long w : firstWords) {
      firstWordFilter.set(filterSlot(w));
    }
    // Counters, durations and helpful counts ("12", "02:14", "12 out of 15 found this helpful") are
    // read by the families that take them; the others
    // read a line that starts with a digit only when one of their phrases does.
    this.digitFirst = id.equals(MEDIA_WIDGET) || id.equals(PLATFORM_CONTROLS) || id.equals(FEEDBACK)
        || firsts.stream().anyMatch(f -> !f.isEmpty() && Character.isDigit(f.charAt(0)));
  }

  /** The phrases, each checked to be written as the key of a line is, or it could never match. */
  private static List<String> keys(List<String> phrases, String where) {
    for (String p : phrases) {
      if (!key(p).equals(p)) {
        throw new IllegalStateException(where + ": '" + p + "' never matches; write it as '" + key(p) + "'");
      }
    }
    return phrases;
  }

  private static List<Starts> starts(JsonNode node, String where) {
    JsonNode list = node.get("starts");
    if (list == null || list.isNull()) {
      return List.of();
    }
    List<Starts> out = new ArrayList<>();
    for (JsonNode s : list) {
      String phrase = DataFiles.text(s, "starts");
      if (phrase == null || phrase.isEmpty()) {
        throw new IllegalStateException(where + ": a 'starts' entry without its phrase: " + s);
      }
      if (!phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException(where + ": '" + phrase + "' never matches; write it in lower case");
      }
      String tail = DataFiles.text(s, "tail");
      Tail kind = tail == null ? Tail.ANY : switch (tail) {
        case "duration" -> Tail.DURATION;
        case "time" -> Tail.TIME;
        case "networks" -> Tail.NETWORKS;
        case "onNetwork" -> Tail.ON_NETWORK;
        default -> throw new IllegalStateException(where + ": unknown tail '" + tail + "' for " + phrase);
      };
      out.add(new Starts(phrase, s.path("maxWords").asInt(8), DataFiles.strings(s, "contains", where),
          DataFiles.strings(s, "context", where), kind));
    }
    return List.copyOf(out);
  }

  /** The built-in families, one step each, in the order they run. */
  public static List<CleanStep> all() {
    String where = "widgets.yaml";
    JsonNode families = DataFiles.read(WidgetRemover.class, where).path("families");
    List<CleanStep> out = new ArrayList<>();
    for (String id : FAMILIES) {
      JsonNode f = families.get(id);
      if (f == null || !f.isObject()) {
        throw new IllegalStateException(where + ": family " + id + " is missing");
      }
      out.add(new WidgetRemover(id, f, where));
    }
    return List.copyOf(out);
  }

  /** The step of one family ({@link #COOKIE_BANNER}, …). */
  static WidgetRemover family(String id) {
    for (CleanStep s : all()) {
      if (s.id().equals(id)) {
        return (WidgetRemover) s;
      }
    }
    throw new IllegalArgumentException("no widget family " + id);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  @Override
  public void apply(Draft draft) {
    TextLines lines = TextLines.of(draft.text());
    List<Integer> run = new ArrayList<>();
    LineMemo<Integer> memo = new LineMemo<>();
    int bits = 0;
    int gap = 0;
    for (int i = 0; i < lines.size(); i++) {
      TextLines.Line l = lines.get(i);
      int k = kind(l, memo);
      if (k != 0) {
        run.add(i);
        bits |= k;
        gap = 0;
        continue;
      }
      if (run.isEmpty()) {
        continue;
      }
      if (gap < bridge && bridgeable(l)) {
        gap++;
        continue;
      }
      removeIfWidget(draft, lines, run, bits);
      run.clear();
      bits = 0;
      gap = 0;
    }
    removeIfWidget(draft, lines, run, bits);
  }

  private void removeIfWidget(Draft draft, TextLines lines, List<Integer> run, int bits) {
    if (!decisive(bits, run.size()) || TextLines.introducedByColon(lines.lines(), run.get(0))) {
      return; // (or "… a small player and a line such as:" / "Listen to this article · 4 min": quoted)
    }
    if (id.equals(PLATFORM_CONTROLS)) {
      run = withPublication(draft, lines, run);
    }
    // Lines next to each other go as one stretch, so a sentence the widget interrupted is mended
    // across the whole of it (the lines a run stepped over stay and part the stretches).
    int from = 0;
    for (int k = 1; k <= run.size(); k++) {
      if (k == run.size() || run.get(k) != run.get(k - 1) + 1) {
        LineRemoval.removeRun(draft, lines, run.get(from), run.get(k - 1) + 1, id);
        from = k;
      }
    }
  }

  /**
   * Medium's {@code "Published in Data Engineering Notes"} names the publication, the page's
   * publisher; split over two lines ({@code "Published in"} / {@code "Better Builders"}), the
   * name's line goes with the controls too (it would read as a second author's). The run, with
   * that line added when it is one.
   */
  private static List<Integer> withPublication(Draft draft, TextLines lines, List<Integer> run) {
    for (int k = 0; k < run.size(); k++) {
      int i = run.get(k);
      String t = lines.get(i).text();
      if (t.length() < 12 || !t.regionMatches(true, 0, "Published in", 0, 12)) {
        continue;
      }
      String rest = t.substring(12).strip();
      if (!rest.isEmpty()) {
        if (isPublicationName(rest)) {
          draft.publisherIfAbsent(rest);
        }
        return run;
      }
      boolean nextInRun = k + 1 < run.size() && run.get(k + 1) == i + 1;
      if (i + 1 < lines.size() && !nextInRun && isPublicationName(lines.get(i + 1).text())) {
        draft.publisherIfAbsent(lines.get(i + 1).text());
        List<Integer> more = new ArrayList<>(run);
        more.add(k + 1, i + 1);
        return more;
      }
      return run;
    }
    return run;
  }

  /** A publication's name: one to six words, 60 chars at most, capitalized, no sentence or clause mark. */
  static boolean isPublicationName(String s) {
    if (s.isEmpty() || s.length() > 60 || !Character.isUpperCase(s.charAt(0)) || Prose.wordCount(s) > 6) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\u00B7' || c == '|') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a run of {@code lines} lines with these bits is a widget: an anchor, or a pair of weak
   * kinds that makes one. Counters and control words take three lines at least ("12" / "3" /
   * "Share"; "--" / "12" / "Listen" / "Share"): "Follow" over a "12" alone may be anything.
   */
  static boolean decisive(int bits, int lines) {
    return (bits & ANCHOR) != 0
        || (bits & TITLE) != 0 && (bits & DURATION) != 0
        || (bits & COUNTER) != 0 && (bits & CONTROL) != 0 && lines >= 3;
  }

  /** A line a run of platform controls steps over: short, and no sentence (a name, a date). */
  private static boolean bridgeable(TextLines.Line l) {
    if (l.length() > MAX_BRIDGE_LINE) {
      return false;
    }
    char last = l.last();
    return last != '.' && last != '!' && last != '?';
  }

  private int kind(TextLines.Line l, LineMemo<Integer> memo) {
    if (l.length() > MAX_LINE || !mayBeWidget(l.source(), l.start(), l.end())) {
      return 0;
    }
    return memo.get(l, this::kind); // a line's kind depends on its text alone
  }

  /**
   * The cheap test before {@link #kind(String)}: a line is read only when its first word is the
   * first word of one of the family's phrases, or it starts with a digit or a mark (a counter, a
   * duration, {@code "--"}), or, for cookie banners, it is a short line with the word "cookie"
   * (every line {@code kind} accepts passes it; a test holds that). Most lines stop here, before
   * their key is made.
   */
  boolean mayBeWidget(String text, int start, int end) {
    long first = firstWordCode(text, start, end);
    if (first < 0 && !digitFirst && Character.isDigit(text.charAt(start))) {
      // "12", "2 hours ago": no phrase of this family starts with a digit (a cookie label may)
      return mayBeCookieLine(text, start, end);
    }
    if (first < 0 || firstWordFilter.get(filterSlot(first)) && java.util.Arrays.binarySearch(firstWords, first) >= 0
        && (exactOnlyLongest.isEmpty() || end - start <= exactOnlyLongest.getOrDefault(first, Integer.MAX_VALUE))) {
      return true;
    }
    if (id.equals(SHARE_ROW) && end - start <= MAX_DOMAIN && isOneDottedWord(text, start, end)) {
      return true; // a site's address alone: "TheHill.com"
    }
    if (id.equals(SHARE_ROW) && firstWordGlued(text, start, end)) {
      return true; // share words glued into one: "EmailShare on", "ShareFacebookX"
    }
    return mayBeCookieLine(text, start, end);
  }

  /** Whether the first word of {@code text[start, end)} has a lower-case letter right before a capital. */
  private static boolean firstWordGlued(String text, int start, int end) {
    for (int i = start + 1; i < end && Character.isLetter(text.charAt(i)); i++) {
      if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** A cookie banner's line by its chars: a short one with "cookie", or a longer one with it near its end. */
  private boolean mayBeCookieLine(String text, int start, int end) {
    return id.equals(COOKIE_BANNER) && (end - start <= MAX_COOKIE_LABEL ? containsCookie(text, start, end)
        : endsWithCookieWord(text, start, end));
  }

  /**
   * A banner's body: a few sentences about the site's cookies that end in the link about them
   * ({@code "We are always working to improve this website for our users. To do this, we use the
   * anonymous data provided by cookies. Learn more about how we use cookies"}): its last word
   * "cookie" or "cookies", the site or the reader's browser or device named, at most {@value
   * #MAX_BANNER_BODY_WORDS} words. Weak: it goes only with a banner's anchor.
   */
  private static boolean isBannerBody(String line, String key) {
    if (PromoRemover.words(key) > MAX_BANNER_BODY_WORDS
        || !endsWithCookieWord(line, 0, line.length())) {
      return false;
    }
    for (String site : BANNER_SITE_WORDS) {
      if (key.contains(site)) {
        return true;
      }
    }
    return false;
  }

  static final int MAX_BANNER_BODY_WORDS = 60;
  private static final List<String> BANNER_SITE_WORDS = List.of("this website", "our website", "this site", "our site",
      "your browser", "your device", "the website");

  /**
   * Whether {@code text[start, end)} ends with the word "cookie" or "cookies", in any case, maybe
   * before up to three marks ({@code "… Learn more about how we use cookies"}, {@code "… cookies. ›"}):
   * a few chars read, whatever the line's length.
   */
  static boolean endsWithCookieWord(String text, int start, int end) {
    int e = end;
    while (e > start && end - e < 3 && !Character.isLetter(text.charAt(e - 1))) {
      e--;
    }
    if (e - start >= 7 && text.regionMatches(true, e - 7, "cookies", 0, 7)) {
      return true;
    }
    return e - start >= 6 && text.regionMatches(true, e - 6, "cookie", 0, 6);
  }

  /** Whether "cookie" stands in {@code text[start, end)}, in any case. */
  private static boolean containsCookie(String text, int start, int end) {
    for (int i = start; i + 6 <= end; i++) {
      char c = text.charAt(i);
      if ((c == 'c' || c == 'C') && text.regionMatches(true, i, "cookie", 0, 6)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first word of {@code s[start, end)} as a number, without a copy (each family asks it of
   * every line): its ASCII letters, lower-cased, as digits 1 to 26 in base 27, up to twelve of
   * them; -1 when the text starts with a digit, a mark or a letter outside ASCII, or the word is
   * longer, which the caller reads in full.
   */
  static long firstWordCode(String s, int start, int end) {
    long code = 0;
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c >= 'a' && c <= 'z') {
        if (n == 12) {
          return -1;
        }
        code = code * 27 + (c - 'a' + 1);
        n++;
      } else if (Character.isLetterOrDigit(c)) {
        return -1;
      } else {
        break;
      }
    }
    return n == 0 ? -1 : code;
  }

  /** What {@code line} is to this family, as bits; 0 when it is none of its lines. */
  int kind(String line) {
    if (line.length() > MAX_LINE) {
      return 0;
    }
    String key = key(line);
    if (key.isEmpty()) {
      return 0;
    }
    int k = 0;
    if (anchorExact.contains(key) || matchesAny(anchorStarts, key)) {
      // A banner's short heading with a sentence's period ("We value your privacy.") is only as
      // strong as a button: alone, in a poem or a quote, it is the text's.
      boolean headingAsSentence = anchorExact.contains(key) && line.endsWith(".") && PromoRemover.words(key) <= MAX_PERIOD_HEADING_WORDS
          && id.equals(COOKIE_BANNER) && !key.contains("cookie"); // ("This site uses cookies." says what it is)
      k |= headingAsSentence ? WEAK : ANCHOR;
    }
    if (weakExact.contains(key) || matchesAny(weakStarts, key)) {
      k |= WEAK;
    }
    if (k == 0 && (rowDigitFirst || !Character.isDigit(key.charAt(0)))) {
      k |= phraseRow(key); // a row's first phrase starts it: "12" or "2 hours ago" starts none
    }
    switch (id) {
      case COOKIE_BANNER -> {
        if (line.length() <= MAX_COOKIE_LABEL && PromoRemover.words(key) <= 8 && !line.endsWith(".")
            && (PromoRemover.containsWord(key, "cookie") || PromoRemover.containsWord(key, "cookies"))) {
          k |= WEAK;
        } else if (isBannerBody(line, key)) {
          k |= WEAK;
        }
      }
      case SHARE_ROW -> {
        // (a glued row is read only when its first word passes the family's first-word test, or
        // is glued itself: "ShareFacebookX…", "EmailShare on")
        if (shareRow(key) || hasGlueSeam(line) && mayBeWidget(line, 0, line.length()) && gluedShareRow(key)) {
          k |= ANCHOR;
        } else if (domainEnd(key, 0) == key.length()) {
          k |= WEAK; // "TheHill.com" under "Share on Twitter": the site's own link button
        }
      }
      case MEDIA_WIDGET -> {
        if (isDuration(key)) {
          k |= DURATION;
        }
        if (isVideoTitle(key, line)) {
          k |= TITLE;
          if (endsWithClock(key)) {
            k |= DURATION; // "Watch: Fire at the depot (02:14)": title and length in one
          }
        }
      }
      case PLATFORM_CONTROLS -> {
        if (isCounter(key)) {
          k |= COUNTER;
        }
        if (controls.contains(key)) {
          k |= CONTROL;
        }
      }
      case FEEDBACK -> {
        if (foundHelpful(key)) {
          k |= ANCHOR;
        }
      }
      default -> { }
    }
    return k;
  }

  /** {@code "12 out of 15 found this helpful"}, {@code "3 of 4 people found this helpful"}. */
  static boolean foundHelpful(String key) {
    if (key.length() > 60 || !key.endsWith("found this helpful") && !key.endsWith("found this useful")) {
      return false;
    }
    String head = key.substring(0, key.lastIndexOf(" found this ")).replace(" people", "");
    String[] parts = head.split(" ");
    return parts.length >= 3 && parts.length <= 4 && isNumber(parts[0]) && isNumber(parts[parts.length - 1])
        && (parts.length == 3 ? parts[1].equals("of") : parts[1].equals("out") && parts[2].equals("of"));
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty() || s.length() > 7) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i)) && s.charAt(i) != ',') {
        return false;
      }
    }
    return Character.isDigit(s.charAt(0));
  }

  /** A flattened row is at most this long. */
  static final int MAX_ROW = 200;
  private static final String ROW_SEPARATORS = " |/\u00B7\u2022,.\u2026!:";

  /**
   * A line that is two or more of the family's exact phrases run together, as a flattener joins
   * a widget's buttons ({@code "Is this page useful? Maybe Yes this page is useful No this page is
   * not useful"}, {@code "Type your email… Subscribe"}, {@code "Accept additional cookies Reject
   * additional cookies"}): {@link #ANCHOR} when one of them is an anchor, {@link #WEAK} when
   * none is, 0 when the line is no such row. Read left to right, keeping at each place which
   * readings reach it (one phrase or more; an anchor among them or not), so a short phrase
   * ("yes") does not hide a longer one ("yes this page is useful"): linear in the line's length
   * times the number of phrases.
   */
  int phraseRow(String key) {
    int n = key.length();
    if (rowPhrases.isEmpty() || n > MAX_ROW) {
      return 0;
    }
    // Readings as bits: bit (2 * phrases + anchor), phrases counted 0, 1, 2 (two or more).
    int[] at = new int[n + 1];
    at[0] = 1;
    for (int p = 0; p < n; p++) {
      int states = at[p];
      if (states == 0) {
        continue;
      }
      if (ROW_SEPARATORS.indexOf(key.charAt(p)) >= 0) {
        at[p + 1] |= states;
        continue;
      }
      for (String ph : rowPhrases) {
        int end = p + ph.length();
        if (!key.startsWith(ph, p) || end < n && Character.isLetterOrDigit(key.charAt(end))
            && Character.isLetterOrDigit(ph.charAt(ph.length() - 1))) {
          continue;
        }
        int anchor = anchorExact.contains(ph) ? 1 : 0;
        for (int st = 0; st < 6; st++) {
          if ((states & (1 << st)) != 0) {
            int count = Math.min(2, st / 2 + 1);
            at[end] |= 1 << (2 * count + (st % 2 | anchor));
          }
        }
      }
    }
    int last = at[n];
    if ((last & (1 << 5)) != 0) {
      return ANCHOR;
    }
    return (last & (1 << 4)) != 0 ? WEAK : 0;
  }

  /**
   * Lower-cased, blanks folded, curly apostrophe straightened, trailing marks dropped. One copy
   * for a line of ASCII, lower-cased as it is read; a line with any other char is lower-cased
   * whole by the JDK at the end (which knows the cases of, e.g., a capital sigma at a word's end).
   */
  static String key(String line) {
    char[] out = new char[line.length()];
    int n = 0;
    boolean space = false;
    boolean ascii = true;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Draft.isBlank(c)) {
        space = n > 0;
        continue;
      }
      if (space) {
        out[n++] = ' ';
        space = false;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (c == '\u2019') {
        c = '\'';
      } else if (c >= 0x80) {
        ascii = false;
      }
      out[n++] = c;
    }
    int end = n;
    while (end > 0 && TRAILING.indexOf(out[end - 1]) >= 0) {
      end--;
    }
    while (end > 0 && out[end - 1] == ' ') {
      end--;
    }
    // "Type your email..." ends in three dots; one "." or "..." alone is a line of marks, kept as it is.
    String key = new String(out, 0, end == 0 ? n : end);
    return ascii ? key : key.toLowerCase(Locale.ROOT);
  }

  private static final String TRAILING = ".\u2026:!\u203A\u00BB\u2192|> ";

  private boolean matchesAny(List<Starts> list, String key) {
    for (Starts s : list) {
      if (matches(s, key)) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(Starts s, String key) {
    String p = s.phrase();
    if (!key.startsWith(p)) {
      return false;
    }
    int at = p.length();
    if (at < key.length() && Character.isLetterOrDigit(key.charAt(at)) && Character.isLetterOrDigit(p.charAt(p.length() - 1))) {
      return false;
    }
    if (PromoRemover.words(key) > s.maxWords() || PromoRemover.reports(key)) {
      return false;
    }
    if (!s.contains().isEmpty() && s.contains().stream().noneMatch(w -> PromoRemover.containsWord(key, w))) {
      return false;
    }
    if (!s.context().isEmpty() && s.context().stream().noneMatch(w -> PromoRemover.containsWord(key, w))) {
      return false;
    }
    return tailHolds(s, key);
  }

  /** Whether what follows a {@code starts} phrase is what its {@code tail} allows. */
  private boolean tailHolds(Starts s, String key) {
    String rest = key.substring(s.phrase().length()).strip();
    return switch (s.tail()) {
      case ANY -> true;
      case DURATION -> rest.isEmpty() || durationOnly(rest);
      case TIME -> durationOnly(rest) && Prose.hasDigit(rest);
      case NETWORKS -> !rest.isEmpty() && allTargets(rest);
      case ON_NETWORK -> onNetwork(rest);
    };
  }


  private static final Set<String> UNITS = Set.of("min", "mins", "minute", "minutes", "m", "sec", "secs", "second",
      "seconds", "s", "hr", "hrs", "hour", "hours", "h", "and", "listen");
  private static final String MARKS = "()[]\u00B7\u2022|-\u2013\u2014,:";

  /**
   * Whether {@code s} is only a duration and the marks around it: {@code "· 6 min"}, {@code
   * "(4:12)"}, {@code "3 minutes 2 seconds"}, {@code "6min"}.
   */
  static boolean durationOnly(String s) {
    if (s.length() > 60) {
      return false;
    }
    for (String token : s.split(" ")) {
      String t = stripMarks(token);
      if (t.isEmpty() || UNITS.contains(t) || isClock(t) || isNumberWithUnit(t)) {
        continue;
      }
      return false;
    }
    return true;
  }

  private static String stripMarks(String token) {
    int a = 0;
    int b = token.length();
    while (a < b && MARKS.indexOf(token.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && MARKS.indexOf(token.charAt(b - 1)) >= 0) {
      b--;
    }
    return token.substring(a, b);
  }

  /** "2:14", "02:14", "1:02:14", and a plain number of up to three digits ("6" in "6 min"). */
  static boolean isClock(String t) {
    if (t.isEmpty() || t.length() > 8) {
      return false;
    }
    int groups = 0;
    int digits = 0;
    for (int i = 0; i <= t.length(); i++) {
      if (i == t.length() || t.charAt(i) == ':') {
        if (digits == 0 || digits > 3 || groups > 0 && digits != 2) {
          return false;
        }
        groups++;
        digits = 0;
      } else if (Character.isDigit(t.charAt(i))) {
        digits++;
      } else {
        return false;
      }
    }
    return groups <= 3;
  }

  /** "6min", "45s", "3m". */
  private static boolean isNumberWithUnit(String t) {
    int i = 0;
    while (i < t.length() && i < 3 && Character.isDigit(t.charAt(i))) {
      i++;
    }
    return i > 0 && i < t.length() && UNITS.contains(t.substring(i)) && !t.substring(i).equals("and");
  }

  /**
   * A duration alone on its line: a clock ({@code "02:14"}, {@code "(1:02:14)"}) or a length in
   * units ({@code "3 minutes 2 seconds"}, {@code "6 min"}); a bare number is none.
   */
  static boolean isDuration(String key) {
    if (key.length() > 40 || !durationOnly(key) || !Prose.hasDigit(key)) {
      return false;
    }
    return key.indexOf(':') >= 0 || key.chars().anyMatch(Character::isLetter);
  }

  private static final String[] TITLE_LABELS = {"watch:", "watch |", "watch -", "watch \u2013", "watch \u2014",
      "video:", "listen:", "audio:", "\u25B6 ", "\u25BA "}; // and a play mark: "▶ Watch the full debate (58:40)"

  /** A player's title: {@code "Watch: Footage shows fire at the depot"}, twenty-five words at most, no sentence. */
  static boolean isVideoTitle(String key, String line) {
    if (PromoRemover.words(key) > 25 || line.endsWith(".") && !endsWithClock(key)) {
      return false;
    }
    for (String label : TITLE_LABELS) {
      if (key.startsWith(label) && key.length() > label.length() + 1) {
        return true;
      }
    }
    return false;
  }

  /** Whether the last word of {@code key} is a clock: {@code "… depot 02:14"}, {@code "… (2:14)"}. */
  static boolean endsWithClock(String key) {
    int sp = key.lastIndexOf(' ');
    String last = stripMarks(key.substring(sp + 1));
    return last.indexOf(':') > 0 && isClock(last);
  }

  private static final Set<String> COUNTED = Set.of("clap", "claps", "like", "likes", "response", "responses",
      "comment", "comments", "restack", "restacks", "share", "shares", "follower", "followers");

  /** A counter: {@code "12"}, {@code "1.2K"}, {@code "1,204"}, {@code "--"}, {@code "1.2K claps"}, {@code "14 likes"}. */
  static boolean isCounter(String key) {
    if (key.equals("--")) {
      return true;
    }
    if (key.length() > 24) {
      return false;
    }
    int sp = key.indexOf(' ');
    String number = sp < 0 ? key : key.substring(0, sp);
    if (sp >= 0 && !COUNTED.contains(key.substring(sp + 1))) {
      return false;
    }
    int n = number.length();
    if (n > 0 && (number.charAt(n - 1) == 'k' || number.charAt(n - 1) == 'm')) {
      n--;
    }
    if (n == 0 || n > 9 || !Character.isDigit(number.charAt(0)) || !Character.isDigit(number.charAt(n - 1))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = number.charAt(i);
      if (!Character.isDigit(c) && c != '.' && c != ',') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is only share targets and separators: {@code "facebook"}, {@code "x, threads"}. */
  private boolean allTargets(String s) {
    int[] counts = readRow(s);
    return counts != null && counts[0] > 0 && counts[1] == 0;
  }

  /** {@code "jane doe on x"}, {@code "the bbc on instagram"}: a name (four words at most) then "on" and a network. */
  private boolean onNetwork(String rest) {
    int on = rest.lastIndexOf(" on ");
    if (on <= 0 || PromoRemover.words(rest.substring(0, on)) > 4) {
      return false;
    }
    String network = rest.substring(on + 4).strip();
    return targets.contains(network) && !NOT_NETWORKS.contains(network);
  }

  private static final Set<String> NOT_NETWORKS = Set.of("more", "comments", "save", "bookmark", "print", "copy link",
      "email", "e-mail", "mail", "sms", "text message");

  /** Whether {@code text[start, end)} is one word with a dot in it (read only there). */
  private static boolean isOneDottedWord(String text, int start, int end) {
    boolean dot = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        return false;
      }
      dot |= c == '.';
    }
    return dot;
  }

  /** A site's address in a share row is at most this long ("thehill.com"). */
  static final int MAX_DOMAIN = 40;

  /** Top-level domains a site's address in a share row ends with. */
  private static final List<String> TLDS = List.of(".com", ".org", ".net", ".co.uk", ".news", ".gov", ".edu", ".io");

  /**
   * The end of a site's address standing at {@code i} of a lower-cased key ({@code "thehill.com"}):
   * letters, digits and hyphens, one of {@link #TLDS} at its end, then a space or the key's end;
   * -1 when none stands there.
   */
  static int domainEnd(String s, int i) {
    int j = i;
    while (j < s.length() && j - i <= MAX_DOMAIN && s.charAt(j) != ' ') {
      char c = s.charAt(j);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.')) {
        return -1;
      }
      j++;
    }
    if (j - i > MAX_DOMAIN || j == i) {
      return -1;
    }
    String word = s.substring(i, j).toLowerCase(Locale.ROOT);
    for (String tld : TLDS) {
      if (word.endsWith(tld) && word.length() > tld.length() && Character.isLetterOrDigit(word.charAt(0))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * A flattened row of share buttons ({@code "Share on Facebook Share on Twitter Share via
   * Email"}, {@code "Share Facebook Twitter Email Copy link"}): the line is only share words, two
   * or more, with a sharing verb among them or three targets without a comma.
   */
  boolean shareRow(String key) {
    return shareRow(key, false);
  }

  /**
   * A row of share buttons whose words {@code textContent} glued together ({@code
   * "ShareFacebookXLinkedInWhatsAppCopy Link"}): the line read as share words with no word
   * boundary asked between them, longest word first, holds nothing else (so a word of prose that
   * starts with a share word, "Shareholders", is no row). Asked only of a line with a glue seam.
   */
  boolean gluedShareRow(String key) {
    return shareRow(key, true);
  }

  private boolean shareRow(String key, boolean glued) {
    if (shareWords.isEmpty() || key.length() > 200) {
      return false;
    }
    int[] counts = readRow(key, glued);
    if (counts == null || counts[0] + counts[1] < 2) {
      return false;
    }
    return counts[1] > 0 || counts[0] >= 3 && key.indexOf(',') < 0;
  }

  /** Whether {@code line} has a lower-case letter right before a capital ("ShareFacebook"). */
  static boolean hasGlueSeam(String line) {
    for (int i = 1; i < line.length(); i++) {
      if (Character.isUpperCase(line.charAt(i)) && Character.isLowerCase(line.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads {@code s} as share words and separators: {targets, verbs}, or null when something else
   * stands in it. Longest word first at each place, so "share on" is one word, not "share" and
   * "on".
   */
  private int[] readRow(String s) {
    return readRow(s, false);
  }


  /**
   * Where {@code "share this <word>:"} ends at the start of a share row's key ({@code "share this
   * sermon: facebook email copy link"}), or -1: "share this", one word of letters, and a colon.
   */
  static int shareThisWhatEnd(String key) {
    if (!key.startsWith("share this ")) {
      return -1;
    }
    int k = 11;
    while (k < key.length() && Character.isLetter(key.charAt(k))) {
      k++;
    }
    return k > 11 && k < key.length() && key.charAt(k) == ':' ? k + 1 : -1;
  }
  /** {@link #readRow(String)}; {@code glued}: a word may run into the next with no boundary. */
  private int[] readRow(String s, boolean glued) {
    int targetsSeen = 0;
    int verbsSeen = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ' || c == ',' || c == ':' || c == '|' || c == '/' || c == '\u00B7' || c == '\u2022') {
        i++;
        continue;
      }
      int owned = i == 0 ? shareThisWhatEnd(s) : -1;
      if (owned > 0) {
        verbsSeen++; // "share this sermon:", "share this recipe:": the page names what it shares, then the targets
        i = owned;
        continue;
      }
      String found = null;
      for (String w : shareWords) {
        int end = i + w.length();
        if (s.startsWith(w, i) && (glued || end == n || !Character.isLetterOrDigit(s.charAt(end)))) {
          found = w;
          break;
        }
      }
      if (found == null) {
        int domain = domainEnd(s, i);
        if (domain < 0) {
          return null;
        }
        targetsSeen++; // "share tweet thehill.com comment": the site's own link among the buttons
        i = domain;
        continue;
      }
      if (shareVerbs.contains(found)) {
        verbsSeen++;
      } else {
        targetsSeen++;
      }
      i += found.length();
    }
    return new int[] {targetsSeen, verbsSeen};
  }
}
