package io.corpus.clean.rules;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.LineMemo;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The cleaning step of one rule from a rule file ({@link RuleSpec}): a literal phrase, a line
 * pattern or a regex, limited to the rule's sites. Selector rules have no text step (the HTML
 * extractor applies them).
 *
 * <ul>
 *   <li>{@link RuleKind#PHRASE}: the phrase anywhere, as a whole phrase (not inside a longer word);
 *       a space in the phrase matches any run of white space, so hard line wraps do not hide it.
 *   <li>{@link RuleKind#LINE}: a line whose text (without its leading and trailing blanks) the
 *       regex matches in full; the whole line goes.
 *   <li>{@link RuleKind#REGEX}: every match of the regex, anywhere.
 * </ul>
 *
 * <p>Rule files come from users, so their regexes are hostile input: {@link #of} rejects nested
 * quantifiers, and every run reads the text through a budget of {@value #BUDGET_PER_CHAR} char
 * reads per char (plus a small constant). A rule that exhausts its budget on a document makes no
 * removal there (the text is kept) and the document is cleaned by the other rules as usual.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * CleanStep step = DataRule.of(new RuleSpec("promo.read-more", "Read-more promos", RuleKind.LINE,
 *     "Read the full story.*", List.of("cnas.org"), true));
 * }</pre>
 */
public final class DataRule implements CleanStep {

  /** Char reads a rule may make per char of text before it is stopped on that document. */
  public static final int BUDGET_PER_CHAR = 100;

  private static final int BUDGET_BASE = 10_000;

  private final RuleSpec spec;
  private final Pattern pattern;
  /**
   * A phrase's first word, which every match contains; a text without it is passed over without
   * running the regex (whose leading look-behind makes the matcher try every position). Null for
   * line and regex rules.
   */
  private final @Nullable WordFilter firstWord;
  /**
   * For a line rule, the chars a matching line can start with: a line that starts with any other
   * is passed over without running the regex. Null for phrase and regex rules.
   */
  private final @Nullable BitSet lineStarts;
  /**
   * For a line rule, the pairs of ASCII chars a matching line can start with, one bit per pair
   * ({@code first * 128 + second}), found as {@link #lineStarts} is: a line that starts with any
   * other pair is passed over. Null for phrase and regex rules.
   */
  private final long @Nullable [] linePairs;
  /** For a line rule, the longest line it is tried on (0: any). */
  private final int maxLength;

  private DataRule(RuleSpec spec, Pattern pattern) {
    this.spec = spec;
    this.pattern = pattern;
    this.firstWord = spec.kind() == RuleKind.PHRASE
        ? new WordFilter(spec.pattern().strip().split("\\s+")[0], spec.ignoreCase())
        : null;
    this.maxLength = spec.maxLength();
    LineStarts starts = spec.kind() == RuleKind.LINE
        ? LINE_STARTS.computeIfAbsent(pattern.flags() + "/" + pattern.pattern(), k -> LineStarts.of(pattern))
        : null;
    this.lineStarts = starts == null ? null : starts.chars();
    this.linePairs = starts == null ? null : starts.pairs();
  }

  /** A line rule's first chars and first pairs of ASCII chars. */
  private record LineStarts(BitSet chars, long[] pairs) {
    static LineStarts of(Pattern pattern) {
      BitSet chars = lineStarts(pattern);
      return new LineStarts(chars, linePairs(pattern, chars));
    }
  }

  /**
   * {@link #lineStarts} by flags and pattern: asking the regex about every char takes a few
   * milliseconds, and each cleaner built makes its rules afresh. Never changed once made.
   */
  private static final Map<String, LineStarts> LINE_STARTS = new ConcurrentHashMap<>();

  /**
   * The chars a whole-line match of {@code pattern} can start with, found by asking the regex
   * about each char alone: a char that fails without the matcher reading past it (no match, and
   * {@link Matcher#hitEnd()} false) decides the failure by itself, whatever would follow it.
   * Every other char is kept, and so is every surrogate (the regex reads code points there).
   */
  static BitSet lineStarts(Pattern pattern) {
    BitSet starts = new BitSet(0x10000);
    Matcher m = pattern.matcher("");
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) {
        starts.set(c);
        continue;
      }
      m.reset(String.valueOf((char) c));
      if (m.matches() || m.hitEnd()) {
        starts.set(c);
      }
    }
    return starts;
  }

  /**
   * The pairs of ASCII chars a whole-line match of {@code pattern} can start with, found as
   * {@link #lineStarts} finds its chars: a pair the regex fails on without reading past it decides
   * the failure by itself. Only pairs whose first char is in {@code starts} are asked about; bit
   * {@code first * 128 + second} is set for each pair that may start a match. Most lines are
   * passed over by their first two chars this way (a first char alone lets through every line of
   * a rule with words for most letters).
   */
  static long[] linePairs(Pattern pattern, BitSet starts) {
    long[] pairs = new long[128 * 128 / 64];
    Matcher m = pattern.matcher("");
    char[] two = new char[2];
    for (int first = 0; first < 128; first++) {
      if (!starts.get(first)) {
        continue;
      }
      two[0] = (char) first;
      for (int second = 0; second < 128; second++) {
        two[1] = (char) second;
        m.reset(new String(two));
        if (m.matches() || m.hitEnd()) {
          int k = first << 7 | second;
          pairs[k >>> 6] |= 1L << k;
        }
      }
    }
    return pairs;
  }

  /**
   * The step for a phrase, line or regex rule.
   *
   * @throws IllegalArgumentException naming the rule when its regex does not compile or is unsafe,
   *     or when it is a selector rule
   */
  public static DataRule of(RuleSpec spec) {
    Objects.requireNonNull(spec, "spec");
    String problem = problem(spec);
    if (problem != null) {
      throw new IllegalArgumentException("rule " + spec.id() + ": " + problem);
    }
    return new DataRule(spec, compile(spec));
  }

  /** Why the rule cannot run as a text step, or null when it can. */
  static String problem(RuleSpec spec) {
    if (spec.kind() == RuleKind.SELECTOR) {
      return "a selector rule applies to HTML pages, not to text";
    }
    if (spec.kind() == RuleKind.PHRASE) {
      return spec.pattern().isBlank() ? "the phrase is blank" : null;
    }
    try {
      Pattern.compile(spec.pattern());
    } catch (PatternSyntaxException e) {
      return "bad regex: " + e.getDescription() + " near offset " + e.getIndex();
    }
    return RegexSafety.problem(spec.pattern());
  }

  private static final String OPENING_QUOTES = "(?<![\"'\\u201C\\u2018\\u00AB])";
  private static final String CLOSING_QUOTES = "(?![\"'\\u201D\\u2019\\u00BB])";

  private static Pattern compile(RuleSpec spec) {
    int flags = Pattern.UNICODE_CASE | (spec.ignoreCase() ? Pattern.CASE_INSENSITIVE : 0);
    if (spec.kind() != RuleKind.PHRASE) {
      return Pattern.compile(spec.pattern(), flags);
    }
    StringBuilder re = new StringBuilder();
    String[] words = spec.pattern().strip().split("\\s+");
    // Whole phrase: not inside a longer word. A careless scrape glues words ("knowSkip to main
    // contentHome"); a case change at the seam still counts as a word boundary.
    char first = words[0].charAt(0);
    if (Character.isLetterOrDigit(first)) {
      re.append(Character.isUpperCase(first) && !spec.ignoreCase() ? "(?:(?<![\\p{L}\\p{N}])|(?<=\\p{Ll}))" : "(?<![\\p{L}\\p{N}])");
    }
    // In quotation marks, the phrase is named, not shown: "the \u201CSkip to main content\u201D link" stays.
    re.append(OPENING_QUOTES);
    for (int k = 0; k < words.length; k++) {
      if (k > 0) {
        re.append("\\s{1,20}");
      }
      re.append(Pattern.quote(words[k]));
    }
    String last = words[words.length - 1];
    char end = last.charAt(last.length() - 1);
    if (Character.isLetterOrDigit(end)) {
      re.append(Character.isLowerCase(end) && !spec.ignoreCase() ? "(?:(?![\\p{L}\\p{N}])|(?=\\p{Lu}))" : "(?![\\p{L}\\p{N}])");
      if (spec.keepInSentence()) {
        // A sentence that goes on from the phrase in lower case holds it as its own words: "Skip
        // to main content is the first thing Darnell Brooks hears …" stays.
        re.append("(?-i:(?![ \\t\\u00A0]{1,3}\\p{Ll}))");
      }
    }
    re.append(CLOSING_QUOTES);
    return Pattern.compile(re.toString(), flags);
  }

  /** The rule this step runs. */
  public RuleSpec spec() {
    return spec;
  }

  @Override
  public String id() {
    return spec.id();
  }

  @Override
  public String description() {
    return spec.description();
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  @Override
  public void apply(Draft draft) {
    // The host only for a scoped rule: finding it parses the address, which costs more than most
    // rules' whole search.
    if (!spec.sites().isEmpty() && !spec.appliesTo(draft.host())) {
      return;
    }
    List<int[]> spans = spans(draft.text(), false);
    if (spans == null) {
      return; // too costly on this text: keep it rather than guess
    }
    String t = draft.text();
    if (spec.kind() != RuleKind.LINE && !spans.isEmpty()) {
      spans = notIntroducedByColon(t, spans);
      spans.removeIf(sp -> sp[0] > 0 && sp[1] < t.length() && t.charAt(sp[0] - 1) == '>' && t.charAt(sp[1]) == '<');
      // (between a tag's '>' and the next '<' it is markup the text shows: {@code href="#main">Skip to main content</a>})
    }
    for (int k = 0; k < spans.size(); k++) {
      int[] s = spans.get(k);
      draft.remove(s[0], s[1]);
      // Matches that touch are one removal as far as the seam goes: the space, if any, after the last.
      boolean touchesNext = k + 1 < spans.size() && spans.get(k + 1)[0] == s[1];
      if (spec.kind() != RuleKind.LINE && !touchesNext) {
        Draft.keepApart(draft, t, s[0], s[1]);
      } else if (spec.kind() == RuleKind.LINE) {
        mendSentence(draft, t, s, k == 0 ? null : spans.get(k - 1), k + 1 < spans.size() ? spans.get(k + 1) : null);
      }
    }
  }

  /**
   * The spans without those that open a line a sentence ending in a colon introduces ({@code
   * "Some of those words, with the Welsh:"} / {@code "Skip to main content – Neidio i’r prif
   * gynnwys"}): there the phrase is what the text quotes.
   */
  private static List<int[]> notIntroducedByColon(String t, List<int[]> spans) {
    List<int[]> kept = new ArrayList<>(spans.size());
    TextLines lines = null;
    for (int[] s : spans) {
      boolean lineStart = s[0] == 0 || t.charAt(s[0] - 1) == '\n';
      if (lineStart) {
        lines = lines == null ? TextLines.of(t) : lines;
        int i = lines.indexOfLineAt(s[0]);
        if (i >= 0 && TextLines.introducedByColon(lines.lines(), i)) {
          continue;
        }
      }
      kept.add(s);
    }
    return kept;
  }

  /**
   * A line removed from inside a sentence ("… Buses on" / "Advertisement" / "the 14 and 22 lines
   * …"): the halves are joined with one space, as {@link LineRemoval#removeRun} joins them, when
   * the lines right above and below stay and read as one sentence.
   */
  static void mendSentence(Draft draft, String t, int[] s, int @Nullable [] before, int @Nullable [] after) {
    int n = t.length();
    if (s[0] < 2 || s[1] + 1 >= n || t.charAt(s[0] - 1) != '\n' || t.charAt(s[1]) != '\n'
        || t.charAt(s[0] - 2) == '\n' || t.charAt(s[1] + 1) == '\n'
        || before != null && before[1] >= s[0] - 1 || after != null && after[0] <= s[1] + 1) {
      return;
    }
    int prevStart = t.lastIndexOf('\n', s[0] - 2) + 1;
    int nextEnd = t.indexOf('\n', s[1] + 1);
    String prev = t.substring(Math.max(prevStart, s[0] - 1 - 80), s[0] - 1);
    String next = t.substring(s[1] + 1, Math.min(nextEnd < 0 ? n : nextEnd, s[1] + 1 + 80));
    if (LineRemoval.continuesSentence(prev, next)) {
      draft.normalize(s[0] - 1, s[0], " ");
      draft.normalize(s[1], s[1] + 1, "");
    }
  }

  /** For a line rule: whether the line {@code t[s, e)} may match, by its length and its first one or two chars. */
  boolean mayMatchLine(String t, int s, int e) {
    int length = e - s;
    if (maxLength != 0 && length > maxLength || lineStarts == null || linePairs == null) {
      return false;
    }
    char first = t.charAt(s);
    if (!lineStarts.get(first)) {
      return false;
    }
    if (length < 2 || first >= 128) {
      return true;
    }
    char second = t.charAt(s + 1);
    if (second >= 128) {
      return true;
    }
    int k = first << 7 | second;
    return (linePairs[k >>> 6] & 1L << k) != 0;
  }

  /** A matcher over {@code t} with this rule's budget for it (see {@link #BUDGET_PER_CHAR}). */
  Matcher budgetedMatcher(String t) {
    return pattern.matcher(new BudgetedText(t, (long) BUDGET_PER_CHAR * t.length() + BUDGET_BASE));
  }

  /**
   * The spans this rule removes from {@code t}, or null when it ran out of budget there. A phrase
   * is matched only where its first word stands, unless {@code everyPosition} (for tests: the
   * plain search from every char, which gives the same spans).
   */
  @Nullable List<int[]> spans(String t, boolean everyPosition) {
    int[] starts = firstWord == null ? null : firstWord.startsIn(t);
    if (starts != null && starts.length == 0) {
      return List.of(); // the phrase's first word is nowhere in the text
    }
    BudgetedText text = new BudgetedText(t, (long) BUDGET_PER_CHAR * t.length() + BUDGET_BASE);
    List<int[]> spans = new ArrayList<>();
    try {
      if (spec.kind() == RuleKind.LINE) {
        lines(text, t, spans);
      } else if (starts != null && !everyPosition) {
        phrases(text, starts, spans);
      } else {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          if (m.end() > m.start()) {
            spans.add(new int[] {m.start(), m.end()});
          }
        }
      }
    } catch (BudgetedText.BudgetExceeded e) {
      return null;
    }
    return spans;
  }

  /**
   * The phrase's matches that start at one of {@code starts} (sorted): what a search from every
   * char finds, since every match starts with the first word. The matcher sees the text around
   * each start (transparent bounds), so the whole-phrase look-arounds read what they would.
   */
  private void phrases(BudgetedText text, int[] starts, List<int[]> spans) {
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int next = 0;
    for (int s : starts) {
      if (s < next) {
        continue; // inside the last match: a search goes on from its end
      }
      m.region(s, text.length());
      if (m.lookingAt() && m.end() > m.start()) {
        spans.add(new int[] {m.start(), m.end()});
        next = m.end();
      }
    }
  }

  /**
   * Whether {@code word} occurs in {@code text}; ignoring case, by the per-char folding the regex
   * uses with UNICODE_CASE (upper case, then lower case), so the test never misses a match.
   */
  static boolean contains(String text, String word, boolean ignoreCase) {
    int[] starts = new WordFilter(word, ignoreCase).startsIn(text);
    return starts == null || starts.length > 0;
  }

  /**
   * Finds where one word stands in texts, as {@link #contains} describes. Ignoring case, it looks for the
   * word's rarest letter (by English letter frequency) in each of its case forms with {@link
   * String#indexOf(int, int)}, and compares the word around each hit: a text is read at vector
   * speed and compared only where that letter stands ("Skip": at each k, not at each s).
   */
  static final class WordFilter {
    private static final int[] NONE = new int[0];

    /** Letters from the most to the least frequent in English text. */
    private static final String BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";

    private final String word;
    private final boolean ignoreCase;
    /** The index in {@link #word} of the char looked for, and that char's case forms. */
    private final int anchor;
    private final char[] forms;
    private final boolean surrogates;

    WordFilter(String word, boolean ignoreCase) {
      this.word = word;
      this.ignoreCase = ignoreCase;
      this.surrogates = word.chars().anyMatch(c -> Character.isSurrogate((char) c));
      int best = 0;
      for (int i = 1; i < word.length(); i++) {
        if (rank(word.charAt(i)) > rank(word.charAt(best))) {
          best = i;
        }
      }
      this.anchor = best;
      this.forms = ignoreCase && !surrogates ? caseForms(word.charAt(best)) : new char[] {word.charAt(best)};
    }

    /** How rare {@code c} is: letters by their English frequency, every other char rarer still. */
    private static int rank(char c) {
      int at = BY_FREQUENCY.indexOf(Character.toLowerCase(c));
      return at < 0 ? BY_FREQUENCY.length() : at;
    }

    /** Every char that regionMatches, ignoring case, takes for {@code c}. */
    private static char[] caseForms(char c) {
      char folded = Prose.foldCase(c);
      StringBuilder forms = new StringBuilder();
      for (int x = 0; x < 0x10000; x++) {
        if (!Character.isSurrogate((char) x) && Prose.foldCase((char) x) == folded) {
          forms.append((char) x);
        }
      }
      return forms.toString().toCharArray();
    }

    /**
     * Every offset where the word stands in {@code text}, ascending; or null when they cannot be
     * told apart from the regex's point of view (a word with surrogates, ignoring case).
     */
    int @Nullable [] startsIn(String text) {
      if (ignoreCase && surrogates) {
        return null;
      }
      int[] out = NONE; // most texts hold the word nowhere: then nothing is allocated
      int count = 0;
      int n = word.length();
      for (char form : forms) {
        for (int at = text.indexOf(form, anchor); at >= 0; at = text.indexOf(form, at + 1)) {
          int start = at - anchor;
          if (start + n > text.length()) {
            break;
          }
          if (text.regionMatches(ignoreCase, start, word, 0, n)) {
            if (count == out.length) {
              out = java.util.Arrays.copyOf(out, Math.max(8, count * 2));
            }
            out[count++] = start;
          }
        }
      }
      if (count == 0) {
        return NONE;
      }
      int[] starts = java.util.Arrays.copyOf(out, count);
      java.util.Arrays.sort(starts); // one run per case form
      return starts;
    }
  }

  /**
   * The lines the pattern matches as a whole (blanks around them aside), each removed with its
   * blanks. The lines come from {@link TextLines}, which the later line-based steps ask for too:
   * a text no step changes in between is split once.
   */
  private void lines(BudgetedText text, String t, List<int[]> spans) {
    Matcher m = pattern.matcher(text);
    // Whether a line matches depends on its text alone: a page that repeats its short lines has
    // each matched once.
    LineMemo<Boolean> memo = new LineMemo<>();
    List<TextLines.Line> lines = TextLines.of(t).lines();
    for (int i = 0; i < lines.size(); i++) {
      TextLines.Line line = lines.get(i);
      int s = line.start();
      int e = line.end();
      if (mayMatchLine(t, s, e)) {
        // matches() alone: a line that is only the start of a match ("Skip", "[") is no match,
        // though the matcher hit the line's end looking at it.
        boolean matches = e - s > LineMemo.MAX_LINE ? m.region(s, e).matches()
            : memo.get(line, x -> m.region(s, e).matches());
        if (matches && !keptInPlace(lines, i)) {
          spans.add(new int[] {line.startWithBlanks(), line.endWithBlanks()});
        }
      }
    }
  }

  /**
   * Whether a line rule's match on line {@code i} stays for where it stands: a step's heading
   * among sibling headings, a line a sentence ending in a colon introduces ({@link
   * TextLines#introducedByColon}), or one word with its period, a sentence.
   */
  static boolean keptInPlace(List<TextLines.Line> lines, int i) {
    return isStepHeading(lines, i) || TextLines.introducedByColon(lines, i) || isOneWordSentence(lines.get(i));
  }

  /** One word and its period ({@code "Share."}, {@code "Print."}): a sentence, as a story's one-word line is, not a page control. */
  private static boolean isOneWordSentence(TextLines.Line line) {
    String t = line.text();
    if (t.length() < 3 || t.length() > 20 || t.charAt(t.length() - 1) != '.' || t.charAt(t.length() - 2) == '.') {
      return false;
    }
    for (int k = 0; k < t.length() - 1; k++) {
      if (!Character.isLetter(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether line {@code i}, one word, heads a step among sibling headings: prose right above and
   * below it, and a short heading two lines above and two below (a recipe's "Roll" / … / "Print" /
   * … / "Rest"). A page control's word ("Print", "Share", "Save") is then the article's own.
   */
  static boolean isStepHeading(List<TextLines.Line> lines, int i) {
    TextLines.Line line = lines.get(i);
    if (i < 2 || i + 2 >= lines.size() || line.text().indexOf(' ') >= 0) {
      return false;
    }
    return isParagraph(lines.get(i - 1)) && isParagraph(lines.get(i + 1))
        && isShortHeading(lines.get(i - 2)) && isShortHeading(lines.get(i + 2));
  }

  private static boolean isParagraph(TextLines.Line l) {
    return l.length() >= 40 && Prose.endsLikeSentence(l.text());
  }

  private static boolean isShortHeading(TextLines.Line l) {
    String s = l.text();
    return l.length() <= 40 && Character.isUpperCase(l.first()) && !Prose.endsLikeSentence(s) && Prose.wordCount(s) <= 4;
  }

  @Override
  public String toString() {
    return "DataRule[" + spec.id() + "]";
  }
}
