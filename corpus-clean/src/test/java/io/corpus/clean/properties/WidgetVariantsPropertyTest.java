package io.corpus.clean.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Metamorphic property over generated widgets (cookie banners, share rows, players, platform
 * controls, feedback boxes) in their flattened forms: put where pages put them (above the
 * headline, between it and the body, after the body), in any casing, one line each or a blank line
 * between, they change neither the clean text nor the title.
 */
class WidgetVariantsPropertyTest {

  private static final Cleaner CLEANER = Cleaner.standard();

  private static CorpusDocument clean(String text) {
    return CLEANER.clean(RawDocument.text("generated.txt", text));
  }

  static final List<String> HEADLINES = List.of(
      "Council approves riverside housing plan after two-year fight",
      "Floods force thousands from homes in northern Pakistan",
      "Why central banks are rethinking their inflation targets",
      "New licence for small passenger boats on inland waterways");

  static final String BODY = "The city council voted 7-2 on Tuesday night to approve a plan that would allow up to 1,200 new"
      + " homes along the east bank of the river, ending two years of debate over the former warehouse site.\n\n"
      + "Supporters said the plan would ease a shortage of affordable housing, while opponents warned about traffic and"
      + " flooding on roads that already struggle during heavy storms.";

  /** Widgets pages put above the headline. */
  static final List<List<String>> ABOVE = List.of(
      List.of("Cookies on GOV.UK", "We use some essential cookies to make this website work.",
          "We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.",
          "Accept additional cookies", "Reject additional cookies", "View cookies"),
      List.of("We value your privacy",
          "We and our partners store and/or access information on a device, such as cookies and process personal data.",
          "Accept All", "Manage preferences"),
      List.of("Let us know you agree to cookies",
          "We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.",
          "Yes, I agree", "No, take me to settings"),
      List.of("Cookies on GOV.UK We use some essential cookies to make this website work.",
          "Accept additional cookies Reject additional cookies View cookies"));

  /** Widgets pages put between the headline and the body. */
  static final List<List<String>> UNDER = List.of(
      List.of("Share on Facebook Share on Twitter Share via Email"),
      List.of("Share on Facebook", "Share on Twitter", "Share via Email", "Comments (214)"),
      List.of("Facebook Twitter LinkedIn Email Copy link", "Share full article"),
      List.of("Listen to this article · 6 min"),
      List.of("Listen to this article | 4 mins", "Audio player loading…"),
      List.of("Watch: Footage shows fire at the depot", "02:14"),
      List.of("Play video", "Video duration 3 minutes 2 seconds"),
      List.of("Member-only story", "Follow", "--", "12", "Listen", "Share"),
      List.of("1.2K", "23", "Listen", "Share"));

  /** Widgets pages put after the body. */
  static final List<List<String>> AFTER = List.of(
      List.of("Was this page helpful?", "Yes", "No"),
      List.of("Was this page helpful? Yes No"),
      List.of("Is this page useful?", "Maybe", "Yes this page is useful", "No this page is not useful",
          "Thank you for your feedback", "Report a problem with this page"),
      List.of("Was this article helpful?", "Yes", "No", "12 out of 15 found this helpful"),
      List.of("Subscribe", "Type your email…", "Subscribe", "Discussion about this post", "Ready for more?"),
      List.of("Type your email… Subscribe"),
      List.of("This site uses cookies to give you a better experience. By continuing to browse, you agree to our use of cookies.", "Got it"),
      List.of("Follow us on X", "Follow @ReutersWorld"),
      List.of("Sign up to discover human stories that deepen your understanding of the world."));

  private static String widget(Random r, List<List<String>> kinds) {
    List<String> lines = kinds.get(r.nextInt(kinds.size()));
    int casing = r.nextInt(4); // as written, upper case, lower case, as written
    String sep = r.nextBoolean() ? "\n" : "\n\n";
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      String v = casing == 1 ? l.toUpperCase(Locale.ROOT) : casing == 2 ? l.toLowerCase(Locale.ROOT) : l;
      sb.append(sb.length() == 0 ? "" : sep).append(v);
    }
    return sb.toString();
  }

  @Test
  void widgetsAroundAHeadlineAndABodyChangeNothing() {
    qt().withExamples(600)
        .withFixedSeed(31L)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              String headline = HEADLINES.get(r.nextInt(HEADLINES.size()));
              String plain = headline + "\n\n" + BODY;
              StringBuilder raw = new StringBuilder();
              if (r.nextBoolean()) {
                raw.append(widget(r, ABOVE)).append(r.nextBoolean() ? "\n" : "\n\n");
              }
              raw.append(headline).append('\n');
              if (r.nextBoolean()) {
                raw.append(widget(r, UNDER)).append('\n');
              }
              raw.append('\n').append(BODY);
              if (r.nextBoolean()) {
                raw.append(r.nextBoolean() ? "\n" : "\n\n").append(widget(r, AFTER));
              }
              CorpusDocument want = clean(plain);
              CorpusDocument got = clean(raw.toString());
              assertThat(got.text()).as(raw.toString()).isEqualTo(want.text());
              assertThat(got.title()).as(raw.toString()).isEqualTo(want.title()).isEqualTo(headline);
            });
  }
}
