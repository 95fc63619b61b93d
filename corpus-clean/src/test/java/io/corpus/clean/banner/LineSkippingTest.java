package io.corpus.clean.banner;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.clean.OnlySteps;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The banner step skips the words of a line that cannot start a banner sentence unread: a line
 * whose first word starts none, and the words before a seam. Skipping must change nothing: on
 * every fixture text and on random mixes of banner sentences, their cut and glued forms, seams,
 * markup, ellipses and prose, the step with skipping and the step that reads every token remove
 * the same spans. Where a lone carriage return makes a line start inside a line, the reference is
 * the earlier reading that skipped a line's seamless rest (it passed such line starts too).
 */
class LineSkippingTest {

  private static final Cleaner SKIPPING = only(new GovBannerRemover(GovBannerRemover.Reading.SKIPPING));
  private static final Cleaner READING_ALL = only(new GovBannerRemover(GovBannerRemover.Reading.EVERY_TOKEN));
  private static final Cleaner READING_LINES = only(new GovBannerRemover(GovBannerRemover.Reading.LINES));

  /** A cleaner that runs only {@code step} (the built-in banner step is disabled). */
  private static Cleaner only(GovBannerRemover step) {
    return OnlySteps.of(step);
  }

  private static void assertSame(String text) {
    assertSame(text, READING_ALL);
  }

  /** Asserts the skipping step removes from {@code text} what {@code reference} does; returns whether it removed something. */
  private static boolean assertSame(String text, Cleaner reference) {
    CorpusDocument a = SKIPPING.clean(RawDocument.text("t.txt", text));
    CorpusDocument b = reference.clean(RawDocument.text("t.txt", text));
    assertThat(a.text()).as("text of %s", text).isEqualTo(b.text());
    assertThat(a.removals()).as("removals of %s", text).isEqualTo(b.removals());
    return !a.removals().isEmpty();
  }

  @Test
  void everyFixtureTextGivesTheSameResult() throws IOException, URISyntaxException {
    Path root = Path.of(LineSkippingTest.class.getResource("/fixtures").toURI());
    List<Path> raws;
    try (Stream<Path> files = Files.walk(root)) {
      raws = files.filter(p -> p.toString().endsWith(".raw.txt")).sorted().toList();
    }
    assertThat(raws).hasSizeGreaterThan(100);
    int withBanner = 0;
    for (Path p : raws) {
      String text = Files.readString(p);
      assertSame(text);
      withBanner += SKIPPING.clean(RawDocument.text("t.txt", text)).removals().isEmpty() ? 0 : 1;
    }
    assertThat(withBanner).as("fixtures where the banner step removed something").isGreaterThan(20);
  }

  @Test
  void randomMixesOfBannerSentencesAndProseGiveTheSameResult() {
    List<String> pieces = new ArrayList<>(List.of(
        "An official website of the United States government", "Here's how you know", "Here’s how you know",
        "Official websites use .gov", "A .gov website belongs to an official government organization in the United States.",
        "Secure .gov websites use HTTPS", "A lock ( ) or https:// means you've safely connected to the .gov website.",
        "Share sensitive information only on official, secure websites.", "The .gov means it's official.",
        "Federal government websites often end in .gov or .mil.", "The site is secure.",
        "Un sitio oficial del Gobierno de Estados Unidos", "Así es como usted puede verificarlo",
        "Skip to main content", "U.S. flag", "![U.S. flag](flag.png)", "Dot gov", "Https", "An official website of the Uni",
        "An official website of the United…", "English", "Español", "Menu", "Search"));
    String[] prose = {
      "The senator said on Sunday that talks would resume.", "Officials in Warsaw told reporters about the plan.",
      "A spokesperson declined to comment.", "the site is secure, the company said, and here's how you know it",
      "Travel Advisory", "Colombia Travel Advisory", "NASA and USA Today reported it.", "It rose 2.5 percent in 2021.",
      "Read more...", "See [the report](https://example.gov/ReportName) for details."};
    Random random = new Random(20261123);
    int removedSomething = 0;
    for (int round = 0; round < 4000; round++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + random.nextInt(12);
      for (int k = 0; k < parts; k++) {
        boolean banner = random.nextInt(3) > 0;
        String piece = banner ? pieces.get(random.nextInt(pieces.size())) : prose[random.nextInt(prose.length)];
        if (random.nextInt(6) == 0) {
          piece = piece.toLowerCase(java.util.Locale.ROOT);
        }
        if (random.nextInt(8) == 0 && piece.length() > 12) {
          piece = piece.substring(0, 6 + random.nextInt(piece.length() - 6)); // cut short, maybe mid-word
        }
        sb.append(piece);
        int glue = random.nextInt(10);
        sb.append(glue < 4 ? "\n" : glue < 6 ? " " : glue < 7 ? "" : glue < 8 ? "\n\n" : glue < 9 ? "... " : " | ");
      }
      assertSame(sb.toString());
      removedSomething += SKIPPING.clean(RawDocument.text("t.txt", sb.toString())).removals().isEmpty() ? 0 : 1;
    }
    assertThat(removedSomething).isBetween(400, 3600);
  }

