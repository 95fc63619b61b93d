package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.clean.rules.RuleListing;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import io.corpus.model.Removal;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cookie banners, share rows, players, platform controls and feedback boxes: lines that go and look-alikes that stay. */
class WidgetRemoverTest {

  private static final Cleaner CLEANER = Cleaner.standard();
  private static final WidgetRemover COOKIE = WidgetRemover.family(WidgetRemover.COOKIE_BANNER);
  private static final WidgetRemover SHARE = WidgetRemover.family(WidgetRemover.SHARE_ROW);
  private static final WidgetRemover MEDIA = WidgetRemover.family(WidgetRemover.MEDIA_WIDGET);
  private static final WidgetRemover PLATFORM = WidgetRemover.family(WidgetRemover.PLATFORM_CONTROLS);
  private static final WidgetRemover FEEDBACK = WidgetRemover.family(WidgetRemover.FEEDBACK);

  static final String BODY = "Operators of small passenger boats on rivers and canals will need a new safety licence from"
      + " April, the Maritime and Coastguard Agency has announced on Tuesday.";
  static final String BODY2 = "The change follows a consultation last year in which more than 400 operators and local"
      + " councils set out their views on safety standards on inland waters.";

  private static CorpusDocument clean(String raw) {
    return CLEANER.clean(RawDocument.text("t.txt", raw));
  }

  /** The text with paragraph breaks read as line breaks: the layout step makes a paragraph of each kept line. */
  private static String flat(String s) {
    return s.replaceAll("\n+", "\n");
  }

  private static String cleanFlat(String raw) {
    return flat(clean(raw).text());
  }

  private static boolean anchor(WidgetRemover family, String line) {
    return (family.kind(line) & WidgetRemover.ANCHOR) != 0;
  }

