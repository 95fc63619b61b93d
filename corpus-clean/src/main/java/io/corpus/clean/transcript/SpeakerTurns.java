package io.corpus.clean.transcript;

import io.corpus.clean.internal.Literal;
import io.corpus.clean.internal.PersonNames;
import io.corpus.model.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Recovers the speaker turns of an interview, briefing, hearing or podcast transcript from clean
 * text.
 *
 * <p>A paragraph that starts with a speaker label starts a turn; paragraphs without a label
 * continue the turn before them. Text before the first label belongs to no turn. Labels stay in the
 * body text. The labels:
 *
 * <ul>
 *   <li>capitals and a colon: {@code "QUESTION:"}, {@code "SECRETARY BLINKEN:"}, {@code "MR. PRICE:"},
 *       {@code "SEN. DOE (R-LA):"};
 *   <li>Rev.com's {@code "Jen Psaki: (12:31)"} line, the turn's text on the lines below;
 *   <li>the Government Publishing Office's hearing style, a title and a surname in capitals and a
 *       period: {@code "Chairman BROWN. The Committee will come to order."}, {@code "Mr. POWELL. …"};
 *   <li>any of these after a timestamp: {@code "[00:12:31] HOST: …"}; a paragraph that is only a
 *       timestamp is part of no turn's text;
 *   <li>weaker, and only when the text is a transcript by its other labels or by their recurrence: a
 *       mixed-case name or title and name with a colon ({@code "Sen. Warren:"}, {@code "Chair
 *       Powell:"}), which counts only when one such label recurs, and the White House's {@code "Q"}
 *       without a colon ({@code "Q Jen, on the verdict…"}), which counts only when some speaker
 *       speaks twice.
 * </ul>
 *
 * <p>A text counts as a transcript with at least three labelled paragraphs and two different
 * speakers, or with exactly two turns that are a question and its answer ({@code "QUESTION:"} then
 * {@code "SECRETARY BLINKEN:"}); so a lone {@code "NOTE:"} or {@code "UPDATE:"} paragraph, or one
 * {@code "Editor's Note:"}, is not mistaken for one. Thread-safe and stateless; one bounded look at
 * the start of each paragraph.
 */
public final class SpeakerTurns {

  /**
   * One to six capitalized words (letters, dots, apostrophes, hyphens), an optional parenthetical,
   * then a colon and a space or the paragraph's end: {@code
   * ^(\p{Lu}[\p{Lu}.'’\-]{0,30}(?: \p{Lu}[\p{Lu}.'’\-]{0,30}){0,5}(?: \([^()\n]{1,40}\))?):(?: |$)}, as
   * {@link java.util.regex.Pattern} reads it (code points; {@code $} also before one final line
   * terminator). Matched by hand, not by the regex: it is tried on every paragraph of every
   * document. No part of it can backtrack into a shorter match that succeeds (a word ends only
   * where a space, a parenthesis or the colon must follow), so one left-to-right read decides.
   */
  private static final int MAX_WORDS = 6;
  private static final int MAX_WORD_TAIL = 30;
  /** The most words a role after a label's name may have ("UNDER SECRETARY OF STATE FOR POLITICAL AFFAIRS"). */
  private static final int MAX_ROLE_WORDS = 9;
  private static final int MAX_PARENTHETICAL = 40;

  private static final int MIN_LABELLED = 3;
  private static final int MIN_SPEAKERS = 2;

  private static final Literal PARAGRAPH_BREAK = new Literal("\n\n", 0);

  private SpeakerTurns() {}

  /** What starts a paragraph: no label, a strong label, a weak one, or a timestamp alone. */
  private static final byte NONE = 0;
  private static final byte STRONG = 1;
  private static final byte MIXED = 2;
  private static final byte BARE_Q = 3;
  private static final byte TIMESTAMP_ONLY = 4;
  /** The White House's closing {@code "END 1:22 P.M. EST"}: it ends the last turn and starts none. */
  private static final byte END = 5;

  /** A label found at a paragraph's start: its kind, the speaker, and where the turn's text starts. */
  private record Label(byte kind, String speaker, int textStart) {}

  /** The turns of {@code text}, or an empty list when it is not a transcript. */
  public static List<Turn> of(String text) {
    // Paragraphs as ranges of the text, matched in place: most texts are not transcripts, and
    // for them nothing is copied.
    int[] bounds = paragraphBounds(text);
    int count = bounds.length / 2;
    // Each paragraph's label, kept for the second pass (null: no label).
    Label[] labels = null;
    int colon = -2; // the next ':' at or after the paragraph's start (-1: none is left)
    for (int k = 0; k < count; k++) {
      int from = bounds[2 * k];
      if (colon != -1 && colon < from) {
        colon = text.indexOf(':', from);
      }
      // Most paragraphs have no ':' near their start: only the labels without one are looked for.
      boolean colonSoon = colon >= 0 && colon < Math.min(bounds[2 * k + 1], from + MAX_COLON_AT);
      Label l = label(text, from, bounds[2 * k + 1], colonSoon);
      if (l != null) {
        if (labels == null) {
          labels = new Label[count];
        }
        labels[k] = l;
      }
    }
    if (labels == null || !accept(labels)) {
      return List.of();
    }
    List<Turn> turns = new ArrayList<>();
    String speaker = null;
    // The current turn's paragraphs as stripped {start, end} ranges of the text: its text is made
    // once the turn ends, in one array of its exact length.
    int[] parts = new int[8];
    int partCount = 0;
    for (int k = 0; k < count; k++) {
      int from = bounds[2 * k];
      int to = bounds[2 * k + 1];
      Label next = labels[k];
      if (next != null && next.kind() == TIMESTAMP_ONLY) {
        continue;
      }
      if (next != null && next.kind() == END) {
        if (speaker != null) {
          turns.add(new Turn(speaker, joined(text, parts, partCount)));
        }
        speaker = null;
        partCount = 0;
        continue;
      }
      if (next != null && next.kind() != NONE) {
        if (speaker != null) {
          turns.add(new Turn(speaker, joined(text, parts, partCount)));
        }
        speaker = next.speaker();
        partCount = 0;
        from = next.textStart();
      } else if (speaker == null) {
        continue; // before the first label
      }
      if (2 * partCount + 2 > parts.length) {
        parts = java.util.Arrays.copyOf(parts, parts.length * 2);
      }
      parts[2 * partCount] = strippedStart(text, from, to);
      parts[2 * partCount + 1] = strippedEnd(text, parts[2 * partCount], to);
      partCount++;
    }
    if (speaker != null) {
      turns.add(new Turn(speaker, joined(text, parts, partCount)));
    }
    return turns;
  }

  /**
   * Decides which labels count, demoting the others to {@link #NONE} in place, and whether the
   * text is a transcript: mixed-case labels count when one of them recurs, a bare {@code "Q"} when
   * a speaker of the counted labels speaks twice.
   */
  private static boolean accept(Label[] labels) {
    Map<String, Integer> mixed = new HashMap<>();
    Map<String, Integer> strong = new HashMap<>();
    for (Label l : labels) {
      if (l != null && l.kind() == MIXED) {
        mixed.merge(l.speaker(), 1, Integer::sum);
      } else if (l != null && l.kind() == STRONG) {
        strong.merge(l.speaker(), 1, Integer::sum);
      }
    }
    boolean mixedCounts = mixed.values().stream().anyMatch(n -> n >= 2);
    if (mixedCounts) {
      mixed.forEach((k, v) -> strong.merge(k, v, Integer::sum));
    }
    boolean bareQCounts = strong.values().stream().anyMatch(n -> n >= 2);
    Set<String> distinct = new HashSet<>();
    List<Label> counted = new ArrayList<>();
    for (int k = 0; k < labels.length; k++) {
      Label l = labels[k];
      if (l == null || l.kind() == TIMESTAMP_ONLY || l.kind() == END) {
        continue;
      }
      if (l.kind() == MIXED && !mixedCounts || l.kind() == BARE_Q && !bareQCounts) {
        labels[k] = null;
        continue;
      }
      distinct.add(l.speaker());
      counted.add(l);
    }
    if (counted.size() >= MIN_LABELLED && distinct.size() >= MIN_SPEAKERS) {
      return true;
    }
    return counted.size() == 2 && distinct.size() == 2 && isExchange(counted.get(0).speaker(), counted.get(1).speaker());
  }

  private static final Set<String> QUESTION_LABELS =
      Set.of("QUESTION", "Q", "MODERATOR", "INTERVIEWER", "HOST", "REPORTER", "JOURNALIST", "PARTICIPANT");
  /** First words of an answering official's label: {@code SECRETARY BLINKEN}, {@code MR. PRICE}, {@code THE PRESIDENT}. */
  private static final Set<String> ANSWER_TITLES =
      Set.of("SECRETARY", "MR.", "MS.", "MRS.", "DR.", "THE", "PRESIDENT", "AMBASSADOR", "SENATOR", "SEN.", "GENERAL",
          "GEN.", "ADMIRAL", "ADM.", "GOVERNOR", "GOV.", "MINISTER", "PRIME", "DEPUTY", "UNDER", "ASSISTANT", "SPOKESPERSON",
          "SPOKESMAN", "CHAIRMAN", "CHAIR", "DIRECTOR", "ADMINISTRATOR", "COMMISSIONER", "MAYOR");

  /**
   * Two turns make a transcript only as a question and its answer in the labels official
   * transcripts use: {@code "QUESTION:"} and {@code "SECRETARY BLINKEN:"}, in either order.
   */
  private static boolean isExchange(String a, String b) {
    return QUESTION_LABELS.contains(a) && isAnswerLabel(b) || QUESTION_LABELS.contains(b) && isAnswerLabel(a);
  }

  private static boolean isAnswerLabel(String label) {
    int space = label.indexOf(' ');
    return space > 0 && space + 1 < label.length() && Character.isLetter(label.codePointAt(space + 1))
        && ANSWER_TITLES.contains(label.substring(0, space));
  }

  /** The label that starts paragraph {@code [from, to)}, or null. */
  /** How far into a paragraph a label's ':' may stand (Rev's "Name: (00:12)" and a name with a long role included). */
  private static final int MAX_COLON_AT = 160;

  private static @Nullable Label label(String t, int from, int to, boolean colonSoon) {
    if (from >= to) {
      return null;
    }
    int at = from;
    boolean timestamped = false;
    char c0 = t.charAt(from);
    if (c0 == '[' || c0 == '(') {
      int end = timestampEnd(t, from, to, c0 == '[' ? ']' : ')');
      if (end < 0) {
        return null;
      }
      if (strippedStart(t, end, to) == to) {
        return new Label(TIMESTAMP_ONLY, "", to);
      }
      if (end + 1 >= to || t.charAt(end) != ' ') {
        return null;
      }
      at = end + 1;
      timestamped = true;
    }
    if (!timestamped && isEnd(t, from, to)) {
      return new Label(END, "", to);
    }
    int colon = colonSoon && mayStartLabel(t, at, to) ? labelColon(t, at, to) : -1;
    if (colon >= 0) {
      String speaker = t.substring(at, colon);
      if (!hasLetters(speaker)) {
        return null;
      }
      return new Label(STRONG, speaker, colon + 1 < to && t.charAt(colon + 1) == ' ' ? colon + 2 : colon + 1);
    }
    char first = t.charAt(at);
    if (!Character.isUpperCase(first)) {
      return null;
    }
    Label rev = colonSoon ? revLabel(t, at, to) : null;
    if (rev != null) {
      return rev;
    }
    Label gpo = gpoLabel(t, at, to);
    if (gpo != null) {
      return gpo;
    }
    Label mixed = colonSoon ? mixedLabel(t, at, to) : null;
    if (mixed != null) {
      return timestamped ? new Label(STRONG, mixed.speaker(), mixed.textStart()) : mixed;
    }
    if (!timestamped && first == 'Q' && at + 2 < to && t.charAt(at + 1) == ' ') {
      char next = t.charAt(at + 2);
      if (Character.isUpperCase(next) || next == '"' || next == '\u201C' || next == '\'' || next == '\u2018') {
        return new Label(BARE_Q, "Q", at + 2);
      }
    }
    return null;
  }

  /** {@code "END"} alone or before a time ({@code "END 1:22 P.M. EST"}): the paragraph is the whole of it. */
  private static boolean isEnd(String t, int from, int to) {
    if (to - from < 3 || to - from > 40 || !t.startsWith("END", from)) {
      return false;
    }
    int i = strippedStart(t, from + 3, to);
    return i == to || i > from + 3 && Character.isDigit(t.charAt(i));
  }

  /**
   * Whether {@code line} starts with a speaker label of a strong kind (capitals and a colon, Rev's
   * {@code "Name: (12:31)"}, a hearing's {@code "Chairman BROWN."}, any of them after a timestamp):
   * such a line is never a headline.
   */
  public static boolean startsWithLabel(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return false;
    }
    Label l = label(s, 0, s.length(), true);
    return l != null && l.kind() == STRONG;
  }

  /**
   * Where a timestamp that starts at {@code from} ends, after its closing bracket: {@code "[12:31]"},
   * {@code "[00:12:31]"}, {@code "(1:02:03)"}; or -1.
   */
  private static int timestampEnd(String t, int from, int to, char close) {
    int i = from + 1;
    int groups = 0;
    while (groups < 3) {
      int digits = 0;
      while (i < to && digits < 2 && Character.isDigit(t.charAt(i))) {
        i++;
        digits++;
      }
      if (digits == 0 || groups > 0 && digits != 2) {
        return -1;
      }
      groups++;
      if (i < to && t.charAt(i) == ':' && groups < 3) {
        i++;
        continue;
      }
      break;
    }
    if (groups < 2 || i >= to || t.charAt(i) != close) {
      return -1;
    }
    return i + 1;
  }

  /**
   * Rev.com's label line: one to five words, each starting with a capital or a digit ({@code "Jen
   * Psaki"}, {@code "Speaker 2"}), then {@code ": ("}, a timestamp and {@code ")"} at the line's
   * end. The turn's text starts on the next line.
   */
  private static @Nullable Label revLabel(String t, int from, int to) {
    int limit = Math.min(to, from + 80);
    int i = from;
    int words = 1;
    while (i < limit && t.charAt(i) != ':') {
      char c = t.charAt(i);
      if (c == '\n') {
        return null;
      }
      if (c == ' ') {
        if (++words > 5 || i + 1 >= limit || !Character.isLetterOrDigit(t.charAt(i + 1))
            || Character.isLowerCase(t.charAt(i + 1))) {
          return null;
        }
      }
      i++;
    }
    if (i >= limit || i + 2 >= to || t.charAt(i + 1) != ' ' || t.charAt(i + 2) != '(') {
      return null;
    }
    int end = timestampEnd(t, i + 2, to, ')');
    if (end < 0) {
      return null;
    }
    if (end < to && t.charAt(end) != '\n' && t.charAt(end) != ' ') {
      return null;
    }
    String speaker = t.substring(from, i);
    return hasLetters(speaker) ? new Label(STRONG, speaker, end) : null;
  }

  /** Titles before a surname in capitals in the Government Publishing Office's hearing transcripts. */
  private static final String[] GPO_TITLES = {
    "Chairman", "Chairwoman", "Chair", "Senator", "Representative", "Mr.", "Mrs.", "Ms.", "Dr.", "Secretary", "General",
    "Admiral", "Ambassador", "Governor", "Judge", "Commissioner", "Director", "Administrator", "The"
  };

  /**
   * {@code "Chairman BROWN. The Committee …"}, {@code "Mr. POWELL. Thank you …"}, {@code "The
   * CHAIRMAN. …"}: a title, one to three words in capitals (two letters at least), a period, then a
   * space or the paragraph's end.
   */
  private static @Nullable Label gpoLabel(String t, int from, int to) {
    for (String title : GPO_TITLES) {
      int at = from + title.length();
      if (at + 3 >= to || !t.startsWith(title, from) || t.charAt(at) != ' ') {
        continue;
      }
      int i = at + 1;
      for (int word = 0; word < 3; word++) {
        int letters = 0;
        while (i < to && i - at < 60) {
          char c = t.charAt(i);
          if (Character.isUpperCase(c)) {
            letters++;
          } else if (!(c == '-' || c == '\'' || c == '\u2019') || letters == 0) {
            break;
          }
          i++;
        }
        if (letters < 2) {
          return null;
        }
        if (i + 1 < to && t.charAt(i) == ' ' && Character.isUpperCase(t.charAt(i + 1)) && word < 2
            && i + 2 < to && Character.isUpperCase(t.charAt(i + 2))) {
          i++;
          continue;
        }
        break;
      }
      if (i >= to || t.charAt(i) != '.' || !(i + 1 == to || t.charAt(i + 1) == ' ')) {
        return null;
      }
      if (title.equals("The") && !THE_ROLES.contains(t.substring(at + 1, i))) {
        return null; // "The US. …", "The UN. …": a sentence, not "The CHAIRMAN."
      }
      return new Label(STRONG, t.substring(from, i), Math.min(to, i + 2));
    }
    return null;
  }

  /** What may follow "The" in a hearing label: {@code "The CHAIRMAN."}, {@code "The CLERK."}. */
  private static final Set<String> THE_ROLES =
      Set.of("CHAIRMAN", "CHAIRWOMAN", "CHAIR", "PRESIDENT", "CLERK", "SPEAKER", "WITNESS", "INTERPRETER", "PRESIDING OFFICER",
          "VICE CHAIRMAN", "ACTING CHAIRMAN", "SECRETARY");

  /** Titles a mixed-case label may start with: {@code "Sen. Warren"}, {@code "Chair Powell"}. */
  private static final Set<String> TITLES =
      Set.of("sen", "senator", "rep", "representative", "chair", "chairman", "chairwoman", "secretary", "president",
          "mr", "mrs", "ms", "dr", "gov", "governor", "ambassador", "gen", "general", "adm", "admiral", "judge", "justice",
          "prof", "professor", "speaker", "leader", "minister", "commissioner", "director", "mayor", "lt", "col", "capt",
          "maj", "sgt", "rev", "deputy", "vice", "prime", "administrator", "spokesperson");
  /** Words that make a capitalized opening a heading, not a speaker: {@code "Editor's Note:"}. */
  private static final Set<String> NOT_SPEAKER =
      Set.of("note", "update", "updated", "correction", "clarification", "source", "sources", "photo", "credit", "related",
          "read", "watch", "listen", "editor's", "editor\u2019s", "disclaimer", "warning", "summary", "background",
          "question", "questions", "answer", "answers", "key", "bottom", "what", "why", "how", "who", "when", "where");

  /**
   * A mixed-case label: a title and one to three name words, or a person name of two to four
   * words, then a colon and a space or the paragraph's end. Looked for only in the first 60 chars.
   */
  private static @Nullable Label mixedLabel(String t, int from, int to) {
    int limit = Math.min(to, from + 60);
    int colon = -1;
    int spaces = 0;
    for (int i = from + 1; i < limit; i++) {
      char c = t.charAt(i);
      if (c == ':') {
        colon = i;
        break;
      }
      if (c == ' ' && ++spaces > 3) {
        return null; // a label is two to four words: most paragraphs stop here
      }
      if (!(Character.isLetter(c) || c == ' ' || c == '.' || c == '\'' || c == '\u2019' || c == '-')) {
        return null;
      }
    }
    if (colon < 0 || !(colon + 1 == to || t.charAt(colon + 1) == ' ' || t.charAt(colon + 1) == '\n')) {
      return null;
    }
    String speaker = t.substring(from, colon);
    String[] words = speaker.split(" ", -1);
    if (words.length < 2 || words.length > 4) {
      return null;
    }
    for (String w : words) {
      if (w.isEmpty() || NOT_SPEAKER.contains(w.toLowerCase(Locale.ROOT)) || PersonNames.isRoleOrNewsroomWord(w)) {
        return null;
      }
    }
    String title = words[0].endsWith(".") ? words[0].substring(0, words[0].length() - 1) : words[0];
    boolean named;
    if (TITLES.contains(title.toLowerCase(Locale.ROOT))) {
      named = true;
      for (int k = 1; k < words.length; k++) {
        named &= PersonNames.isNameWord(words[k]);
      }
    } else {
      named = PersonNames.isName(speaker);
    }
    return named ? new Label(MIXED, speaker, colon + 1 < to ? colon + 2 : colon + 1) : null;
  }

  /**
   * The ranges' text joined by blank lines, as appending each range to what is there, after a
   * blank line when what is there is not empty, makes it; one range is one substring.
   */
  private static String joined(String t, int[] parts, int count) {
    if (count == 1) {
      return t.substring(parts[0], parts[1]);
    }
    int length = 0;
    for (int p = 0; p < count; p++) {
      length += (length > 0 ? 2 : 0) + parts[2 * p + 1] - parts[2 * p];
    }
    char[] out = new char[length];
    int at = 0;
    for (int p = 0; p < count; p++) {
      if (at > 0) {
        out[at++] = '\n';
        out[at++] = '\n';
      }
      t.getChars(parts[2 * p], parts[2 * p + 1], out, at);
      at += parts[2 * p + 1] - parts[2 * p];
    }
    return new String(out);
  }

  /** Where {@code t.substring(from, to).strip()} starts in {@code t}. */
  private static int strippedStart(String t, int from, int to) {
    while (from < to && Character.isWhitespace(t.charAt(from))) {
      from++;
    }
    return from;
  }

  /** Where {@code t.substring(from, to).strip()} ends in {@code t}, {@code from} its start. */
  private static int strippedEnd(String t, int from, int to) {
    while (to > from && Character.isWhitespace(t.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /**
   * Where the colon of the label that starts {@code [from, to)} stands, or -1 when no label
   * starts it (see {@link #MAX_WORDS} for the shape).
   */
  private static int labelColon(String t, int from, int to) {
    int i = from;
    for (int word = 1; ; word++) {
      int first = codePointIn(t, i, to);
      if (first < 0 || !isUpper(first)) {
        return -1;
      }
      i += Character.charCount(first);
      for (int k = 0; k < MAX_WORD_TAIL; k++) {
        int c = codePointIn(t, i, to);
        if (c < 0 || !(isUpper(c) || c == '.' || c == '\'' || c == '\u2019' || c == '-')) {
          break;
        }
        i += Character.charCount(c);
      }
      if (word < MAX_WORDS && i + 1 < to && t.charAt(i) == ' ') {
        int next = codePointIn(t, i + 1, to);
        if (next >= 0 && isUpper(next)) {
          i++;
          continue;
        }
      }
      break;
    }
    // A role after the name, in capitals too, as TV and hearing transcripts write it: "JAKE TAPPER,
    // CNN ANCHOR:", "VICTORIA NULAND, UNDER SECRETARY OF STATE FOR POLITICAL AFFAIRS:".
    if (i + 2 < to && t.charAt(i) == ',' && t.charAt(i + 1) == ' ') {
      int j = i + 2;
      for (int word = 0; word < MAX_ROLE_WORDS; word++) {
        int wordStart = j;
        for (int k = 0; k < MAX_WORD_TAIL; k++) {
          int c = codePointIn(t, j, to);
          if (c < 0 || !(isUpper(c) || c == '.' || c == '\'' || c == '\u2019' || c == '-' || c == '&')) {
            break;
          }
          j += Character.charCount(c);
        }
        if (j == wordStart) {
          j = -1;
          break;
        }
        if (j + 1 < to && t.charAt(j) == ' ' && isUpper(t.codePointAt(j + 1))) {
          j++;
          continue;
        }
        break;
      }
      if (j > 0 && j < to && t.charAt(j) == ':') {
        i = j;
      }
    }
    if (i + 1 < to && t.charAt(i) == ' ' && t.charAt(i + 1) == '(') {
      int j = i + 2;
      int inside = 0;
      while (inside < MAX_PARENTHETICAL) {
        int c = codePointIn(t, j, to);
        if (c < 0 || c == '(' || c == ')' || c == '\n') {
          break;
        }
        j += Character.charCount(c);
        inside++;
      }
      if (inside == 0 || j >= to || t.charAt(j) != ')') {
        return -1;
      }
      i = j + 1;
    }
    if (i >= to || t.charAt(i) != ':') {
      return -1;
    }
    return i + 1 < to && t.charAt(i + 1) == ' ' || endsAt(t, i + 1, to) ? i : -1;
  }

  /**
   * The code point at {@code i}, or -1 at or past {@code to}. (A pair that {@code to} splits would
   * leave the read past {@code to}, which every caller then rejects: no label ends there.)
   */
  private static int codePointIn(String t, int i, int to) {
    return i < to ? t.codePointAt(i) : -1;
  }

  private static boolean isUpper(int codePoint) {
    return Character.getType(codePoint) == Character.UPPERCASE_LETTER;
  }

  /**
   * Whether a non-multiline {@code $} matches at {@code i} with the input ending at {@code to}: at
   * the end, or before one line terminator that ends the input.
   */
  private static boolean endsAt(String t, int i, int to) {
    if (i == to) {
      return true;
    }
    if (i == to - 2) {
      return t.charAt(i) == '\r' && t.charAt(i + 1) == '\n';
    }
    if (i == to - 1) {
      char c = t.charAt(i);
      return c == '\n' && t.charAt(i - 1) != '\r' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
    return false;
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
      at = PARAGRAPH_BREAK.in(text, from);
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
