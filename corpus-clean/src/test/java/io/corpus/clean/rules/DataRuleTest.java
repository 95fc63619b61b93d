package io.corpus.clean.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpus.clean.Cleaner;
import io.corpus.model.ContentType;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataRuleTest {

  private static CorpusDocument clean(RuleSpec rule, String text, String url) {
    Cleaner c = Cleaner.builder().addStep(DataRule.of(rule)).build();
    return c.clean(new RawDocument("t.txt", null, url, text, ContentType.TEXT, Map.of()));
  }

  @Test
  void aLineRemovedFromInsideASentenceLeavesOneSpace() {
    String text = "Buses on the 14 and 22 lines will be detoured over the Route 9 crossing, and buses on\nAdvertisement\n"
        + "the 31 line will stop at the bridge.";
    assertThat(Cleaner.standard().clean(RawDocument.text("t", text)).text()).isEqualTo(
        "Buses on the 14 and 22 lines will be detoured over the Route 9 crossing, and buses on the 31 line will stop at"
            + " the bridge.");
    // After a sentence end, over a capital, or beside another removed line, the break stays a paragraph break.
    for (String kept : new String[] {"the crossing.\nAdvertisement\nthe 31 line", "the crossing\nAdvertisement\nThe 31 line",
        "the crossing\nAdvertisement\nShare\nthe 31 line"}) {
      String out = Cleaner.standard().clean(RawDocument.text("t", kept)).text();
      assertThat(out).doesNotContain("Advertisement").contains("\n\n");
    }
  }

  @Test
  void phraseMatchesWholeWordsAcrossLineWrapsAndRecordsItsId() {
    RuleSpec r = new RuleSpec("promo.subscribe", "Subscribe promos", RuleKind.PHRASE, "Subscribe to our newsletter", List.of(), false);
    CorpusDocument d = clean(r, "Talks resumed. Subscribe to our\nnewsletter today. Unsubscribe to our newsletter stays.", null);
    assertThat(d.text()).isEqualTo("Talks resumed. today. Unsubscribe to our newsletter stays.");
    assertThat(d.removals()).singleElement().satisfies(rm -> {
      assertThat(rm.ruleId()).isEqualTo("promo.subscribe");
      assertThat(rm.start()).isEqualTo(15);
    });
  }

  @Test
  void aPhraseInQuotationMarksIsNamedAndStays() {
    RuleSpec r = new RuleSpec("promo.subscribe", "", RuleKind.PHRASE, "Subscribe to our newsletter", List.of(), true);
    String quoted = "The box said \u201CSubscribe to our newsletter\u201D in grey, and \"subscribe to our newsletter\" below.";
    assertThat(clean(r, quoted, null).text()).isEqualTo(quoted);
  }

  @Test
  void keepInSentenceKeepsAPhraseTheSentenceGoesOnFrom() {
    RuleSpec r = new RuleSpec("skip", "", RuleKind.PHRASE, "Skip to main content", List.of(), false, 0, true);
    String prose = "Skip to main content is the first thing Darnell Brooks hears when a well-built website loads.";
    assertThat(clean(r, prose, null).text()).isEqualTo(prose);
    assertThat(clean(r, "Skip to main content\nHome News", null).text()).isEqualTo("Home News");
    assertThat(clean(r, "Here's how you knowSkip to main contentHome News", null).text()).isEqualTo("Here's how you know Home News");
    // The built-in inline skip link has the option.
    assertThat(Cleaner.standard().clean(RawDocument.text("t", prose + "\n\nA second paragraph of the story follows here.")).text())
        .startsWith(prose);
  }

  @Test
  void anInlineRemovalGluedOnBothSidesLeavesOneSpaceButNotBeforePunctuationOrInsideAWord() {
    assertThat(Cleaner.standard().clean(RawDocument.text("t", "He said it.Skip to main contentSecretary Blinken spoke.")).text())
        .isEqualTo("He said it. Secretary Blinken spoke.");
    assertThat(Cleaner.standard().clean(RawDocument.text("t", "See the menu (Skip to main content) below.")).text())
        .isEqualTo("See the menu () below.");
    RuleSpec ads = new RuleSpec("ads", "", RuleKind.REGEX, "\\[ad:[0-9]{1,6}\\]", List.of(), false);
    assertThat(clean(ads, "One[ad:12]two, three[ad:345].", null).text()).isEqualTo("One two, three.");
    RuleSpec shy = new RuleSpec("shy", "", RuleKind.REGEX, "\u00AD", List.of(), false);
    assertThat(clean(shy, "infor\u00ADmation", null).text()).as("a mark inside a word").isEqualTo("information");
  }

  @Test
  void aLineThatIsOnlyTheStartOfAMatchStays() {
    RuleSpec r = new RuleSpec("skip", "", RuleKind.LINE, "Skip to (?:main )?content", List.of(), true);
    assertThat(clean(r, "Skip\n\nSkip to\n\nSkip to content\n\nBody.", null).text()).isEqualTo("Skip\n\nSkip to\n\nBody.");
    // The built-in UI labels: "A" starts "Advertisement", "or" starts "Order reprints", "Copy" "Copy link".
    String text = "A\n\nlock\n\nor\n\nCopy\n\nAdvertisement\n\nCopy link\n\n47 Comments\n\nBody of the story.";
    assertThat(Cleaner.standard().clean(RawDocument.text("t", text)).text())
        .isEqualTo("A\n\nlock\n\nor\n\nCopy\n\nBody of the story.");
  }

  @Test
  void lineRuleRemovesOnlyWholeMatchingLines() {
    RuleSpec r = new RuleSpec("promo.read-more", "", RuleKind.LINE, "Read the full story.{0,80}", List.of(), true);
    CorpusDocument d = clean(r, "Body one.\n\n  READ THE FULL STORY and more from Foreign Policy.  \n\nWe read the full story later.", null);
    assertThat(d.text()).isEqualTo("Body one.\n\nWe read the full story later.");
  }

  @Test
  void regexRuleRemovesEveryMatch() {
    RuleSpec r = new RuleSpec("ads", "", RuleKind.REGEX, "\\[ad:[0-9]{1,6}\\]", List.of(), false);
    assertThat(clean(r, "One [ad:12] two [ad:345] three.", null).text()).isEqualTo("One two three.");
  }

  @Test
  void siteScopedRulesApplyOnlyToTheirHosts() {
    RuleSpec r = new RuleSpec("cnas.promo", "", RuleKind.PHRASE, "Read the full story", List.of("cnas.org"), false);
    assertThat(clean(r, "A. Read the full story", "https://www.cnas.org/press/x").text()).isEqualTo("A.");
    assertThat(clean(r, "A. Read the full story", "https://example.com/x").text()).isEqualTo("A. Read the full story");
    assertThat(clean(r, "A. Read the full story", null).text()).isEqualTo("A. Read the full story");
  }

  @Test
  void nestedQuantifiersAreRejectedWhenTheFileIsLoaded() {
    String yaml = "rules:\n  - id: evil\n    kind: regex\n    pattern: '(a+)+b'\n";
    assertThatThrownBy(() -> RuleFile.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "mine.yaml"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("mine.yaml")
        .hasMessageContaining("evil")
        .hasMessageContaining("nested quantifier");
    assertThat(RegexSafety.problem("(?:\\w+\\s?)*x")).isNotNull();
    assertThat(RegexSafety.problem("(x|y+){2,}")).isNotNull();
    assertThat(RegexSafety.problem("(ab)+c+")).isNull();
    assertThat(RegexSafety.problem("[(+]+ \\(a+\\)+")).isNull();
    assertThat(RegexSafety.problem("(?:Read|See) more.{0,40}")).isNull();
  }

  @Test
  void aBadRegexIsReportedWithTheRuleId() {
    assertThatThrownBy(() -> DataRule.of(new RuleSpec("broken", "", RuleKind.REGEX, "(unclosed", List.of(), false)))
        .hasMessageContaining("broken")
        .hasMessageContaining("bad regex");
  }

  @Test
  void aRegexThatBacktracksBadlyIsStoppedAndKeepsTheText() {
    // Polynomial backtracking passes the load-time check; the read budget stops it.
    RuleSpec slow = new RuleSpec("slow", "", RuleKind.REGEX, "\\s*\\s*\\s*\\s*\\s*x", List.of(), false);
    String text = "word" + " ".repeat(20_000) + "end";
    long t0 = System.nanoTime();
    CorpusDocument d = clean(slow, text, null);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(d.text()).isEqualTo("word end");
    assertThat(d.removals()).isEmpty();
    assertThat(ms).as("stopped by the budget, not run to completion").isLessThan(20_000);
  }

  @Test
  void selectorRulesHaveNoTextStepButArePassedThrough() {
    RuleSpec sel = new RuleSpec("dom.nav", "", RuleKind.SELECTOR, "nav", List.of(), false);
    RuleSpec phrase = new RuleSpec("p", "", RuleKind.PHRASE, "x", List.of(), false);
    assertThat(RuleSteps.textSteps(List.of(sel, phrase))).extracting(s -> s.id()).containsExactly("p");
    assertThat(RuleSteps.selectors(List.of(sel, phrase))).containsExactly(sel);
    assertThatThrownBy(() -> DataRule.of(sel)).hasMessageContaining("selector");
  }

  @Test
  void builtInRuleFilesLoadAndEveryRuleHasADescription() {
    assertThat(RuleSteps.builtIn()).isNotEmpty().allSatisfy(r -> assertThat(r.description()).isNotBlank());
  }

  @Test
  void disablingARuleByIdTurnsItOff() {
    Cleaner c = Cleaner.builder().disable("nav.skip-link").disable("nav.skip-link-inline").build();
    assertThat(c.clean(RawDocument.text("t", "Skip to main content\n\nBody.")).text()).isEqualTo("Skip to main content\n\nBody.");
    assertThat(Cleaner.standard().clean(RawDocument.text("t", "Skip to main content\n\nBody.")).text()).isEqualTo("Body.");
  }

  /** The phrase pre-filter never skips a text the phrase's regex could match. */
  @Test
  void firstWordFilterAgreesWithTheRegex() {
    String[] words = {"Skip", "skip", "official", "Kelvin", "STRASSE", "\u00e9t\u00e9"};
    String[] pieces = {"Skip", "SKIP", "sKiP", "\u212Aelvin", "kelvin", "OFFICIAL", "of\u017Fficial", "official",
        "\u00c9T\u00c9", "\u00e9t\u00e9", "stra\u00dfe", "Strasse", " ", "x", "\n", "\u0130", "\u0131"};
    java.util.Random r = new java.util.Random(7);
    for (int k = 0; k < 3000; k++) {
      StringBuilder t = new StringBuilder();
      for (int i = 0, n = r.nextInt(6); i < n; i++) {
        t.append(pieces[r.nextInt(pieces.length)]);
      }
      String word = words[r.nextInt(words.length)];
      for (boolean ignoreCase : new boolean[] {true, false}) {
        int flags = java.util.regex.Pattern.UNICODE_CASE | (ignoreCase ? java.util.regex.Pattern.CASE_INSENSITIVE : 0);
        boolean regex = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(word), flags).matcher(t).find();
        if (regex) {
          assertThat(DataRule.contains(t.toString(), word, ignoreCase)).as("%s in %s", word, t).isTrue();
        }
      }
    }
  }

  /**
   * The line rules' filters by first char and by first two chars never pass over a line their
   * regex matches: random lines built from pieces of each pattern's matches and look-alikes, for
   * the built-in skip-link and UI-label rules and for user-style patterns with case folding,
   * look-arounds, back-references and alternatives.
   */
  @Test
  void lineStartFilterNeverSkipsALineTheRegexMatches() {
    String skipLink = RuleSteps.builtIn().stream().filter(r -> r.id().equals("nav.skip-link")).findFirst().orElseThrow().pattern();
    String uiLabel = RuleSteps.builtIn().stream().filter(r -> r.id().equals("nav.ui-label")).findFirst().orElseThrow().pattern();
    String[] patterns = {skipLink, uiLabel, "(?:Read|Watch) more.{0,40}", "(?=.{0,20}straße)[A-Za-z ]{0,20}stra(?:ss|ß)e", "\\s{0,2}\\[?\\d{1,3}\\]?",
      "(?<!x)Kelvin.{0,5}", "(?:\\p{Lu}\\p{Ll}{0,10} ?){1,3}", "[^a-z].{0,9}", "\\X{1,3}", "(\\w)\\1 \\w{0,3}", "a?b?c?d?"};
    String[] pieces = {"Skip to main content", "skip", "SKIP", "\u017Fkip", "[", "]", "(#main)", " ", "to", "content", "Read", "Watch",
      " more", "STRASSE", "straße", "stra\u00DFe", "\u212Aelvin", "Kelvin", "kelvin", "7", "12", "x", "Ab", "e\u0301", "\u00E9", "T",
      "Share", "share", "Advertisement", "- ", "A", " a", "+", "comments", " views", "\u2014", "#", "aa", "bb", "c", "d", "\t"};
    java.util.Random r = new java.util.Random(17);
    int matched = 0;
    int pairsChecked = 0;
    for (String p : patterns) {
      for (boolean ignoreCase : new boolean[] {true, false}) {
        int flags = java.util.regex.Pattern.UNICODE_CASE | (ignoreCase ? java.util.regex.Pattern.CASE_INSENSITIVE : 0);
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(p, flags);
        java.util.BitSet starts = DataRule.lineStarts(pattern);
        long[] pairs = DataRule.linePairs(pattern, starts);
        for (int k = 0; k < 3000; k++) {
          StringBuilder line = new StringBuilder();
          for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            line.append(pieces[r.nextInt(pieces.length)]);
          }
          if (pattern.matcher(line).matches()) {
            matched++;
            assertThat(starts.get(line.charAt(0))).as("%s starts a match of %s", line, p).isTrue();
            if (line.length() >= 2 && line.charAt(0) < 128 && line.charAt(1) < 128) {
              pairsChecked++;
              int pair = line.charAt(0) << 7 | line.charAt(1);
              assertThat(pairs[pair >>> 6] & 1L << pair).as("%s: its first two chars start a match of %s", line, p).isNotZero();
            }
          }
        }
      }
    }
    assertThat(matched).isGreaterThan(1000);
    assertThat(pairsChecked).isGreaterThan(500);
    java.util.regex.Pattern skip = java.util.regex.Pattern.compile(skipLink,
        java.util.regex.Pattern.UNICODE_CASE | java.util.regex.Pattern.CASE_INSENSITIVE);
    java.util.BitSet builtIn = DataRule.lineStarts(skip);
    assertThat(builtIn.get('S') && builtIn.get('s') && builtIn.get('\u017F') && builtIn.get('[')).isTrue();
    assertThat(builtIn.get('T') || builtIn.get('B') || builtIn.get('1')).as("the filter passes over other starts").isFalse();
    long[] builtInPairs = DataRule.linePairs(skip, builtIn);
    for (String start : new String[] {"Sk", "sK", "Ju", "[ ", "[S", " S", "  "}) {
      int pair = start.charAt(0) << 7 | start.charAt(1);
      assertThat(builtInPairs[pair >>> 6] & 1L << pair).as("%s may start a skip link", start).isNotZero();
    }
    for (String start : new String[] {"Sx", "So", "Ja", "[x", "S ", "s-"}) {
      int pair = start.charAt(0) << 7 | start.charAt(1);
      assertThat(builtInPairs[pair >>> 6] & 1L << pair).as("%s starts no skip link", start).isZero();
    }
  }

  /**
   * A phrase matched only where its first word stands gives the spans a search from every char
   * gives: glued words, case forms (Kelvin sign, long s, dotted I), white-space runs and overlaps.
   */
  @Test
  void phraseMatchedAtItsFirstWordGivesTheSpansOfAFullSearch() {
    String[] phrases = {"Skip to main content", "official website", "Kelvin scale", "Stra\u00DFe frei", "\u00e9t\u00e9 2021", "Skip Skip"};
    String[] pieces = {"Skip", "SKIP", "s\u212Aip", "\u017Fkip", "skip", " to", " main", " content", "Content", "know", "official",
      "OFFICIAL", " website", "WEBSITE", "\u212Aelvin", "kelvin", " scale", "STRASSE", "stra\u00DFe", " frei", "\u00C9T\u00C9", " 2021",
      " ", "  ", "\n", "\u00A0", "x", "1", "\u0130", "."};
    java.util.Random r = new java.util.Random(23);
    int found = 0;
    for (String phrase : phrases) {
      for (boolean ignoreCase : new boolean[] {true, false}) {
        DataRule rule = DataRule.of(new RuleSpec("t.phrase", "test", RuleKind.PHRASE, phrase, List.of(), ignoreCase));
        for (int k = 0; k < 4000; k++) {
          StringBuilder t = new StringBuilder();
          for (int i = 0, n = r.nextInt(12); i < n; i++) {
            t.append(r.nextInt(4) == 0 ? variant(r, phrase) : pieces[r.nextInt(pieces.length)]);
          }
          String text = t.toString();
          List<String> full = shapes(rule.spans(text, true));
          assertThat(shapes(rule.spans(text, false))).as("%s in %s", phrase, text).isEqualTo(full);
          found += full.size();
        }
      }
    }
    assertThat(found).isGreaterThan(500);
  }

  /** The phrase with each char's case flipped at random and random blanks between its words. */
  private static String variant(java.util.Random r, String phrase) {
    String[] blanks = {" ", "  ", "\n", "\u00A0", " \n "};
    StringBuilder sb = new StringBuilder();
    for (String w : phrase.split(" ")) {
      if (sb.length() > 0) {
        sb.append(blanks[r.nextInt(blanks.length)]);
      }
      for (char c : w.toCharArray()) {
        sb.append(r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  private static List<String> shapes(List<int[]> spans) {
    return spans.stream().map(s -> s[0] + "-" + s[1]).toList();
  }
}
