package io.corpus.clean.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.model.Turn;
import org.junit.jupiter.api.Test;

class SpeakerTurnsTest {

  @Test
  void labelledParagraphsStartTurnsAndOthersContinueThem() {
    String text =
        "Intro before the interview.\n\nQUESTION: Hello.\n\nSECRETARY BLINKEN: Good morning.\n\nMore from him.\n\n"
            + "MR. PRICE (R-LA): A question.";
    assertThat(SpeakerTurns.of(text))
        .containsExactly(
            new Turn("QUESTION", "Hello."),
            new Turn("SECRETARY BLINKEN", "Good morning.\n\nMore from him."),
            new Turn("MR. PRICE (R-LA)", "A question."));
  }

  @Test
  void aFewLabelLikeParagraphsAreNotATranscript() {
    assertThat(SpeakerTurns.of("NOTE: This story was updated.\n\nThe body.\n\nUPDATE: More.")).isEmpty();
    assertThat(SpeakerTurns.of("Q: One?\n\nQ: Two?\n\nQ: Three?")).isEmpty();
    assertThat(SpeakerTurns.of("")).isEmpty();
  }

  @Test
  void mixedCaseOpeningsAreNotLabels() {
    String text = "Washington: a city.\n\nQUESTION: One.\n\nANSWER: Two.\n\nQUESTION: Three.";
    assertThat(SpeakerTurns.of(text)).extracting(Turn::speaker).containsExactly("QUESTION", "ANSWER", "QUESTION");
  }

  @Test
  void hostileInputEndsQuickly() {
    String hostile = "A".repeat(200_000) + " B".repeat(100_000);
    assertThat(SpeakerTurns.of(hostile + "\n\n" + hostile)).isEmpty();
  }
}