  // --- line shapes, family by family ----------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "We use some essential cookies to make this website work.",
      "We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.",
      "We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.",
      "WE USE COOKIES TO PERSONALISE CONTENT AND ADS",
      "This site uses cookies.", "We value your privacy", "Accept additional cookies", "Reject Additional Cookies",
      "View cookies", "Accept all cookies", "Use necessary cookies only", "Cookie settings",
      "You’ve accepted additional cookies. You can change your cookie settings at any time.",
      "You may click to consent to our and our partners’ processing as described above."})
  void cookieBannerAnchors(String line) {
    assertThat(anchor(COOKIE, line)).as(line).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We use cookies from the bakery next door for the cheesecake base.",
      "We use cookies to improve our service, the company said in a statement.",
      "Cookies on GOV.UK", "Accept All", "Manage preferences", "Accept",
      "A button reading Accept all cookies appeared first, while refusing took four more clicks, investigators found.",
      "This site uses cookies and the regulator says that is fine, its spokesperson told reporters.",
      "This site uses cookies, regulators say, in ways most users never notice, and the fines are rising."})
  void cookieLookAlikesAndWeakLinesAreNoAnchors(String line) {
    assertThat(anchor(COOKIE, line)).as(line).isFalse();
  }

  @Test
  void cookieButtonsGoOnlyNextToTheBanner() {
    String banner = "Cookies on GOV.UK\nWe use some essential cookies to make this website work.\nAccept All\nManage preferences\n";
    assertThat(clean(banner + "\n" + BODY + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
    // The same buttons with no banner sentence: nothing says they are a banner.
    String buttons = "Accept All\nManage preferences\n\n" + BODY + "\n\n" + BODY2;
    assertThat(cleanFlat(buttons)).isEqualTo(flat(buttons));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Share on Facebook Share on Twitter Share via Email", "Share on Facebook", "SHARE VIA EMAIL", "Share on X",
      "Facebook Twitter LinkedIn Email Copy link", "Share Facebook Twitter Email", "Share | Tweet | Email",
      "Follow us on X", "Follow us on Threads", "Follow Jane Roe on X", "Follow @ReutersWorld", "Comments (214)",
      "Share full article", "Link copied to clipboard", "View all 43 comments"})
  void shareRowAnchors(String line) {
    assertThat(anchor(SHARE, line)).as(line).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Share prices fell on Facebook", "Follow the money", "Follow Jane on her journey across the Andes",
      "Facebook, Twitter and Instagram", "Facebook, Twitter, Instagram", "Email", "Share", "Twitter",
      "Follow the story on the radio", "Share on Facebook or not, the committee asked"})
  void shareLookAlikesAndWeakLinesAreNoAnchors(String line) {
    assertThat(anchor(SHARE, line)).as(line).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Listen to this article · 6 min", "Listen to this article | 4 mins", "Listen to this story (6:12)",
      "Listen to this article", "Listen · 6 min", "Play video", "Video duration 3 minutes 2 seconds",
      "Video duration 45 seconds", "Duration: 02:14", "Audio player loading…", "Media playback is unsupported on your device",
      "Video Ad Feedback"})
  void mediaAnchors(String line) {
    assertThat(anchor(MEDIA, line)).as(line).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Listen to this article about the war before you vote", "Duration", "Duration of the contract is two years",
      "Watch: Footage shows fire at the depot", "02:14", "Listen", "Play the long game",
      "Listen to the podcast on Spotify"})
  void mediaLookAlikesAndWeakLinesAreNoAnchors(String line) {
    assertThat(anchor(MEDIA, line)).as(line).isFalse();
  }

  @Test
  void aVideoTitleGoesWithItsLengthOnly() {
    String raw = "Watch: Footage shows fire at the depot\n02:14\n\n" + BODY + "\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(BODY + "\n\n" + BODY2);
    String oneLine = "WATCH | Helicopter crew lowers a stretcher (1:45)\n\n" + BODY + "\n\n" + BODY2;
    assertThat(clean(oneLine).text()).isEqualTo(BODY + "\n\n" + BODY2);
    // A title with no length near it, and a race time with no title near it, stay.
    String title = BODY + "\n\nWatch: the final kilometre was the story\n" + BODY2;
    assertThat(cleanFlat(title)).isEqualTo(flat(title));
    String time = BODY + "\n\nWinning time\n2:05:42\n" + BODY2;
    assertThat(cleanFlat(time)).isEqualTo(flat(time));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Member-only story", "Upgrade to paid", "Discussion about this post", "Ready for more?", "Type your email…",
      "Type your email...", "Sign up to discover human stories that deepen your understanding of the world.",
      "Thanks for reading Grid Notes! Subscribe for free to receive new posts and support my work.",
      "This post is for paid subscribers", "Open in app"})
  void platformAnchors(String line) {
    assertThat(anchor(PLATFORM, line)).as(line).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Member-only stories now make up half of what readers open, Medium said.", "Ready for more? The council is.",
      "Thanks for reading, and see you next week.", "Follow", "Share", "12", "Published in 1851"})
  void platformLookAlikesAndWeakLinesAreNoAnchors(String line) {
    assertThat(anchor(PLATFORM, line)).as(line).isFalse();
  }

  @Test
  void countersGoWithAControlWordAndStepOverTheAuthorAndDate() {
    String header = "Jane Doe\nFollow\n7 min read\n·\nMar 3, 2024\n--\n12\nListen\nShare\n";
    CorpusDocument doc = clean(header + BODY + "\n\n" + BODY2);
    // The name, the reading time and the date are left to the header rules.
    assertThat(doc.removals()).filteredOn(r -> r.ruleId().equals(WidgetRemover.PLATFORM_CONTROLS)).hasSize(6);
    assertThat(doc.text()).isEqualTo("Jane Doe\n\n" + BODY + "\n\n" + BODY2);
    // Scores with no control word, and a control word with no counter, stay.
    String scores = BODY + "\n\nFinal score\n12\n3\n" + BODY2;
    assertThat(cleanFlat(scores)).isEqualTo(flat(scores));
    String follow = BODY + "\n\nFollow\n" + BODY2;
    assertThat(cleanFlat(follow)).isEqualTo(flat(follow));
    // A control word over one number: two lines are too few to be the controls.
    String two = BODY + "\n\nFollow\n12\n" + BODY2;
    assertThat(cleanFlat(two)).isEqualTo(flat(two));
    assertThat(WidgetRemover.decisive(WidgetRemover.COUNTER | WidgetRemover.CONTROL, 2)).isFalse();
    assertThat(WidgetRemover.decisive(WidgetRemover.COUNTER | WidgetRemover.CONTROL | WidgetRemover.WEAK, 3)).isTrue();
    assertThat(WidgetRemover.decisive(WidgetRemover.TITLE | WidgetRemover.DURATION, 2)).isTrue();
    assertThat(WidgetRemover.decisive(WidgetRemover.WEAK | WidgetRemover.DURATION, 5)).isFalse();
  }

  @Test
  void aRunStepsOverThreeShortLinesAtMost() {
    String near = "Follow\nJane Doe\nMar 3, 2024\n7 min read\n12\nShare\n\n" + BODY;
    assertThat(clean(near).text()).doesNotContain("Follow");
    // Four lines between: the lone "Follow" is not joined to the counters.
    String far = BODY + "\n\nFollow\nJane Doe\nMarch 3\nLondon\nSpring\n--\n12\nShare\n\n" + BODY2;
    assertThat(cleanFlat(far)).contains("\nFollow\nJane Doe").doesNotContain("\n12\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Was this page helpful?", "WAS THIS ARTICLE HELPFUL?", "Is this page useful?", "Report a problem with this page",
      "Thank you for your feedback", "Thanks for your feedback!", "Was this page helpful? Yes No",
      "Was this page helpful? Yes / No", "12 out of 15 found this helpful", "3 of 4 people found this helpful",
      "Don’t include personal or financial information like your National Insurance number or credit card details."})
  void feedbackAnchors(String line) {
    assertThat(anchor(FEEDBACK, line)).as(line).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Is this page useful? That is the question the agency's feedback box asks.",
      "Thank you for your feedback, the council wrote to residents.", "Yes", "No", "Maybe",
      "Was this page helpful? Yes and no, said the inspector", "Did the contractor sign the safety log?"})
  void feedbackLookAlikesAndWeakLinesAreNoAnchors(String line) {
    assertThat(anchor(FEEDBACK, line)).as(line).isFalse();
  }

  @Test
  void answersGoOnlyUnderTheQuestion() {
    String box = BODY + "\n\n" + BODY2 + "\n\nWas this page helpful?\nYes\nNo";
    assertThat(clean(box).text()).isEqualTo(BODY + "\n\n" + BODY2);
    String interview = BODY + "\n\nDid the contractor sign the safety log?\nYes.\nNo.\n" + BODY2;
    assertThat(cleanFlat(interview)).isEqualTo(flat(interview));
  }

  @Test
  void aSentenceAWidgetInterruptedIsMended() {
    String raw = "The minister said the talks\nShare on Facebook\nShare via Email\nwould continue on Monday, according to"
        + " two officials familiar with the plans.\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo("The minister said the talks would continue on Monday, according to two"
        + " officials familiar with the plans.\n\n" + BODY2);
  }

  // --- rows: a widget's buttons run together on one line -----------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "feedback|Is this page useful? Maybe Yes this page is useful No this page is not useful",
      "feedback|Was this page helpful? Yes No", "feedback|Was this page helpful? Yes / No",
      "feedback|Was this article helpful? Yes | No | Not sure",
      "platform|Type your email… Subscribe", "platform|Discussion about this post · Ready for more?",
      "cookie|Accept additional cookies Reject additional cookies View cookies",
      "cookie|Accept all cookies Manage preferences", "cookie|We value your privacy · Accept All · Manage preferences",
      "media|Play video · Watch now"})
  void rowsWithAnAnchorAreAnchors(String spec) {
    String[] parts = spec.split("\\|", 2);
    WidgetRemover family = switch (parts[0]) {
      case "feedback" -> FEEDBACK;
      case "platform" -> PLATFORM;
      case "cookie" -> COOKIE;
      default -> MEDIA;
    };
    assertThat(family.kind(parts[1]) & WidgetRemover.ANCHOR).as(parts[1]).isNotZero();
  }

  @Test
  void rowsOfWeakPhrasesAreWeakAndProseIsNoRow() {
    assertThat(FEEDBACK.phraseRow("yes no")).isEqualTo(WidgetRemover.WEAK);
    assertThat(COOKIE.phraseRow("accept all manage preferences")).isEqualTo(WidgetRemover.WEAK);
    assertThat(FEEDBACK.phraseRow("yes")).isZero(); // one phrase is no row
    assertThat(FEEDBACK.phraseRow("was this page helpful? yes and no, said the inspector")).isZero();
    assertThat(PLATFORM.phraseRow("subscribe, share, follow: the three verbs of the creator economy")).isZero();
    assertThat(COOKIE.phraseRow("accept the offer")).isZero();
    // A word that starts a phrase but runs on ("yesterday") is no phrase.
    assertThat(FEEDBACK.phraseRow("yesterday no")).isZero();
  }

  @Test
  void aMediumHeaderWithItsReadingTimeBetweenDotsLeavesTheHeadline() {
    String raw = "Why central banks are rethinking their inflation targets\nMember-only story\nJane Doe\nFollow\n"
        + "· 7 min read ·\nMar 3, 2024\n--\n12\nListen\nShare\n" + BODY + "\n\n" + BODY2;
    CorpusDocument doc = clean(raw);
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
    assertThat(doc.title()).isEqualTo("Why central banks are rethinking their inflation targets");
    assertThat(doc.authors()).containsExactly("Jane Doe");
    assertThat(doc.removals()).extracting(Removal::ruleId).contains("meta.reading-time");
  }

  // --- shapes -------------------------------------------------------------------------------------

  @Test
  void durationsCountersAndKeys() {
    assertThat(WidgetRemover.isDuration("02:14")).isTrue();
    assertThat(WidgetRemover.isDuration("1:02:14")).isTrue();
    assertThat(WidgetRemover.isDuration("(2:14)")).isTrue();
    assertThat(WidgetRemover.isDuration("3 minutes 2 seconds")).isTrue();
    assertThat(WidgetRemover.isDuration("12")).isFalse();
    assertThat(WidgetRemover.isDuration("2:1")).isFalse();
    assertThat(WidgetRemover.isDuration("12:345")).isFalse();
    assertThat(WidgetRemover.isDuration("3 minutes to midnight")).isFalse();
    assertThat(WidgetRemover.isCounter("12")).isTrue();
    assertThat(WidgetRemover.isCounter("1.2k")).isTrue();
    assertThat(WidgetRemover.isCounter("1,204")).isTrue();
    assertThat(WidgetRemover.isCounter("--")).isTrue();
    assertThat(WidgetRemover.isCounter("1.2k claps")).isTrue();
    assertThat(WidgetRemover.isCounter("12 apples")).isFalse();
    assertThat(WidgetRemover.isCounter("2024.")).isFalse();
    assertThat(WidgetRemover.isCounter("k")).isFalse();
    assertThat(WidgetRemover.key("  Type your  email…")).isEqualTo("type your email");
    assertThat(WidgetRemover.key("Ready for more?")).isEqualTo("ready for more?");
    assertThat(WidgetRemover.key("We’d like")).isEqualTo("we'd like");
    assertThat(WidgetRemover.key("·")).isEqualTo("·");
  }

  /**
   * The key made in one copy, lower-cased as it is read, is the key of the plain way (fold the
   * blanks, trim the marks, then lower-case the whole): random lines of ASCII, curly apostrophes,
   * blanks of every kind, trailing marks and letters whose lower case the JDK makes by context or
   * into two chars (a capital sigma, a dotted capital I, the Kelvin sign).
   */
  @Test
  void theKeyIsThePlainWaysKey() {
    String[] pieces = {"Share", "ON", "x", " ", "  ", "\t", "\u00A0", "\u200B", "We\u2019d", "LIKE", ".", "\u2026", ":", "!",
      "\u203A", "\u00BB", "\u2192", "|", ">", "?", "\u03A3", "\u039F\u03A3", "\u0130", "\u212A", "\u00C9t\u00C9", "12", "\u00B7"};
    Random random = new Random(9);
    for (int round = 0; round < 100_000; round++) {
      StringBuilder line = new StringBuilder();
      for (int k = 0, parts = random.nextInt(7); k < parts; k++) {
        line.append(pieces[random.nextInt(pieces.length)]);
      }
      String l = line.toString();
      assertThat(WidgetRemover.key(l)).as(l).isEqualTo(plainKey(l));
    }
  }

  /** The key as it was made before: a builder, then a trimmed copy, then the JDK's lower case. */
  private static String plainKey(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (io.corpus.clean.Draft.isBlank(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c == '\u2019' ? '\'' : c);
    }
    int end = sb.length();
    while (end > 0 && ".\u2026:!\u203A\u00BB\u2192|> ".indexOf(sb.charAt(end - 1)) >= 0) {
      end--;
    }
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    return (end == 0 ? sb.toString() : sb.substring(0, end)).toLowerCase(java.util.Locale.ROOT);
  }

  // --- rule ids -----------------------------------------------------------------------------------

  @Test
  void eachFamilyIsListedWithADescription() {
    var entries = RuleListing.of(CLEANER);
    for (String id : WidgetRemover.FAMILIES) {
      assertThat(entries).filteredOn(e -> e.id().equals(id)).singleElement()
          .satisfies(e -> assertThat(e.description()).isNotBlank());
    }
  }

  @Test
  void eachFamilyCanBeTurnedOffAlone() {
    String raw = BODY + "\n\n" + BODY2 + "\n\nWas this page helpful?\nYes\nNo";
    Cleaner off = Cleaner.builder().disable(WidgetRemover.FEEDBACK).build();
    assertThat(flat(off.clean(RawDocument.text("t", raw)).text())).isEqualTo(flat(raw));
    String cookies = "We use some essential cookies to make this website work.\nAccept All\n\n" + BODY + "\n\n" + BODY2;
    String kept = Cleaner.builder().disable(WidgetRemover.COOKIE_BANNER).build().clean(RawDocument.text("t", cookies)).text();
    assertThat(kept).startsWith("We use some essential cookies");
    // The other families still run.
    String share = "Share on Facebook Share on Twitter\n\n" + BODY + "\n\n" + BODY2;
    assertThat(off.clean(RawDocument.text("t", share)).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  // --- the cheap first-word test and linear time --------------------------------------------------

  private static final String[] PIECES = {
    "We use", "we use", "WE USE", " cookies", " Cookies", " to make this website work", " ", "Share on", "share on",
    " Facebook", " Twitter", " Email", "Listen to this article", " · 6 min", "Video duration", " 3 minutes",
    "Was this page helpful?", " Yes", " No", "Thanks for reading", " Subscribe", "Member-only story", "Follow",
    " on X", "12", ":", "02:14", "Watch: ", "the depot", "\u017Fhare on", "\u212Aeep reading with a", " trial",
    "We\u2019d like to set", "you may click to consent", " partners", " processing", " and more words of a sentence"
  };

  @Test
  void everyWidgetLinePassesTheFirstWordTest() {
    Random random = new Random(7);
    WidgetRemover[] families = {COOKIE, FEEDBACK, MEDIA, SHARE, PLATFORM};
    int accepted = 0;
    int longLines = 0;
    for (int round = 0; round < 60_000; round++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + random.nextInt(8);
      for (int k = 0; k < parts; k++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String line = sb.toString().strip();
      if (line.isEmpty()) {
        continue;
      }
      for (WidgetRemover f : families) {
        if (f.kind(line) != 0) {
          accepted++;
          longLines += line.length() > WidgetRemover.MAX_COOKIE_LABEL ? 1 : 0;
          assertThat(f.mayBeWidget(line, 0, line.length())).as(f.id() + ": " + line).isTrue();
        }
      }
    }
    assertThat(accepted).isGreaterThan(2_000);
    assertThat(longLines).as("lines long enough for the test to matter").isGreaterThan(200);
  }

  @Test
  void firstWordCodes() {
    assertThat(WidgetRemover.firstWordCode("We\u2019d like", 0, 10)).isEqualTo(WidgetRemover.firstWordCode("we", 0, 2));
    assertThat(WidgetRemover.firstWordCode("SHARE on", 0, 8)).isEqualTo(WidgetRemover.firstWordCode("share", 0, 5));
    assertThat(WidgetRemover.firstWordCode("share", 0, 5)).isNotEqualTo(WidgetRemover.firstWordCode("shar", 0, 4));
    assertThat(WidgetRemover.firstWordCode("12 comments", 0, 11)).isEqualTo(-1);
    assertThat(WidgetRemover.firstWordCode("\u212Aeep", 0, 4)).isEqualTo(-1); // Kelvin sign: read in full
    assertThat(WidgetRemover.firstWordCode("Alternatively you", 0, 17)).isEqualTo(-1); // thirteen letters
    assertThat(WidgetRemover.firstWordCode("-- 12", 0, 5)).isEqualTo(-1);
  }

  @Test
  void hostileTextsAreCleanedInLinearTime() {
    StringBuilder rows = new StringBuilder();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      rows.append("Share on Facebook Share on Twitter ");
      lines.append(i % 2 == 0 ? "12\n" : "Follow\n");
    }
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      clean(rows.toString());
      clean(lines.toString());
    });
  }
}
