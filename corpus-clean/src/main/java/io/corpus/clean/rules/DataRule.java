package io.corpus.clean.rules;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

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

  private DataRule(RuleSpec spec, Pattern pattern) {
    this.spec = spec;
    this.pattern = pattern;
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
    }
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
    if (!spec.appliesTo(draft.host())) {
      return;
    }
    String t = draft.text();
    BudgetedText text = new BudgetedText(t, (long) BUDGET_PER_CHAR * t.length() + BUDGET_BASE);
    List<int[]> spans = new ArrayList<>();
    try {
      if (spec.kind() == RuleKind.LINE) {
        lines(text, t, spans);
      } else {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          if (m.end() > m.start()) {
            spans.add(new int[] {m.start(), m.end()});
          }
        }
      }
    } catch (BudgetedText.BudgetExceeded e) {
      return; // too costly on this text: keep it rather than guess
    }
    for (int[] s : spans) {
      draft.remove(s[0], s[1]);
    }
  }

  private void lines(BudgetedText text, String t, List<int[]> spans) {
    Matcher m = pattern.matcher(text);
    int n = t.length();
    int ls = 0;
    while (ls <= n) {
      int le = t.indexOf('\n', ls);
      if (le < 0) {
        le = n;
      }
      int s = ls;
      int e = le;
      while (s < e && Draft.isBlank(t.charAt(s))) {
        s++;
      }
      while (e > s && Draft.isBlank(t.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        m.region(s, e);
        if (m.matches()) {
          spans.add(new int[] {ls, le});
        }
      }
      ls = le + 1;
    }
  }

  @Override
  public String toString() {
    return "DataRule[" + spec.id() + "]";
  }
}
