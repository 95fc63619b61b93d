package io.corpus.clean.chrome;

import com.fasterxml.jackson.databind.JsonNode;
import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.CharsIgnoringCase;
import io.corpus.clean.internal.DataFiles;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import io.corpus.clean.meta.DateParser;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Removes the press-office contact lines at the end of press releases: a contact label ({@code
 * "Media contact:"}, {@code "Press Office"}, {@code "Investor Relations"}) and the name, role,
 * organisation, address, phone ({@code "+44 (0)20 7946 0000"}, {@code "Switchboard 0300 330
 * 3000"}) and email lines under it; a sentence that hands the reader to the press office and holds
 * an address or number ({@code "For media inquiries contact Laura Pike … on 0141 287 2720 or
 * laura.pike@…"}); the release's end mark ({@code "-ENDS-"}); PR Newswire's {@code "SOURCE Harlow
 * Biotech Inc."}.
 *
 * <p>Only in the tail zone (the last {@value #TAIL_LINES} lines) and only lines whose shape is
 * certain: a block under a label runs to its last phone, email, address or label line, or to the
 * end of the text when every line up to it is a short name or role line; it stops at the first
 * line that is prose or a heading such as {@code "About Harlow Biotech"} or {@code "Notes to
 * editors"}, which stay with the paragraphs after them. A police appeal with a phone number
 * ({@code "Anyone with information is asked to contact … on 101"}) starts with no label and
 * stays. Labels and openings are data ({@code press-contacts.yaml}). Stateless and thread-safe.
 *
 * <pre>{@code
 * // "…Borough Council.\n\n-ENDS-\n\nMedia contact:\nSarah Whitfield\n+44 (0)20 7946 0000\npress@example.co.uk"
 * //   -> "…Borough Council."
 * }</pre>
 */
public final class PressContactRemover implements CleanStep {

  public static final String ID = "chrome.press-contact";
  /** Contact lines are looked for in this many lines at the end of the text. */
  static final int TAIL_LINES = 40;
  /** A block under a label holds at most this many lines. */
  static final int MAX_BLOCK = 14;
  /** A contact line (name, role, phone, email, address) is at most this long. */
  static final int MAX_LINE = 160;
  /** A sentence that hands the reader to the press office is at most this long, in words. */
  static final int MAX_SENTENCE_WORDS = 45;

  private final Set<String> labels;
  private final List<String> sentences;
  /** The chars a contact sentence starts with, ignoring case. */
  private final CharsIgnoringCase sentenceFirstChars;
  private final Set<String> endMarks;

  /** The built-in labels and openings. */
  public PressContactRemover() {
    String where = "press-contacts.yaml";
    JsonNode root = DataFiles.read(PressContactRemover.class, where);
    Set<String> l = new HashSet<>();
    for (String s : DataFiles.strings(root, "labels", where)) {
      l.add(Prose.fold(s));
    }
    this.labels = Set.copyOf(l);
    this.sentences = DataFiles.strings(root, "sentences", where);
    this.sentenceFirstChars = CharsIgnoringCase.firstOf(sentences);
    this.endMarks = Set.copyOf(DataFiles.strings(root, "endMarks", where));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Press-office contact blocks at the end of press releases (\"Media contact:\", names, phone and email lines, \"-ENDS-\").";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  /** What a line of a contact block is. */
  enum Kind {
    NONE,
    /** A short name, role or organisation line: contact only between or after certain lines. */
    MEMBER,
    /** A label, phone, email, web address or street address: certainly contact. */
    CERTAIN
  }

  @Override
  public void apply(Draft draft) {
    TextLines lines = TextLines.of(draft.text());
    int n = lines.size();
    int from = Math.max(1, n - TAIL_LINES);
    for (int i = from; i < n; i++) {
      TextLines.Line line = lines.get(i);
      if (line.length() > 400 || line.length() > MAX_LINE && !sentenceFirstChars.mayMatch(line.first())) {
        continue; // a long line can only be a contact sentence: most paragraphs stop at their first char
      }
      String t = line.text();
      if ((isEndMark(t) || isContactSentence(t) || isSourceLine(t) || isIssueStamp(t)) && !TextLines.introducedByColon(lines.lines(), i)) {
        LineRemoval.removeLine(draft, lines, i, ID);
        continue;
      }
      LocalDate ended = endMarkDate(t);
      if (ended != null) {
        draft.publishedIfAbsent(ended); // "Ends/Thursday, March 13, 2025": the day the release was issued
        LineRemoval.removeLine(draft, lines, i, ID);
        continue;
      }
      if (line.length() > MAX_LINE || !isLabelLine(t) && !(i + 1 < n && isLabelWithMember(t) && kind(lines.get(i + 1)) == Kind.CERTAIN)) {
        continue; // ("Contact: Marcus Delaney, Press Secretary" goes over a phone or an address line)
      }
      int last = i;
      int j = i + 1;
      while (j < n && j - i <= MAX_BLOCK) {
        Kind k = kind(lines.get(j));
        if (k == Kind.NONE) {
          break;
        }
        if (k == Kind.CERTAIN) {
          last = j;
        }
        j++;
      }
      // Name and role lines go only before a certain line, or when nothing but they end the text.
      int end = j == n ? n : last + 1;
      if (end == i + 1 && j < n && isLabelAlone(t)) {
        continue; // a label alone before prose: unsure, it stays
      }
      LineRemoval.removeRun(draft, lines, i, end, ID);
      i = end - 1;
    }
  }

  private Kind kind(TextLines.Line line) {
    if (line.length() > MAX_LINE) {
      return Kind.NONE;
    }
    String t = line.text();
    if (io.corpus.clean.meta.SourceLineExtractor.publisherOf(t) != null || io.corpus.clean.meta.SourceLineExtractor.namesIssuer(t)) {
      return Kind.NONE; // "Source: Harborview Children's Hospital" names the publisher: the metadata step reads it
    }
    if (io.corpus.clean.meta.DateLineExtractor.isDateLine(t)) {
      return Kind.NONE; // "14.03.2024 | 12:47", a date and a time, reads as a phone number too
    }
    if (isLabelLine(t) || isPhoneLine(t) || isEmailLine(t) || isWebLine(t) || isContactRow(t)
        || SiteFooterRemover.isAddress(t) || isEndMark(t) || isSourceLine(t)) {
      return Kind.CERTAIN;
    }
    // A date line ends a block: the menu's "Contact" over "FOR IMMEDIATE RELEASE" and the date is
    // no contact's name, and the date is the date step's.
    return isMemberLine(t) && !io.corpus.clean.meta.DateLineExtractor.isDateLine(t) ? Kind.MEMBER : Kind.NONE;
  }

  /** A label alone ({@code "Media contact:"}) or with a contact value ({@code "Media: Jane Doe, +1 …"}). */
  boolean isLabelLine(String t) {
    return isLabelAlone(t) || isLabelWithValue(t);
  }

  private boolean isLabelAlone(String t) {
    if (t.length() > 60) {
      return false;
    }
    String s = t.endsWith(":") ? t.substring(0, t.length() - 1) : t;
    return labels.contains(Prose.fold(s));
  }

  private boolean isLabelWithValue(String t) {
    if (t.length() > MAX_LINE) {
      return false;
    }
    String rest = valueAfterLabel(t, true);
    if (rest == null) {
      return false;
    }
    String label = Prose.fold(t.substring(0, t.indexOf(':')));
    if (isContactRow(rest) || isPhoneLine(rest) || isEmailLine(rest) || isEmailAndPhone(rest)) {
      return true;
    }
    // A name alone after the label only when the label names the press ("Media contact: Jane
    // Doe"): "Contact: We lost contact at 3am" is a transcript's line.
    boolean press = label.contains("media") || label.contains("press") || label.contains("investor");
    return press && isMemberLine(rest);
  }

  /** A contact label and a name, maybe with a role, and nothing else: {@code "Contact: Marcus Delaney, Press Secretary"}. */
  private boolean isLabelWithMember(String t) {
    String rest = valueAfterLabel(t, false);
    return rest != null && isMemberLine(rest);
  }

  /**
   * What follows a contact label and its colon ({@code "Contact: …"}, and with {@code pressWords}
   * also {@code "Media: …"}, {@code "Press: …"}, {@code "Investors: …"}), or null when no label
   * starts the line or nothing follows it.
   */
  private @Nullable String valueAfterLabel(String t, boolean pressWords) {
    int colon = t.indexOf(':');
    if (colon <= 0 || colon > 50) {
      return null;
    }
    String label = Prose.fold(t.substring(0, colon));
    if (!labels.contains(label) && !(pressWords && (label.equals("media") || label.equals("press") || label.equals("investors")))) {
      return null;
    }
    String rest = t.substring(colon + 1).strip();
    return rest.isEmpty() ? null : rest;
  }

  /** {@code "-ENDS-"}, {@code "ENDS"}, {@code "- END -"}, {@code "– NPS –"}: an end mark in capitals, alone. */
  boolean isEndMark(String t) {
    if (isRnsEndCode(t)) {
      return true;
    }
    if (t.length() > 12) {
      return false;
    }
    int s = 0;
    int e = t.length();
    while (s < e && isDashOrBlank(t.charAt(s))) {
      s++;
    }
    while (e > s && (isDashOrBlank(t.charAt(e - 1)) || t.charAt(e - 1) == '.')) {
      e--;
    }
    if (endMarks.contains(t.substring(s, e))) {
      return true;
    }
    // An agency's initials between dashes, as the US National Park Service ends a release ("– NPS –",
    // "-USDA-"): dashes on both sides, two to five capitals.
    return s > 0 && e < t.length() && t.charAt(0) != ' ' && t.charAt(t.length() - 1) != ' ' && t.charAt(0) != '*'
        && e - s >= 2 && e - s <= 5 && Prose.isAgencyAcronym(t.substring(s, e));
  }

  /** {@code "END DRLFLFSRISIDLIS"}: a regulatory news service's end mark and its code in capitals. */
  static boolean isRnsEndCode(String t) {
    if (t.length() < 10 || t.length() > 20 || !t.startsWith("END ")) {
      return false;
    }
    for (int k = 4; k < t.length(); k++) {
      if (t.charAt(k) < 'A' || t.charAt(k) > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * The date of an end mark that carries one, as the Hong Kong government ends a release ({@code
   * "Ends/Thursday, March 13, 2025"}): null for any other line.
   */
  static @Nullable LocalDate endMarkDate(String t) {
    if (t.length() > 50 || !(t.startsWith("Ends/") || t.startsWith("ENDS/") || t.startsWith("End/") || t.startsWith("END/"))) {
      return null;
    }
    return DateParser.parse(t.substring(t.indexOf('/') + 1).strip()).orElse(null);
  }

  /** {@code "Issued at HKT 16:30"}: the release's issue time alone, maybe with its zone. */
  static boolean isIssueStamp(String t) {
    if (t.length() > 30 || !t.startsWith("Issued at ")) {
      return false;
    }
    String rest = t.substring(10);
    int sp = rest.indexOf(' ');
    if (sp > 0 && Prose.isAgencyAcronym(rest.substring(0, sp))) {
      rest = rest.substring(sp + 1); // the zone: "HKT"
    }
    return rest.length() >= 4 && rest.length() <= 8 && rest.chars().allMatch(c -> Character.isDigit(c) || c == ':' || c == '.')
        && (rest.indexOf(':') > 0 || rest.indexOf('.') > 0);
  }

  private static boolean isDashOrBlank(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == ' ' || c == '*';
  }

  /**
   * A sentence that hands the reader to the press office: it starts with an opening of {@code
   * sentences}, holds an email address or a phone number and is at most {@value
   * #MAX_SENTENCE_WORDS} words.
   */
  boolean isContactSentence(String t) {
    if (t.length() > 400 || t.isEmpty() || !sentenceFirstChars.mayMatch(t.charAt(0))) {
      return false;
    }
    for (String s : sentences) {
      if (Prose.afterLabel(t, s) >= 0) {
        // the words counted only here: most lines start with no sentence of the list
        return Prose.wordCount(t) <= MAX_SENTENCE_WORDS && (hasEmail(t) || hasPhone(t));
      }
    }
    return false;
  }

  /** PR Newswire's {@code "SOURCE Harlow Biotech Inc."}: "SOURCE" in capitals, then a short name. */
  static boolean isSourceLine(String t) {
    if (!t.startsWith("SOURCE ") || t.length() > 100) {
      return false;
    }
    String[] words = t.substring(7).strip().split(" ");
    if (words.length > 8 || words[0].isEmpty()) {
      return false;
    }
    for (String w : words) {
      if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0)) && !w.equals("&")
          && !w.equals("of") && !w.equals("and") && !w.equals("the") && !w.equals("for")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name, role or organisation line: at most 10 words and 80 chars, starting with a capital,
   * with no sentence end inside and no heading that opens the release's notes ({@code "About …"},
   * {@code "Notes to editors"}).
   */
  static boolean isMemberLine(String t) {
    if (t.length() > 80 || t.isEmpty() || Prose.wordCount(t) > 10 || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    if (t.startsWith("About ") || t.startsWith("ABOUT ") || t.startsWith("Notes ") || t.startsWith("NOTES ")
        || t.startsWith("Note ") || t.startsWith("Editor")) {
      return false;
    }
    String s = t;
    // "Harlow Biotech Inc." ends in an abbreviation's period, not a sentence's.
    for (String abbr : new String[] {" Inc.", " Ltd.", " Corp.", " Co.", " plc.", " LLC.", " Jr.", " Sr."}) {
      if (s.endsWith(abbr)) {
        s = s.substring(0, s.length() - 1);
      }
    }
    return !Prose.hasSentenceEnd(s) && !s.endsWith(":") && !s.endsWith(",");
  }

  /**
   * An email address and a phone number with only the columns' spaces between them, either way
   * round ({@code "media@ramint.example 02 6202 5555"}), as a flattened contact row prints them.
   */
  static boolean isEmailAndPhone(String t) {
    int first = t.indexOf(' ');
    int last = t.lastIndexOf(' ');
    if (first <= 0 || t.length() > 120) {
      return false;
    }
    return isEmailLine(t.substring(0, first)) && isPhoneLine(t.substring(first + 1).strip())
        || isEmailLine(t.substring(last + 1)) && isPhoneLine(t.substring(0, last).strip());
  }

  /** Parts separated by {@code ", "}, {@code " | "} or {@code " / "}: names, phones and emails, one phone or email at least. */
  static boolean isContactRow(String t) {
    if (t.length() > MAX_LINE) {
      return false;
    }
    String[] parts = t.split(", | \\| | / | \u2022 | \u00B7 | - | \u2013 ");
    if (parts.length < 2) {
      return false;
    }
    boolean certain = false;
    for (String p : parts) {
      String s = p.strip();
      if (s.isEmpty()) {
        return false;
      }
      if (isPhoneLine(s) || isEmailLine(s)) {
        certain = true;
      } else if (Prose.wordCount(s) > 8 || Prose.hasSentenceEnd(s) && !s.endsWith("Inc.") && !s.endsWith("Ltd.")) {
        return false;
      }
    }
    return certain;
  }

  /**
   * A phone number, maybe after a short label: {@code "+44 (0)20 7946 0000"}, {@code "(617)
   * 555-0143"}, {@code "Tel: 020 7944 3021"}, {@code "Out of hours media enquiries 020 7944 4292"}.
   * The label is at most six words of letters; the number is 7 to 15 digits and only {@code + ( )
   * - . /} and blanks, maybe with an extension.
   */
  static boolean isPhoneLine(String t) {
    if (t.length() > 100) {
      return false;
    }
    int p = 0;
    int words = 0;
    // The label: words of letters (maybe ending in ':' or '.') before the number.
    while (p < t.length() && !isPhoneStart(t.charAt(p))) {
      char c = t.charAt(p);
      if (c == ' ') {
        words++;
      } else if (!Character.isLetter(c) && c != ':' && c != '.' && c != '-' && c != '\'' && c != '\u2019') {
        return false;
      }
      p++;
    }
    if (words > 6 || p == t.length()) {
      return false;
    }
    int digits = 0;
    for (int i = p; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if ("+()-./ \u2013".indexOf(c) < 0) {
        String rest = t.substring(i).toLowerCase(java.util.Locale.ROOT);
        if ((rest.startsWith("ext") || rest.startsWith("x")) && rest.length() <= 12) {
          break;
        }
        return false;
      }
    }
    return digits >= 7 && digits <= 15;
  }

  private static boolean isPhoneStart(char c) {
    return Character.isDigit(c) || c == '+' || c == '(';
  }

  /** An email address alone, maybe after a label: {@code "Email: press.office@dft.gov.uk"}. */
  static boolean isEmailLine(String t) {
    if (t.length() > 100) {
      return false;
    }
    int space = t.lastIndexOf(' ');
    String address = t.substring(space + 1);
    if (space >= 0) {
      String label = Prose.fold(t.substring(0, space));
      if (!label.equals("email:") && !label.equals("e-mail:") && !label.equals("e:") && !label.equals("email")
          && !label.equals("e-mail") && !label.equals("mail:")) {
        return false;
      }
    }
    return isEmail(address);
  }

  /** One address: local part, one '@', a domain with a dot; a trailing period allowed. */
  static boolean isEmail(String w) {
    String s = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    int at = s.indexOf('@');
    if (at <= 0 || at != s.lastIndexOf('@') || s.length() > 80) {
      return false;
    }
    int dot = s.lastIndexOf('.');
    if (dot < at + 2 || dot == s.length() - 1) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) && "._%+-@".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A web address alone, maybe after {@code "Web:"}: {@code "www.example.com"}, {@code "https://…"}. */
  static boolean isWebLine(String t) {
    if (t.length() > 120) {
      return false;
    }
    String s = t;
    for (String label : new String[] {"Web: ", "Website: ", "Web ", "Website "}) {
      if (s.startsWith(label)) {
        s = s.substring(label.length()).strip();
      }
    }
    if (s.indexOf(' ') >= 0) {
      return false;
    }
    return s.startsWith("www.") || s.startsWith("http://") || s.startsWith("https://");
  }

  private static boolean hasEmail(String t) {
    for (String w : t.split(" ")) {
      String s = w;
      while (!s.isEmpty() && ",;)".indexOf(s.charAt(s.length() - 1)) >= 0) {
        s = s.substring(0, s.length() - 1);
      }
      if (s.indexOf('@') > 0 && isEmail(s)) {
        return true;
      }
    }
    return false;
  }

  /** Seven or more digits in a run of digits, blanks and {@code + ( ) - .}. */
  private static boolean hasPhone(String t) {
    int digits = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
        if (digits >= 7) {
          return true;
        }
      } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '+' && c != '.') {
        digits = 0;
      }
    }
    return false;
  }
}
