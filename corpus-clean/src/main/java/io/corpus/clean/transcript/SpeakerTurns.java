package io.corpus.clean.transcript;

import io.corpus.model.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers the speaker turns of an interview or briefing transcript from clean text.
 *
 * <p>A paragraph that starts with a speaker label in capitals followed by a colon ({@code
 * "QUESTION:"}, {@code "SECRETARY BLINKEN:"}, {@code "MR. PRICE:"}, {@code "SEN. DOE (R-LA):"})
 * starts a turn; paragraphs without a label continue the turn before them. Text before the first
 * label belongs to no turn. A text counts as a transcript only with at least three labelled
 * paragraphs and two different speakers, so a lone {@code "NOTE:"} or {@code "UPDATE:"} paragraph
 * is not mistaken for one. Labels stay in the body text. Thread-safe and stateless.
 */
public final class SpeakerTurns {

  /**
   * One to six capitalized words (letters, dots, apostrophes, hyphens), an optional parenthetical,
   * then a colon. Each quantifier is bounded and the word classes exclude the separator, so the
   * match is linear.
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}.'’\\-]{0,30}(?: \\p{Lu}[\\p{Lu}.'’\\-]{0,30}){0,5}(?: \\([^()\\n]{1,40}\\))?):(?: |$)");

  private static final int MIN_LABELLED = 3;
  private static final int MIN_SPEAKERS = 2;

  private SpeakerTurns() {}

  /** The turns of {@code text}, or an empty list when it is not a transcript. */
  public static List<Turn> of(String text) {
    List<String> paragraphs = paragraphs(text);
    List<String> speakers = new ArrayList<>();
    List<StringBuilder> bodies = new ArrayList<>();
    Set<String> distinct = new HashSet<>();
    int labelled = 0;
    for (String p : paragraphs) {
      Matcher m = LABEL.matcher(p);
      if (m.lookingAt() && hasLetters(m.group(1))) { // anchored: lookingAt never scans the paragraph
        String speaker = m.group(1);
        speakers.add(speaker);
        bodies.add(new StringBuilder(p.substring(m.end()).strip()));
        distinct.add(speaker);
        labelled++;
      } else if (!bodies.isEmpty()) {
        StringBuilder body = bodies.get(bodies.size() - 1);
        if (body.length() > 0) {
          body.append("\n\n");
        }
        body.append(p.strip());
      }
    }
    if (labelled < MIN_LABELLED || distinct.size() < MIN_SPEAKERS) {
      return List.of();
    }
    List<Turn> turns = new ArrayList<>(speakers.size());
    for (int i = 0; i < speakers.size(); i++) {
      turns.add(new Turn(speakers.get(i), bodies.get(i).toString()));
    }
    return turns;
  }

  /** {@code text.split("\n\n", -1)} without the regex engine (this runs on every document). */
  private static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = text.indexOf("\n\n", from)) >= 0) {
      out.add(text.substring(from, at));
      from = at + 2;
    }
    out.add(text.substring(from));
    return out;
  }

  private static boolean hasLetters(String label) {
    int letters = 0;
    for (int i = 0; i < label.length(); i++) {
      if (Character.isLetter(label.charAt(i))) {
        letters++;
      }
    }
    return letters >= 1;
  }
}
