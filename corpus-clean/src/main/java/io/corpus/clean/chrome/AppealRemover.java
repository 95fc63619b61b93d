package io.corpus.clean.chrome;

import com.fasterxml.jackson.databind.JsonNode;
import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.CharsIgnoringCase;
import io.corpus.clean.internal.DataFiles;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.LowerCasedPhrases;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Removes the subscription, donation, membership and republication appeal that ends a story:
 * an opening ({@code "… we have a small favour to ask."}, {@code "If you value our reporting,
 * please consider becoming a member."}, {@code "Republish This Story for Free"}, {@code "Donate
 * now"}), then only appeal lines to the end of the text: more paragraphs of the appeal (they speak
 * as the outlet or to the reader and hold an appeal word), short controls ({@code "Support the
 * Guardian"}, {@code "Remind me in October"}, {@code "Enter your email address"}, {@code "Sign
 * up"}) and a form's legal text ({@code "This site is protected by reCAPTCHA …"}). A site's pitch
 * box flattened into one line opens one too: appeal words, then its button or its price by the
 * month ({@link #isPitch}).
 *
 * <p>Only in the last {@value #TAIL_LINES} lines, and only a block that reaches the end of the
 * text: when any line after the opening is other prose, nothing goes. An opening that reports
 * speech ({@code "Support our journalism, the station's hosts said …"}) or stands inside a quote
 * ({@code "“If you value what this place does …,” said …"}) is no opening. The phrases are data
 * ({@code appeals.yaml}). Stateless and thread-safe.
 *
 * <pre>{@code
 * // "…stay indoors.\n\nThank you for reading. Our journalism is funded by readers like you. …\n\nDonate"
 * //   -> "…stay indoors."
 * }</pre>
 */
public final class AppealRemover implements CleanStep {

  public static final String ID = "chrome.appeal";
  /** An appeal starts within this many lines of the end of the text. */
  static final int TAIL_LINES = 16;
  /** A line of an appeal is at most this long. */
  static final int MAX_LINE = 1000;
  /** A control line (a button, a form field) is at most this many words. */
  static final int MAX_CONTROL_WORDS = 6;

  private record Opening(String starts, int maxWords, List<String> contains, boolean exact, boolean button) {}

  private final List<Opening> openings;
  /** The chars an opening starts with, ignoring case: most lines are passed over by their first. */
  private final CharsIgnoringCase openingFirstChars;
  private final List<String> formLines;
  private final List<String> appealWords;

  /** The built-in appeal phrases. */
  public AppealRemover() {
    String where = "appeals.yaml";
    JsonNode root = DataFiles.read(AppealRemover.class, where);
    List<Opening> out = new ArrayList<>();
    int index = 0;
    for (JsonNode o : DataFiles.requiredList(root, "openings", where)) {
      index++;
      String starts = DataFiles.text(o, "starts");
      if (starts == null || starts.isEmpty()) {
        throw new IllegalStateException(where + ": opening " + index + " has no 'starts'");
      }
      List<String> contains = DataFiles.strings(o, "contains", where).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
      out.add(new Opening(starts, o.path("maxWords").asInt(20), contains, o.path("exact").asBoolean(false),
          o.path("button").asBoolean(false)));
    }
    this.openings = List.copyOf(out);
    this.openingFirstChars = CharsIgnoringCase.firstOf(openings.stream().map(Opening::starts).toList());
    this.formLines = DataFiles.strings(root, "lines", where);
    this.appealWords = DataFiles.strings(root, "appealWords", where).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Subscription, donation, membership and republication appeals that end a story (\"… we have a small favour to ask\", \"Donate now\").";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  @Override
  public void apply(Draft draft) {
    TextLines lines = TextLines.of(draft.text());
    int n = lines.size();
    int from = Math.max(1, n - TAIL_LINES);
    // The trailing run of appeal lines (openings among them): an opening stands in it or right
    // above it, as every line after an opening must be an appeal line. Found from the end, so a
    // text that ends in prose is decided by its last line.
    int run = n;
    while (run > from && lines.get(run - 1).length() <= MAX_LINE && isAppealLine(lines.get(run - 1).text())) {
      run--;
    }
    for (int i = Math.max(from, run - 1); i < n; i++) {
      char first = lines.get(i).first();
      int length = lines.get(i).length();
      boolean funding = length <= MAX_FUNDING_LINE
          && (isFundingLine(lines.get(i).text()) || isEqualOpportunityLine(lines.get(i).text()))
          || length <= MAX_FUNDER_NOTE && isFunderNote(lines.get(i).text()) || isPitch(lines.get(i).text());
      if (!funding && (lines.get(i).length() > MAX_LINE || first != '.' && first != '\u2026' && !openingFirstChars.mayMatch(first)
          || opening(lines.get(i).text()) == null)) {
        continue;
      }
      // Every line after i is in the trailing run (i + 1 >= run), an appeal line: the appeal runs
      // from i to the end (asking each line again, for each i, made this step quadratic in the run).
      LineRemoval.removeRun(draft, lines, i, n, ID);
      return;
    }
  }

  /** A funding line is at most this long. */
  static final int MAX_FUNDING_LINE = 200;
  /** A funder's note is at most this long. */
  static final int MAX_FUNDER_NOTE = 320;

  /** "WKRV Community Radio is listener-supported. Donate today."; "Coastal Arts Weekly is supported by readers like you." */
  private static final java.util.regex.Pattern FUNDING = java.util.regex.Pattern.compile(
      "(?!(?:it|this|that|which|he|she|they|we|our|its|his|her) )(?!the (?-i:[a-z]))[^\\n.!?]{2,80} is (?:(?:listener|reader|viewer|member"
          + "|community|audience)[- ](?:supported|funded|powered)|supported by (?:readers|listeners|viewers|members|people) like you)"
          + "\\.(?:\\s{1,3}(?:donate|give|become a member|support us|join)[^\\n]{0,80})?",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * A public broadcaster's or a nonprofit's funding line, which opens an appeal too: a name, then
   * "is listener-supported" (reader-, member-, community-…) or "is supported by readers like
   * you", then maybe "Donate today". A sentence whose subject is a pronoun or "the …" is the
   * story's own ("The station is listener-supported.").
   */
  static boolean isFundingLine(String line) {
    return line.indexOf(" is ") > 0 && (line.indexOf("upported") > 0 || line.indexOf("unded") > 0 || line.indexOf("owered") > 0)
        && FUNDING.matcher(line).matches()
        || line.indexOf(" is a") > 0 && (line.indexOf("rofit") > 0 || line.indexOf("ndependent") > 0 || line.indexOf("harit") > 0)
        && NONPROFIT.matcher(line).matches();
  }

  /** "Able Lens is an independent charity. Donate to keep our journalism free."; "Valle Voz is a nonprofit newsroom. Support bilingual local news." */
  private static final java.util.regex.Pattern NONPROFIT = java.util.regex.Pattern.compile(
      "(?!(?:it|this|that|which|he|she|they|we|our|its|his|her) )(?!the (?-i:[a-z]))[^\\n.!?]{2,80} is an? (?:independent|nonprofit|non-profit"
          + "|not-for-profit|reader-funded|charitable)(?:,? [a-z-]{2,20}){0,2} (?:charity|newsroom|news organi[sz]ation|news outlet"
          + "|news site|publication|media organi[sz]ation|organi[sz]ation)\\.(?:\\s{1,3}[^\\n.!?]{1,80}[.!])?\\s{1,3}(?:donate|give|become a (?:member|supporter)"
          + "|support|join|help)[^\\n]{0,100}",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * "Pilgrim News Service’s coverage of religion is supported in part by the Thornbury Foundation.";
   * "This story was produced with support from the Solutions Journalism Network."
   */
  private static final java.util.regex.Pattern FUNDER_NOTE = java.util.regex.Pattern.compile(
      "(?:(?!(?:the|it|this|that|which|he|she|they|we|our|its|his|her) (?-i:[a-z]))[^\\n.!?]{2,80}['\u2019]s? (?:[a-z]+ ){0,2}"
          + "(?:coverage|reporting|journalism)(?: (?:of|on|about) [^\\n.!?]{1,80})? (?:is|are) (?:supported|funded|made possible"
          + "|underwritten)(?: in part)? (?:by|through) |this (?:story|article|report|reporting|coverage|project|series) (?:was|is)"
          + " (?:produced|reported|supported|funded|made possible)(?: in part)? (?:with (?:the )?(?:support|funding|a grant) (?:of|from)"
          + "|by a grant from|through a grant from|in partnership with) )[^\\n]{3,240}",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * A funder's note at the end of a story, which opens the end matter like a funding line: the
   * outlet's coverage (of a subject) is supported, funded or made possible by a funder, or this
   * story was produced with a funder's support. A sentence whose subject is a pronoun or "the"
   * and a common noun ("The station's reporting is funded by the state, critics say") is the
   * story's own ("The Valley Courier's coverage …" names an outlet), and the
   * note must reach the end of the text with only appeal lines after it.
   */
  static boolean isFunderNote(String line) {
    // Most tail lines are prose that neither opens with "This " nor names the coverage: no regex.
    return (line.regionMatches(true, 0, "This ", 0, 5) || FUNDED_WORK.anyIn(line)) && FUNDER_NOTE.matcher(line).matches();
  }

  private static final LowerCasedPhrases FUNDED_WORK = LowerCasedPhrases.of(List.of("coverage", "reporting", "journalism"));

  /** "USDA is an equal opportunity provider, employer, and lender." */
  private static final java.util.regex.Pattern EQUAL_OPPORTUNITY = java.util.regex.Pattern.compile(
      "[^\\n.!?]{2,80} is an equal opportunity (?:provider|employer)(?:,? (?:employer,? )?and (?:lender|employer))?\\.?",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * A government agency's equal-opportunity line at the end of a release ({@code "USDA is an
   * equal opportunity provider, employer, and lender."}), read in the tail like a funding line; a
   * longer sentence about a company's hiring stays.
   */
  static boolean isEqualOpportunityLine(String line) {
    return line.indexOf("pportunity") > 0 && EQUAL_OPPORTUNITY.matcher(line).matches(); // "Opportunity" in any case
  }

  /** Whether {@code line} opens an appeal (see {@code openings} in {@code appeals.yaml}). */
  boolean isOpening(String line) {
    return opening(line) != null || isPitch(line);
  }

  /** Words an appeal speaks with, as the outlet or to the reader. */
  private static final List<String> VOICE = List.of("our", "we", "us", "you", "your", "we're", "we've");

  /** A pitch is at most this long. */
  static final int MAX_PITCH = 320;

  /** The buttons a pitch ends with (folded, without a final period). */
  private static final List<String> PITCH_BUTTONS = List.of("join now", "join today", "join us", "sign up for free",
      "sign up free", "sign up now", "sign up", "subscribe now", "subscribe today", "become a supporter", "become a member",
      "support us", "donate now", "donate today", "get it", "find out more and join");

  /** Verbs an imperative pitch opens with ("Support independent tech journalism. Become a … supporter from $5 a month."). */
  private static final List<String> PITCH_VERBS = List.of("support", "join", "become", "subscribe", "sign up", "donate", "help");

  /**
   * A membership or newsletter pitch in one line, as a site's box flattens it: sentences with an
   * appeal word, then the box's button ({@code "You’re a dedicated reader. That’s why we started
   * the Courier Community: ad-free reading and exclusive content. Join now"}, {@code "The … newsletter:
   * the best of our reporting …, every Friday. Sign up for free"}), or its price by the month or
   * week spoken as the outlet or as an imperative ({@code "The Bristol Wire is owned by its
   * members. Join from £4 a month and help us hold power to account."}). A quoted or reported line
   * is none, nor a sentence about a price ({@code "Membership of the club costs from £4 a month."}:
   * no voice, no imperative).
   */
  boolean isPitch(String line) {
    int n = line.length();
    if (n < 20 || n > MAX_PITCH || line.charAt(0) == '\u201C' || line.charAt(0) == '"' || line.charAt(0) == '\u2018') {
      return false;
    }
    if (!endsWithButton(line) && line.indexOf('$') < 0 && line.indexOf('\u00A3') < 0 && line.indexOf('\u20AC') < 0) {
      return false; // most lines: neither a button at the end nor a price, decided without a copy
    }
    String t = line.replace('\u2019', '\'');
    String lower = t.toLowerCase(Locale.ROOT);
    String bare = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    String before = null;
    for (String b : PITCH_BUTTONS) {
      int at = bare.length() - b.length();
      if (at > 2 && bare.endsWith(b) && bare.charAt(at - 1) == ' '
          && (bare.charAt(at - 2) == '.' || bare.charAt(at - 2) == ':' || bare.charAt(at - 2) == '!'
          || Character.isLetterOrDigit(bare.charAt(at - 2)) && Character.isUpperCase(t.charAt(at)))) {
        before = lower.substring(0, at);
        break;
      }
    }
    boolean priced = before == null && holdsPricePerPeriod(lower);
    if (before == null && !priced || PromoRemover.reports(t)) {
      return false;
    }
    String words = " " + (before != null ? before : lower) + " ";
    if (!containsAny(words, appealWords)) {
      return false;
    }
    if (before != null) {
      return true;
    }
    boolean imperative = false;
    for (String v : PITCH_VERBS) {
      imperative |= Prose.afterLabel(t, v) > 0 && Character.isUpperCase(t.charAt(0));
    }
    return imperative || containsAny(words, VOICE);
  }

  private static boolean endsWithButton(String line) {
    int end = line.endsWith(".") ? line.length() - 1 : line.length();
    for (String b : PITCH_BUTTONS) {
      if (end > b.length() && line.regionMatches(true, end - b.length(), b, 0, b.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code "from £4 a month"}, {@code "for $1 a week"}, {@code "at $19/month"}: a price offered
   * (after "from", "for", "just", "only" or "at"), a currency sign, digits, then the period.
   */
  static boolean holdsPricePerPeriod(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c != '$' && c != '\u00A3' && c != '\u20AC') {
        continue;
      }
      int j = i + 1;
      while (j < lower.length() && j - i < 8 && (Character.isDigit(lower.charAt(j)) || lower.charAt(j) == '.')) {
        j++;
      }
      if (j == i + 1 || !(lower.startsWith("from ", i - 5) || lower.startsWith("for ", i - 4) || lower.startsWith("just ", i - 5)
          || lower.startsWith("only ", i - 5) || lower.startsWith(" at ", i - 4))) {
        continue; // a pitch offers its price: "from £4 a month", not "the club costs £40 a year"
      }
      String rest = lower.substring(j, Math.min(lower.length(), j + 12));
      for (String period : new String[] {" a month", " a week", " a year", " per month", " per week", " per year", "/month",
          "/week", "/year", "/mo", " monthly"}) {
        if (rest.startsWith(period)) {
          return true;
        }
      }
    }
    return false;
  }

  private @Nullable Opening opening(String line) {
    String t = withoutLeadingEllipsis(line).replace('\u2019', '\'');
    if (t.isEmpty() || !openingFirstChars.mayMatch(t.charAt(0)) || PromoRemover.reports(t)) {
      return null;
    }
    for (Opening o : openings) {
      int after = Prose.afterLabel(t, o.starts());
      if (after < 0) {
        continue;
      }
      if (o.exact() && PromoRemover.words(t.substring(after)) > 0) {
        continue;
      }
      if (PromoRemover.words(t) > o.maxWords() || o.button() && Prose.hasSentenceEnd(t)) {
        continue;
      }
      if (o.contains().isEmpty() || containsAny(t.toLowerCase(Locale.ROOT), o.contains())) {
        return o;
      }
    }
    return null;
  }

  /**
   * Whether a line after an opening belongs to the appeal: another opening, a form's legal text,
   * a short control, or appeal prose that speaks as the outlet or to the reader.
   */
  boolean isAppealLine(String line) {
    if (isOpening(line)) {
      return true;
    }
    String t = line.replace('\u2019', '\'');
    for (String f : formLines) {
      if (Prose.afterLabel(t, f) >= 0) {
        return true;
      }
    }
    if (PromoRemover.reports(t)) {
      return false;
    }
    if (PromoRemover.words(t) <= MAX_CONTROL_WORDS && t.length() <= 60 && !Prose.hasSentenceEnd(t)) {
      return true;
    }
    String lower = " " + t.toLowerCase(Locale.ROOT) + " ";
    boolean voice = containsAny(lower, VOICE);
    return voice && containsAny(lower, appealWords);
  }

  private static String withoutLeadingEllipsis(String line) {
    int p = 0;
    while (p < line.length() && (line.charAt(p) == '\u2026' || line.charAt(p) == '.' || line.charAt(p) == ' ')) {
      p++;
    }
    return line.substring(p);
  }

  /** Whether {@code lower} holds one of {@code words} as whole words. */
  private static boolean containsAny(String lower, List<String> words) {
    for (String w : words) {
      if (PromoRemover.containsWord(lower, w)) {
        return true;
      }
    }
    return false;
  }
}