  /** Banner sentences and their scraped forms, glued to prose or standing alone. */
  private static final String[] BANNER_PIECES = {
    "An official website of the United States government", "Here's how you know", "Here&#8217;s how you know",
    "Official websites use .gov", "A .gov website belongs to an official government organization in the United States.",
    "Secure .gov websites use HTTPS", "A lock (LockA locked padlock) or https:// means you’ve safely connected to the .gov website.",
    "Share sensitive information only on official, secure websites.", "The .gov means it's official.", "The site is secure.",
    "Un sitio oficial del Gobierno de Estados Unidos", "Así es como usted puede verificarlo", "Los sitios web oficiales usan .gov",
    "Skip to main content", "U.S. flag", "![U.S. flag](flag.png)", "Dot gov", "Https", "An official website of the Uni",
    "**An official website of the United States government**", "| An official website of the United States government |",
    "HTTPSA lock", "HTTPSUn candado", ".govA .gov website", "English", "Español"};

  /** Prose with what the skip must read right: seams, apostrophe entities, abbreviations, links and images holding seams. */
  private static final String[] PROSE = {
    "The senator said on Sunday that talks would resume.", "Colombia Travel Advisory", "McCarthy met McDonald at the iPhone launch.",
    "Mitch StoltenbergMitch StoltenbergCritics argue that", "It rose 2.5 percent in 2021The report said.", "the U.S. and the E.U. agreed",
    "you&rsquo;ve seen it", "Here&#8217;sAn aside", "See [the report](https://example.gov/ReportName) for details.",
    "Look at ![a chart](https://x.gov/ChartOne.png) now", "a.b.c.dE f", "x’Y z", "Read more...", "NASA and USA Today reported it.",
    "ÉtatsUnis naïve café", "a ](x aB) Cd", "[English](/en) | [Español](/es)", "It means a lot, the site said.",
    "Read [the notice](https://x.gov/noticeAn official website of the United States government) today",
    "Flag: ![flagAn official website of the United States government](f.png) here"};

  private static String mix(Random random, boolean loneCarriageReturns) {
    StringBuilder sb = new StringBuilder();
    int parts = 1 + random.nextInt(16);
    for (int k = 0; k < parts; k++) {
      String piece = random.nextInt(5) < 2 ? BANNER_PIECES[random.nextInt(BANNER_PIECES.length)] : PROSE[random.nextInt(PROSE.length)];
      switch (random.nextInt(10)) {
        case 0 -> piece = piece.toLowerCase(java.util.Locale.ROOT);
        case 1 -> piece = piece.toUpperCase(java.util.Locale.ROOT);
        case 2 -> piece = piece.substring(0, random.nextInt(piece.length() + 1)); // cut short, maybe mid-word
        case 3 -> piece = piece.replace(" ", "");
        default -> {}
      }
      sb.append(piece);
      String[] glue = {"\n", "\n", " ", " ", "", "", "\n\n", "... ", " | ", "aB", "2", " ![U.S. flag](f.png) ", " [English](/en) ", "\r\n", "\r", " \r "};
      sb.append(glue[random.nextInt(loneCarriageReturns ? glue.length : glue.length - 2)]);
    }
    return sb.toString();
  }

  @Test
  void skippingToSeamsInsideLongLinesGivesTheSameResult() {
    Random random = new Random(20261124);
    int removed = 0;
    for (int round = 0; round < 4000; round++) {
      removed += assertSame(mix(random, false), READING_ALL) ? 1 : 0;
    }
    assertThat(removed).as("mixes the step removed something from").isBetween(400, 3600);
  }

  @Test
  void withLoneCarriageReturnsSkippingGivesWhatSkippingSeamlessLinesGave() {
    Random random = new Random(20261125);
    int removed = 0;
    for (int round = 0; round < 4000; round++) {
      removed += assertSame(mix(random, true), READING_LINES) ? 1 : 0;
    }
    assertThat(removed).as("mixes the step removed something from").isBetween(400, 3600);
  }
}
