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
    // Paragraphs as ranges of the text, matched in place: most texts are not transcripts, and
    // for them nothing is copied.
    int[] bounds = paragraphBounds(text);
    int count = bounds.length / 2;
    Matcher m = LABEL.matcher(text);
    Set<String> distinct = new HashSet<>();
    int labelled = 0;
    // Each paragraph's label and where it ends, kept for the second pass (null: no label).
    String[] labels = null;
    int[] labelEnds = null;
    for (int k = 0; k < count; k++) {
      String speaker = label(text, m, bounds[2 * k], bounds[2 * k + 1]);
      if (speaker != null) {
        if (labels == null) {
          labels = new String[count];
          labelEnds = new int[count];
        }
        labels[k] = speaker;
        labelEnds[k] = m.end();
        distinct.add(speaker);
        labelled++;
      }
    }
    if (labelled < MIN_LABELLED || distinct.size() < MIN_SPEAKERS) {
      return List.of();
    }
    List<Turn> turns = new ArrayList<>(labelled);
    String speaker = null;
    StringBuilder body = null;
    for (int k = 0; k < count; k++) {
      int from = bounds[2 * k];
      int to = bounds[2 * k + 1];
      String next = labels[k];
      if (next != null) {
        if (speaker != null) {
          turns.add(new Turn(speaker, body.toString()));
        }
        speaker = next;
        body = new StringBuilder(text.substring(labelEnds[k], to).strip());
      } else if (body != null) {
        if (body.length() > 0) {
          body.append("\n\n");
        }
        body.append(text.substring(from, to).strip());
      }
    }
    turns.add(new Turn(speaker, body.toString()));
    return turns;
  }

  /** The speaker label that starts the paragraph {@code [from, to)}, or null; {@code m} then holds the match. */
  private static String label(String text, Matcher m, int from, int to) {
    if (!mayStartLabel(text, from, to)) {
      return null; // most paragraphs: "The …", "In a …", never a label, known without the regex
    }
    m.region(from, to); // anchoring bounds: ^ and $ match at the paragraph's ends, as on a copy of it
    if (m.lookingAt()) { // anchored: lookingAt never scans the paragraph
      String speaker = m.group(1);
      if (hasLetters(speaker)) {
        return speaker;
      }
    }
    return null;
  }

  /**
   * Whether the paragraph {@code [from, to)} can start with a {@link #LABEL}: its first char is a
   * capital and the one after it can follow the label's first letter (a capital, a dot, an
   * apostrophe, a hyphen, a space or the colon). A surrogate is left to the regex, which reads
   * code points.
   */
  private static boolean mayStartLabel(String t, int from, int to) {
    if (from >= to) {
      return false;
    }
    char first = t.charAt(from);
    if (Character.isSurrogate(first)) {
      return true;
    }
    if (Character.getType(first) != Character.UPPERCASE_LETTER) {
      return false;
    }
    if (from + 1 == to) {
      return false; // a capital alone: no colon follows
    }
    char second = t.charAt(from + 1);
    return Character.isSurrogate(second)
        || Character.getType(second) == Character.UPPERCASE_LETTER
        || second == '.' || second == '\'' || second == '\u2019' || second == '-' || second == ' ' || second == ':';
  }

  /** The paragraphs of {@code text.split("\n\n", -1)} as start and end offsets, in pairs. */
  private static int[] paragraphBounds(String text) {
    int[] out = new int[16];
    int n = 0;
    int from = 0;
    int at;
    while (true) {
      at = text.indexOf("\n\n", from);
      if (n + 2 > out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      out[n++] = from;
      out[n++] = at < 0 ? text.length() : at;
      if (at < 0) {
        return java.util.Arrays.copyOf(out, n);
      }
      from = at + 2;
    }
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
