package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.RawDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The newsroom's invitations and a holder-only copyright line at the end of a story go; prose like them stays. */
class TailInvitationsTest {

  private static final String BODY = "Several states have tried to lower costs by raising subsidy rates or funding new slots"
      + " directly, but advocates say supply remains the core problem, and waiting lists have grown in most counties.";

  private static String clean(String raw) {
    return Cleaner.standard().clean(RawDocument.text("t.txt", raw)).text();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Have a question about the data? Email datadesk@civicdata.org",
        "Have a community announcement? Email news@millbrookcourier.com",
        "Have a story idea? Contact our newsroom at tips@example.org",
        "Have a news tip? Send it to tips@example.org",
        "Got a tip? Email us at tips@example.org",
        "Have an event you'd like us to list? Submit it here",
        "Get the biggest stories from Harrowgate straight to your inbox with our free newsletter",
        "Get all the latest news delivered to your inbox",
        "\u00A9 The Civic Data Desk",
        "\u00A9 Millbrook Courier Media Group",
      })
  void invitationsAndNoticesAtTheEndGo(String line) {
    assertThat(clean(BODY + "\n\n" + line)).isEqualTo(BODY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Have a question about the plan? Ask the mayor, residents told the council on Tuesday night.",
        "Get the kids to school on time, the principal told parents.",
        "Have a story idea in mind before you start, the workshop leader said.",
        "\u00A9 The Civic Data Desk found the same pattern in 2019.",
        "\u00a9 the authors",
      })
  void proseLikeThemStays(String line) {
    assertThat(clean(BODY + "\n\n" + line)).isEqualTo(BODY + "\n\n" + line);
  }
}
