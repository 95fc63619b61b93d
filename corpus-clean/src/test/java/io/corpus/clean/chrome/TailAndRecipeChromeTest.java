package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rails left bare at a page's end, recipe cards and blog headers: what the sixth held-out check
 * (set H) found, each with the look-alike that must stay.
 */
class TailAndRecipeChromeTest {

  private static final Cleaner CLEANER = Cleaner.standard();
  private static final String BODY = ChromeStepsTest.BODY;
  private static final String BODY2 = ChromeStepsTest.BODY2;
  private static final String COPYRIGHT = "\u00A9 2024 Tywi Valley Courier, Carmarthenshire";

  private static CorpusDocument clean(String raw) {
    return CLEANER.clean(RawDocument.text("t.txt", raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Comments\n\nMost Read", "Most Read", "Comments", "Join the conversation\n\nTrending",
    "Related Stories\n\nDPP reviewing 2019 identification cases", "Most Read\n\nComments"})
  void railsLeftBareOverTheCopyrightLineGo(String rail) {
    assertThat(clean(BODY + "\n\n" + BODY2 + "\n\n" + rail + "\n\n" + COPYRIGHT).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void aHeadingAndOneTitleAtTheVeryEndGoToo() {
    assertThat(clean(BODY + "\n\n" + BODY2 + "\n\nRelated Stories\n\nDPP reviewing 2019 identification cases").text())
        .isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Comments", "Most Read", "Discussion"})
  void theSameHeadingsInTheMiddleOfTheTextStay(String lines) {
    // A section of the article: prose follows it.
    String raw = BODY + "\n\n" + lines + "\n\n" + BODY2 + "\n\n" + COPYRIGHT;
    assertThat(clean(raw).text()).isEqualTo(BODY + "\n\n" + lines + "\n\n" + BODY2);
  }

  @Test
  void aLastShortLineOfTheArticleStays() {
    // "Share it." ends the column; only the bare headings under it go.
    String raw = BODY + "\n\nShare it.\n\nComments\n\nMost Read\n\n" + COPYRIGHT;
    assertThat(clean(raw).text()).isEqualTo(BODY + "\n\nShare it.");
  }

  private static final String RECIPE = "Anise Picture Cookies from My Grandmother\u2019s Wooden Mould\n"
      + "Published: Dec 4, 2023 \u00B7 by Solveig Haugland \u00B7 This post may contain affiliate links.\n"
      + "Jump to Recipe   Print Recipe\n"
      + "My grandmother had a carved birch mould with a reindeer, a church and a little house on it. Every December she made these cookies.\n"
      + "Print Recipe   Pin Recipe\n"
      + "Course: Cookies   Cuisine: Norwegian   Prep Time: 40 minutes   Total Time: 14 hours\n"
      + "Instructions\n"
      + "Roll\n"
      + "Roll the dough out on a floured board to about 1 cm thick, then leave it to rest for ten minutes.\n"
      + "Print\n"
      + "Dust the mould with flour, then press it firmly into the dough and lift it straight up. Cut the pictures apart.\n"
      + "Rest\n"
      + "Lay the cookies on a tray and let them dry overnight, uncovered, at room temperature.\n"
      + "Rate this recipe\n"
      + "Did you make this recipe? Tag @solveigbakes on Instagram\n";

  @Test
  void aRecipeCardLosesItsControlsAndKeepsItsSteps() {
    CorpusDocument doc = clean("Solveig Bakes\nHome   Recipes   Christmas   About   Shop\n" + RECIPE);
    assertThat(doc.text()).isEqualTo("My grandmother had a carved birch mould with a reindeer, a church and a little house on it. "
        + "Every December she made these cookies.\n\nInstructions\n\nRoll\n\n"
        + "Roll the dough out on a floured board to about 1 cm thick, then leave it to rest for ten minutes.\n\nPrint\n\n"
        + "Dust the mould with flour, then press it firmly into the dough and lift it straight up. Cut the pictures apart.\n\nRest\n\n"
        + "Lay the cookies on a tray and let them dry overnight, uncovered, at room temperature.");
    assertThat(doc.authors()).containsExactly("Solveig Haugland");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2023, 12, 4));
    // The blog's name comes back as its handle.
    assertThat(doc.publisher()).isEqualTo("Solveig Bakes");
  }

  @Test
  void aControlWordBetweenParagraphsStillGoes() {
    assertThat(clean(BODY + "\n\nPrint\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"This post may contain affiliate links.", "This post contains affiliate links. Read my disclosure policy.",
    "As an Amazon Associate I earn from qualifying purchases.", "Disclosure: This article contains affiliate links.",
    "Follow The Rand Observer on WhatsApp for breaking news", "Follow us on Google News"})
  void blogAndSiteNoticesGo(String line) {
    assertThat(clean(BODY + "\n\n" + line + "\n\n" + BODY2).text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Following the vote, the senator wrote on Facebook that the bill was dead.",
    "Follow the money, the auditor told Facebook's investors.", "Course: the river changed its course in 1998.",
    "The course cost $40 and the cuisine was Norwegian.", "Affiliate links are how this site pays its writers, she said."})
  void theirLookAlikesStay(String line) {
    String raw = BODY + "\n\n" + line + "\n\n" + BODY2;
    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  @Test
  void aNameOverItsColumnNameOverTheDateIsTheAuthor() {
    String raw = "Tywi Valley Courier\nNews   Sport   Whats On   Opinion\nOpinion\n"
        + "Forty years of the hospice shop, and what it taught my mother\nMenna Lloyd | Valley Voices\nThursday, May 16, 2024\n"
        + BODY + "\n" + BODY2 + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Forty years of the hospice shop, and what it taught my mother");
    assertThat(doc.authors()).containsExactly("Menna Lloyd");
    assertThat(doc.text()).isEqualTo(BODY + "\n\n" + BODY2);
  }

  @Test
  void aFirstParagraphThatEndsInAColonOpensTheBody() {
    String first = "For years the message at the bottom of a South African news story was an invitation to share it. "
        + "Increasingly, it is a grey box with four words:";
    String raw = "The Rand Observer\nNews  Business  Politics  Sport\nMedia\nWhy more South African news sites are asking you to pay\n"
        + "Lerato Mahlangu\n19 February 2024, 06:00\n" + first + "\nSubscribe to continue reading.\n" + BODY + "\n";
    CorpusDocument doc = clean(raw);
    assertThat(doc.title()).isEqualTo("Why more South African news sites are asking you to pay");
    assertThat(doc.authors()).containsExactly("Lerato Mahlangu");
    assertThat(doc.publisher()).isEqualTo("The Rand Observer");
    assertThat(doc.text()).isEqualTo(first + "\n\nSubscribe to continue reading.\n\n" + BODY);
  }

  @Test
  void aPoemsBylineOverItsDateIsRead() {
    // Every line of a poem is short: the header zone ends at the first long sentence, not at once.
    String poem = "If my mother\u2019s house in San Fernando had a website\nit would open on the gallery, the rocking chair, the rain.\n"
        + "Home.\nThe smell of geera frying, the radio on low.\n"
        + "Fifty years of mornings. One husband. Four children. A mango tree that never learned to stop.";
    CorpusDocument doc = clean("Website for My Mother\u2019s House\nby Anjali Ramdass\nJanuary 15, 2024\n" + poem + "\n");
    assertThat(doc.authors()).containsExactly("Anjali Ramdass");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 1, 15));
    assertThat(doc.text()).isEqualTo(poem.replace("\n", "\n\n"));
  }

  @Test
  void anExportsFieldLinesAreNeverJoinedIntoASentence() {
    assertThat(io.corpus.clean.internal.LineRemoval.continuesSentence("source.name: The Valpara\u00EDso Post",
        "title: Chile approves desalination plant")).isFalse();
    assertThat(io.corpus.clean.internal.LineRemoval.continuesSentence("gdelt.tone: -2.1", "gdelt.themes: WATER")).isFalse();
    assertThat(io.corpus.clean.internal.LineRemoval.continuesSentence("the council voted to keep the buses on",
        "the 31 line until March")).isTrue();
  }
}
