package io.corpus.clean.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.model.Turn;
import org.junit.jupiter.api.Test;

class SpeakerTurnsTest {

  @Test
  void aLabelMayCarryItsSpeakersRoleInCapitals() {
    String text = "JAKE TAPPER, CNN ANCHOR: Hello. Joining me now is the secretary.\n\n"
        + "ANTONY BLINKEN, U.S. SECRETARY OF STATE: Good to be with you.\n\n"
        + "TAPPER: Is Russia going to invade?\n\n"
        + "BLINKEN: We don't know.";
    assertThat(SpeakerTurns.of(text)).extracting(io.corpus.model.Turn::speaker)
        .containsExactly("JAKE TAPPER, CNN ANCHOR", "ANTONY BLINKEN, U.S. SECRETARY OF STATE", "TAPPER", "BLINKEN");
    // A sentence in capitals with a comma is no label: "WASHINGTON, D.C. (AP) — …" has no colon after it.
    assertThat(SpeakerTurns.of("WASHINGTON, D.C. — The senate met.\n\nIt was late.")).isEmpty();
  }

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

  /**
   * Paragraphs are matched in place and by hand: on random texts of labels, label look-alikes,
   * parentheticals, colons at the end, blank paragraphs, stray line breaks and labels at and past
   * each bound, the turns equal those of the plain way (split into paragraph strings, match each
   * with the label regex).
   */
  @Test
  void matchingInPlaceGivesWhatMatchingEachParagraphCopyGives() {
    String[] pieces = {"QUESTION: Hello.", "SECRETARY BLINKEN: Good morning.", "MR. PRICE (R-LA): Yes.", "Q:", "MS. O’NEIL:",
      "More from him.", "NOTE: updated", "Mixed case: no", "A:", "", " ", "SEN. DOE (R-LA):\nnext line", "QUESTION:  two spaces",
      "1999: a year", "U.S.: country", "ALL CAPS WITHOUT COLON", "(R-LA): x", "QUESTION: ends\n",
      // Every kind of char that can follow a label's first letter, and some that cannot.
      "A B: short", "X-RAY: yes", "D'ARCY: ok", "O’NEIL: hi", "ÉLODIE: oui", "\uD835\uDC01OLD: x", "Q", "Qx: no", "Q :no",
      // The label's bounds: 31 and 32 chars in a word, six and seven words, 40 and 41 chars in
      // parentheses (an astral char counts once), and what may follow the colon at the end.
      "A" + "B".repeat(30) + ": at the bound", "A" + "B".repeat(31) + ": past it", "A B C D E F: six", "A B C D E F G: seven",
      "MR. X (" + "a".repeat(40) + "): yes", "MR. X (" + "a".repeat(41) + "): no", "MR. X (" + "\uD83D\uDE00".repeat(40) + "): yes",
      "Q (): no", "Q ((x)): no", "Q  (x): no", "Q (a\nb): no", "Q (x) : no", "Q (x)", "DR. (X): yes", "A-: dash", ".A: no",
      "Q:\r", "Q:\r\n", "Q:\u2028", "Q:\u0085", "Q:\u2029x", "Q:x", "Q\uD800: lone", "\uD835\uDC01\uD835\uDC01: astral",
      "Q \uD835\uDC01: astral word", "Q\u2019S: yes", "Q: "};
    java.util.Random random = new java.util.Random(11);
    int transcripts = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(10);
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          sb.append(random.nextInt(8) == 0 ? "\n" : random.nextInt(10) == 0 ? "\n\n\n" : "\n\n");
        }
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      java.util.List<Turn> expected = byCopies(text);
      assertThat(SpeakerTurns.of(text)).as(text).isEqualTo(expected);
      transcripts += expected.isEmpty() ? 0 : 1;
    }
    assertThat(transcripts).isGreaterThan(500);
  }

  private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
      "^(\\p{Lu}[\\p{Lu}.'’\\-]{0,30}(?: \\p{Lu}[\\p{Lu}.'’\\-]{0,30}){0,5}(?: \\([^()\\n]{1,40}\\))?):(?: |$)");

  private static java.util.List<Turn> byCopies(String text) {
    java.util.List<String> speakers = new java.util.ArrayList<>();
    java.util.List<StringBuilder> bodies = new java.util.ArrayList<>();
    java.util.Set<String> distinct = new java.util.HashSet<>();
    for (String p : text.split("\n\n", -1)) {
      java.util.regex.Matcher m = LABEL.matcher(p);
      if (m.lookingAt() && m.group(1).chars().anyMatch(Character::isLetter)) {
        speakers.add(m.group(1));
        bodies.add(new StringBuilder(p.substring(m.end()).strip()));
        distinct.add(m.group(1));
      } else if (!bodies.isEmpty()) {
        StringBuilder body = bodies.get(bodies.size() - 1);
        if (body.length() > 0) {
          body.append("\n\n");
        }
        body.append(p.strip());
      }
    }
    boolean exchange = speakers.size() == 2 && distinct.size() == 2
        && (isQuestion(speakers.get(0)) && isAnswer(speakers.get(1)) || isQuestion(speakers.get(1)) && isAnswer(speakers.get(0)));
    if ((speakers.size() < 3 || distinct.size() < 2) && !exchange) {
      return java.util.List.of();
    }
    java.util.List<Turn> turns = new java.util.ArrayList<>();
    for (int i = 0; i < speakers.size(); i++) {
      turns.add(new Turn(speakers.get(i), bodies.get(i).toString()));
    }
    return turns;
  }

  /** The model's question-and-answer pair: a question label, then a title and a name (or the other way). */
  private static boolean isQuestion(String label) {
    return java.util.Set.of("QUESTION", "Q", "MODERATOR", "INTERVIEWER", "HOST", "REPORTER", "JOURNALIST", "PARTICIPANT")
        .contains(label);
  }

  private static boolean isAnswer(String label) {
    return label.matches("(SECRETARY|MR\\.|MS\\.|MRS\\.|DR\\.|THE|PRESIDENT|AMBASSADOR|SENATOR|SEN\\.|GENERAL|GEN\\.|ADMIRAL|ADM\\."
        + "|GOVERNOR|GOV\\.|MINISTER|PRIME|DEPUTY|UNDER|ASSISTANT|SPOKESPERSON|SPOKESMAN|CHAIRMAN|CHAIR|DIRECTOR|ADMINISTRATOR"
        + "|COMMISSIONER|MAYOR) \\p{L}.*");
  }

  @Test
  void aTurnsTextIsItsParagraphsStrippedAndJoinedWithBlankLines() {
    String text = "Q: \n\nA: One.\n\nQ:\n\n  Two.  \n\n \u2003\n\nA:  Three. \n\nmore \t";
    assertThat(SpeakerTurns.of(text))
        .containsExactly(
            new Turn("Q", ""),
            new Turn("A", "One."),
            new Turn("Q", "Two.\n\n"),
            new Turn("A", "Three.\n\nmore"));
  }

  /**
   * Random transcripts (labelled and unlabelled paragraphs, empty and blank ones, blanks around
   * each): every turn's text is its paragraphs stripped and appended one by one, each after a blank
   * line when the text so far is not empty.
   */
  @Test
  void turnsJoinTheirParagraphsAsAppendingThemOneByOneDoes() {
    java.util.Random random = new java.util.Random(29);
    String[] speakers = {"Q", "MR. PRICE", "SECRETARY BLINKEN"};
    String[] bodies = {"", " ", "\t", "one.", "two words", " padded \u2003", "\u201Cquoted\u201D", "x"};
    for (int round = 0; round < 3_000; round++) {
      java.util.List<String> paragraphs = new java.util.ArrayList<>();
      java.util.List<Turn> expected = new java.util.ArrayList<>();
      StringBuilder body = null;
      String speaker = null;
      int paragraphCount = 3 + random.nextInt(10);
      for (int k = 0; k < paragraphCount; k++) {
        String b = bodies[random.nextInt(bodies.length)];
        boolean labelled = k < 3 || random.nextInt(3) == 0;
        if (labelled) {
          if (speaker != null) {
            expected.add(new Turn(speaker, body.toString()));
          }
          speaker = speakers[k < 2 ? k : random.nextInt(speakers.length)];
          paragraphs.add(speaker + ": " + b);
          body = new StringBuilder(b.strip());
        } else {
          String p = b.isEmpty() || b.startsWith(" ") || b.startsWith("\t") ? b : "and " + b;
          paragraphs.add(p);
          if (body.length() > 0) {
            body.append("\n\n");
          }
          body.append(p.strip());
        }
      }
      expected.add(new Turn(speaker, body.toString()));
      String text = String.join("\n\n", paragraphs);
      assertThat(SpeakerTurns.of(text)).as("'%s'", text).isEqualTo(expected);
    }
  }

  // --- round 2: more label shapes -----------------------------------------------------------

  @Test
  void revLabelLinesStartTurnsOnTheLinesBelow() {
    String text = "Jen Psaki: (12:31)\nGood afternoon.\n\nSpeaker 2: (12:58)\nJen, a question?\n\nJen Psaki: (1:13:04)\n\n"
        + "No call to preview.";
    assertThat(SpeakerTurns.of(text))
        .containsExactly(new Turn("Jen Psaki", "Good afternoon."), new Turn("Speaker 2", "Jen, a question?"),
            new Turn("Jen Psaki", "No call to preview."));
    assertThat(SpeakerTurns.startsWithLabel("Jen Psaki: (12:31)")).isTrue();
    assertThat(SpeakerTurns.startsWithLabel("Jen Psaki: (a note)")).isFalse();
  }

  @Test
  void aBareQCountsWhenASpeakerSpeaksTwice() {
    String text = "MS. PSAKI: Hi, everyone.\n\nQ Jen, on the verdict?\n\nMS. PSAKI: He will speak for himself.\n\n"
        + "Q \u201CAnd the turkey?\u201D\n\nMS. PSAKI: He is. (Laughter.)\n\nEND 1:22 P.M. EST";
    assertThat(SpeakerTurns.of(text))
        .containsExactly(new Turn("MS. PSAKI", "Hi, everyone."), new Turn("Q", "Jen, on the verdict?"),
            new Turn("MS. PSAKI", "He will speak for himself."), new Turn("Q", "\u201CAnd the turkey?\u201D"),
            new Turn("MS. PSAKI", "He is. (Laughter.)"));
  }

  @Test
  void aBareQWithoutARecurringSpeakerIsNoLabel() {
    assertThat(SpeakerTurns.of("Q Street will close on Saturday.\n\nNOTE: Parking is restricted.\n\nUPDATE: The parade is off."))
        .isEmpty();
  }

  @Test
  void mixedCaseLabelsCountWhenOneRecurs() {
    String text = "Chairman Brown: Come to order.\n\nSen. Warren: Do you agree?\n\nChair Powell: No, Senator.\n\n"
        + "Sen. Warren: Then I object.";
    assertThat(SpeakerTurns.of(text)).extracting(Turn::speaker)
        .containsExactly("Chairman Brown", "Sen. Warren", "Chair Powell", "Sen. Warren");
    assertThat(SpeakerTurns.of("Chairman Brown: Come to order.\n\nSen. Warren: Do you agree?\n\nChair Powell: No.")).isEmpty();
  }

  @Test
  void headingsWithAColonAreNoMixedCaseLabels() {
    String faq = "Editor's Note: Updated.\n\nKey Dates: March.\n\nEditor's Note: Again.\n\nWhat Happened: A vote.\n\n"
        + "Staff Writer: no.\n\nStaff Writer: still no.\n\nWashington Post: no.\n\nWashington Post: no.";
    assertThat(SpeakerTurns.of(faq)).isEmpty();
  }

  @Test
  void hearingLabelsWithASurnameInCapitalsAndAPeriod() {
    String text = "Chairman BROWN. The Committee will come to order.\n\nSenator VAN HOLLEN. Thank you.\n\n"
        + "Mr. POWELL. Thank you, Senator.\n\nThe CHAIRMAN. Thank you.";
    assertThat(SpeakerTurns.of(text)).extracting(Turn::speaker)
        .containsExactly("Chairman BROWN", "Senator VAN HOLLEN", "Mr. POWELL", "The CHAIRMAN");
    assertThat(SpeakerTurns.of("Mr. Brown. He left.\n\nSenator X. No.\n\nThe US. Yes.\n\nThe UN. No.\n\nThe US. Again."))
        .isEmpty();
  }

  @Test
  void timestampsBeforeLabelsAndAloneAreNoTurnText() {
    String text = "[00:00:04] HOST: Welcome back.\n\n[00:00:12] FIONA HILL: Thanks.\n\n[00:12:31]\n\nHOST: Why?\n\n"
        + "[00:12:38]\n\nFIONA HILL: Because.\n\nAnd more.";
    assertThat(SpeakerTurns.of(text))
        .containsExactly(new Turn("HOST", "Welcome back."), new Turn("FIONA HILL", "Thanks."), new Turn("HOST", "Why?"),
            new Turn("FIONA HILL", "Because.\n\nAnd more."));
  }

  @Test
  void twoTurnsAreATranscriptOnlyAsAQuestionAndItsAnswer() {
    assertThat(SpeakerTurns.of("QUESTION: One?\n\nMore of it.\n\nSECRETARY BLINKEN: Yes.")).extracting(Turn::speaker)
        .containsExactly("QUESTION", "SECRETARY BLINKEN");
    assertThat(SpeakerTurns.of("NOTE: One.\n\nUPDATE: Two.")).isEmpty();
    assertThat(SpeakerTurns.of("SENATOR ROSEN: Why?\n\nMR. KAHL: Because.")).isEmpty();
    assertThat(SpeakerTurns.of("QUESTION: Why?\n\nDR. (X): Because.")).isEmpty();
  }

  @Test
  void hostileLabelLookAlikesEndQuickly() {
    String hostile = ("[00:00:0" + " Jen Psaki: (1".repeat(50) + "\n\nChairman " + "AB ".repeat(40) + "\n\nQ ").repeat(20_000);
    long start = System.nanoTime();
    assertThat(SpeakerTurns.of(hostile)).isEmpty();
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }
}
