package io.corpus.clean.chrome;

import com.fasterxml.jackson.databind.JsonNode;
import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.CharsIgnoringCase;
import io.corpus.clean.internal.DataFiles;
import io.corpus.clean.internal.LineMemo;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.PersonNames;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import io.corpus.clean.meta.BylineExtractor;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes image credits and captions: a whole line that is a credit ({@code "Image credit: …"},
 * {@code "… /Getty Images"}, {@code "REUTERS/Evelyn Hockstein"}, {@code "U.S. Army photo by Sgt.
 * …"}, {@code "Courtesy of the U.S. Navy"}, a lone {@code "Getty Images"}), a caption that ends in
 * one ({@code "Putin attends a meeting in Moscow. Sputnik/…/Kremlin via REUTERS"}, {@code "… (AP
 * Photo/Evan Vucci)"}, {@code "… | State Department photo by …"}), and a credit glued to the end
 * or (in parentheses) to the start of a paragraph, without the paragraph.
 *
 * <p>The labels, agencies and word lists are data ({@code image-credits.yaml}). A caption goes
 * with its credit only when it reads as one: no reporting or past-tense words ("said", "have",
 * quotes), at most two sentences, and a full date, a caption verb ("attends", "speaks") or only
 * capitalized words. Anything else before a credit is prose, and only the credit goes. A sentence
 * that merely mentions an agency ({@code "Getty Images said it had pulled the photo."}) holds no
 * credit, and a label line whose text is a sentence ({@code "Credit: that is what …"}) stays.
 * Whole lines are at most 300 chars; a credit glued to a line starts within its last 160 chars.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * // "Image credit: Peter Klaunzer - Pool/Keystone via Getty Images\n\nBody…"  ->  "Body…"
 * // "Officials have said the talks would go on. REUTERS/Evgenia Novozhenina" -> "Officials have said the talks would go on."
 * }</pre>
 */
public final class ImageCreditRemover implements CleanStep {

  public static final String ID = "chrome.image-credit";
  static final int MAX_LINE = 300;
  /** A caption under the headline with its credit glued on is removed whole up to this many chars. */
  static final int MAX_HEADER_CAPTION = 200;
  /** A credit glued to a line's end starts within this many chars of it. */
  static final int MAX_TAIL = 160;
  /** A credit parenthesis glued to a line's start closes within this many chars. */
  static final int MAX_HEAD = 160;

  private final List<String> labels;
  private final Set<String> creditLabels;
  private final List<String> agencies;
  private final Set<String> standalone;
  /** Stock picture agencies, whose name alone may end a caption after its sentence ({@code "… at a clinic. Adobe"}). */
  private final Set<String> stockAgencies;
  private final List<String> byWords;
  private final List<String> courtesy;
  private final Set<String> proseWords;
  private final Set<String> captionVerbs;
  /** The chars a label may start with, an agency start with, an agency end with, ignoring case. */
  private final CharsIgnoringCase labelFirstChars;
  private final CharsIgnoringCase agencyFirstChars;
  private final CharsIgnoringCase agencyLastChars;
  private final int longestLabel;
  private final int longestAgency;

  /** The built-in labels and agencies. */
  public ImageCreditRemover() {
    String where = "image-credits.yaml";
    JsonNode root = DataFiles.read(ImageCreditRemover.class, where);
    // Longest first, so "Photo credit" wins over "Photo".
    this.labels = sortedLongestFirst(DataFiles.strings(root, "labels", where));
    this.creditLabels = lowerSet(DataFiles.strings(root, "creditLabels", where));
    this.agencies = sortedLongestFirst(DataFiles.strings(root, "agencies", where));
    this.standalone = lowerSet(DataFiles.strings(root, "standalone", where));
    this.stockAgencies = Set.copyOf(DataFiles.strings(root, "stockAgencies", where));
    this.byWords = sortedLongestFirst(DataFiles.strings(root, "byWords", where));
    this.courtesy = sortedLongestFirst(DataFiles.strings(root, "courtesy", where));
    this.proseWords = lowerSet(DataFiles.strings(root, "proseWords", where));
    this.captionVerbs = lowerSet(DataFiles.strings(root, "captionVerbs", where));
    this.labelFirstChars = CharsIgnoringCase.firstOf(labels);
    this.agencyFirstChars = CharsIgnoringCase.firstOf(agencies);
    this.agencyLastChars = CharsIgnoringCase.lastOf(agencies);
    this.longestLabel = labels.get(0).length();
    this.longestAgency = agencies.get(0).length();
  }

  private static List<String> sortedLongestFirst(List<String> in) {
    return in.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  private static Set<String> lowerSet(List<String> in) {
    Set<String> out = new HashSet<>();
    for (String s : in) {
      out.add(s.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Image credits and captions (\"Image credit: …\", \"… /Getty Images\", \"(AP Photo/…)\"), also glued to a paragraph.";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  @Override
  public void apply(Draft draft) {
    TextLines lines = TextLines.of(draft.text());
    LineMemo<Boolean> memo = new LineMemo<>(); // whether a line is a credit depends on its text alone
    int headerEnd = -1;
    int lastRemoved = -1;
    int[] nextDot = {-1}; // see gluedLedeStart
    for (int i = 0; i < lines.size(); i++) {
      if (i == 1) {
        headerEnd = lines.headerEnd();
      }
      int block = toggledCaptionEnd(lines, i);
      if (block > i) {
        LineRemoval.removeRun(draft, lines, i, block, ID);
        i = block - 1;
        lastRemoved = i;
        continue;
      }
      TextLines.Line l = lines.get(i);
      if (l.length() <= 20 && mayBeToggleLabel(l.source().charAt(l.start()))
          && (isEnlargeLabel(l.text()) || isToggleLabel(l.text()))) {
        LineRemoval.removeLine(draft, lines, i, ID); // a toggle's label alone
        lastRemoved = i;
        continue;
      }
      String s = l.source();
      int start = l.start();
      int end = l.end();
      if (s.charAt(start) == '[' && s.charAt(end - 1) == ']' && isImagePlaceholder(l.text())) {
        LineRemoval.removeLine(draft, lines, i, ID);
        lastRemoved = i;
        continue;
      }
      if (l.length() <= MAX_POSITIONAL_CAPTION && mayBePositionalCaption(s, start, end)
          && (lines.standsAlone(i) || i + 1 < lines.size() && Prose.wordCount(lines.get(i + 1).text()) >= 8
              && Prose.endsLikeSentence(lines.get(i + 1).text())) // (a paragraph of its own, or over one)
          && isPositionalCaption(l.text()) && !TextLines.introducedByColon(lines.lines(), i)) {
        LineRemoval.removeLine(draft, lines, i, ID); // "Dr Harriet Olaniyan (centre) with members of the endoscopy team …"
        lastRemoved = i;
        continue;
      }
      if (l.length() <= MAX_LINE && mayBeCredit(s, start, end) && memo.get(l, this::isCredit)
          && !TextLines.introducedByColon(lines.lines(), i) // "… the credit should have read:" / the credit
          && !mayBeTheTextsOwn(lines, i, headerEnd)) {
        // The caption right above a credit of its own line ("Fishermen push a canoe through a mat
        // of water hyacinth near Dunga beach in March." / "Ivan Mwangi/Bloomberg/Getty Images").
        boolean caption = i >= 1 && lines.get(i - 1).length() <= MAX_HEADER_CAPTION && i - 1 > lastRemoved
            && Prose.endsLikeSentence(lines.get(i - 1).text()) && isAgencyCredit(l.text())
            && readsAsOneCaptionSentence(lines.get(i - 1).text());
        LineRemoval.removeRun(draft, lines, caption ? i - 1 : i, i + 1, ID);
        lastRemoved = i;
        continue;
      }
      if (l.length() >= 4 && mayEndWithCredit(s.charAt(end - 1)) && mayHoldGluedCredit(s, Math.max(start, end - MAX_TAIL), end)) {
        int from = Math.max(start, end - MAX_TAIL);
        String tail = s.substring(from, end);
        int cut = gluedCreditStart(tail);
        if (cut > 0 && !TextLines.introducedByColon(lines.lines(), i)) { // ("Example:" / a caption with its credit: quoted)
          if (i >= 1 && (i < headerEnd || i == headerEnd && bylineBelow(lines, i)) && from + cut - start <= MAX_HEADER_CAPTION) {
            // Under the headline, above the body: a short text with a credit is the lead photo's
            // caption ("Skeleton from a Neolithic burial site in Wiltshire. Credit: Wessex Archaeology").
            LineRemoval.removeLine(draft, lines, i, ID);
          } else {
            draft.remove(from + cut, end, ID);
          }
          lastRemoved = i;
          continue;
        }
      }
      if (s.charAt(start) == '(') {
        int rest = creditParenthesisAtStart(s, start, end);
        if (rest > 0) {
          draft.remove(start, rest, ID);
        }
      }
      if (l.length() > MIN_GLUED_LEDE) {
        int lede = gluedLedeStart(s, start, end, nextDot);
        if (lede > start) {
          draft.remove(start, lede, ID); // the caption and its credit, glued to the lede's first word
          lastRemoved = i;
        }
      }
    }
  }

  /** A byline under a lead picture's caption stands within this many lines of it. */
  static final int BYLINE_REACH = 2;

  /**
   * Whether a short "By …" line stands within {@value #BYLINE_REACH} lines under line {@code i}:
   * then line {@code i}, though it reads as the first line of the body (a caption is a sentence),
   * is still above the story, where the lead picture's caption stands ({@code "Ramón Arvizu at the
   * edge of a fallowed field … Credit...Name"} / {@code "By Hollis Grant"}).
   */
  private static boolean bylineBelow(TextLines lines, int i) {
    for (int k = i + 1; k <= i + BYLINE_REACH && k < lines.size(); k++) {
      String t = lines.get(k).text();
      if (t.length() <= 60 && t.length() > 5 && TextLines.isByline(t)) {
        return true;
      }
    }
    return false;
  }

  /** A caption that places its people ("(centre)") is at most this long. */
  static final int MAX_POSITIONAL_CAPTION = 300;

  /** The cheap test before {@link #isPositionalCaption}: no sentence's mark at the end, and a ')' in the line. */
  private static boolean mayBePositionalCaption(String s, int start, int end) {
    char last = s.charAt(end - 1);
    if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',') {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (s.charAt(k) == ')') {
        return true;
      }
    }
    return false;
  }

  /**
   * A photo's caption that places the people in it, a paragraph of its own: {@code "Consultant
   * gastroenterologist Dr Harriet Olaniyan (centre) with members of the endoscopy team in one of
   * the new procedure rooms"}, {@code "Staff at the opening (left to right): …"}. Six words at
   * least, no sentence end inside or at the end (a sentence that names where someone stood, "Dr
   * Olaniyan (centre) said the unit …", ends with its period), and a position in parentheses.
   */
  static boolean isPositionalCaption(String t) {
    if (Prose.wordCount(t) < 6 || Prose.hasSentenceEnd(t)) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    for (String marker : POSITION_MARKERS) {
      if (lower.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> POSITION_MARKERS = List.of("(left)", "(right)", "(centre)", "(center)", "(pictured)",
      "(second left)", "(second right)", "(second from left)", "(second from right)", "(l-r)", "(l to r)", "(from left)",
      "(left to right)", "(front row", "(back row", "(front, ", "(back, ", "(left, ", "(right, ", "(centre, ", "(center, ");

  /** A paragraph that can carry a caption glued to its first word is longer than this. */
  static final int MIN_GLUED_LEDE = 120;
  /** The caption before a glued credit has at most this many chars. */
  static final int MAX_GLUED_CAPTION = 300;
  private static final String[] LEDE_CREDIT_LABELS = {". - Photo by ", ". Photo by ", ". Photo: ", ". — Photo by ", ". – Photo by ",
    ". Photograph: ", ". Image: ", ". Picture: "};

  /**
   * Where the lede starts in a paragraph that textContent glued to the lead photo's caption and
   * credit ({@code "A vendor packs fish at the Sea Lots market. - Photo by Jeff K MayersFisherfolk
   * at the Sea Lots fishing depot say …"}, {@code "Passengers queue for a minibus in Mong Kok.
   * Photo: Jelly TsePassengers on more than 60 routes …"}): within the first {@value
   * #MAX_GLUED_CAPTION} chars a caption sentence, a credit's label and one to four capitalized
   * words of a name, the last glued to a capitalized word (a small letter, then a capital and a
   * small letter), after which the paragraph goes on for eight words or more. {@code start} when
   * there is none. Bounded: the labels are looked for in the first chars only.
   */
  static int gluedLedeStart(String s, int start, int end) {
    return gluedLedeStart(s, start, end, new int[] {-1});
  }

  /**
   * {@link #gluedLedeStart(String, int, int)} for the lines of one text, top to bottom: {@code
   * nextDot[0]} is a period's offset the calls keep between lines (-1 at first). Every label
   * starts with ". ", so the periods are found with the JDK's vector {@code indexOf} (about a
   * tenth of the cost per char of reading each char); the period found past a line's first chars
   * is kept for the lines after it, so that a text of long lines without a period is still read
   * once, not once per line.
   */
  static int gluedLedeStart(String s, int start, int end, int[] nextDot) {
    int limit = Math.min(end, start + MAX_GLUED_CAPTION);
    if (nextDot[0] < start) {
      nextDot[0] = periodFrom(s, start);
    }
    for (int at = nextDot[0]; at + 1 < limit; at = nextDot[0] = periodFrom(s, at + 1)) {
      if (s.charAt(at + 1) != ' ') {
        continue;
      }
      for (String label : LEDE_CREDIT_LABELS) {
        if (s.startsWith(label, at) && Prose.wordCount(s.substring(start, at)) >= 3) {
          int lede = gluedNameEnd(s, at + label.length(), end);
          if (lede > 0) {
            return Prose.wordCount(s.substring(lede, Math.min(end, lede + 200))) >= 8 ? lede : start;
          }
        }
      }
    }
    return start;
  }

  /** The first period at or after {@code from}, or the text's length when there is none. */
  private static int periodFrom(String s, int from) {
    int at = s.indexOf('.', from);
    return at < 0 ? s.length() : at;
  }

  /**
   * Where the word glued to the last of one to four capitalized words from {@code p} starts
   * ({@code "Jeff K MayersFisherfolk"} gives the offset of "Fisherfolk"), or -1.
   */
  private static int gluedNameEnd(String s, int p, int end) {
    for (int words = 0; words < 4 && p < end; words++) {
      int e = s.indexOf(' ', p);
      e = e < 0 || e > end ? end : e;
      if (e == p || !Character.isUpperCase(s.charAt(p))) {
        return -1;
      }
      for (int k = p + 1; k + 1 < e; k++) {
        if (Character.isLowerCase(s.charAt(k - 1)) && Character.isUpperCase(s.charAt(k)) && Character.isLowerCase(s.charAt(k + 1))
            && !isNamePrefix(s.substring(p, k))) {
          return k;
        }
      }
      p = e + 1;
    }
    return -1;
  }

  /** {@code "Mc"}, {@code "Mac"}, {@code "De"}: a name's own inner capital ("McDonald"), no glue. */
  private static boolean isNamePrefix(String w) {
    return w.endsWith("Mc") || w.endsWith("Mac") || w.equals("De") || w.equals("Di") || w.equals("La") || w.equals("Le")
        || w.equals("Van") || w.equals("Von") || w.equals("Du") || w.equals("Da");
  }


  /** The picture words of a flattened image's placeholder ("[Image: …]"), lower-cased. */
  private static final List<String> PLACEHOLDER_WORDS =
      List.of("image", "photo", "picture", "photograph", "graphic", "illustration", "infographic", "img");

  /**
   * A flattened image's placeholder, a whole line in square brackets: a picture word alone
   * ({@code "[Image]"}, {@code "[PHOTO]"}) or before a colon and its alt text or caption ({@code
   * "[Image: The bridge under construction last week. Photograph: Daragh Ó Ceallaigh]"}). No
   * bracket inside, so two bracketed notes on one line are not one.
   */
  static boolean isImagePlaceholder(String t) {
    if (t.length() < 5 || t.length() > MAX_LINE || t.indexOf('[', 1) >= 0 || t.indexOf(']') != t.length() - 1) {
      return false;
    }
    int i = 1;
    while (i < t.length() - 1 && Character.isLetter(t.charAt(i))) {
      i++;
    }
    if (!PLACEHOLDER_WORDS.contains(t.substring(1, i).toLowerCase(Locale.ROOT))) {
      return false;
    }
    return i == t.length() - 1 || t.charAt(i) == ':';
  }

  /** The most lines between a caption's "Enlarge this image" and its "toggle caption". */
  private static final int MAX_TOGGLED_CAPTION = 4;

  /**
   * A caption that a page shows behind a toggle, flattened with the toggle's labels (NPR's
   * "Enlarge this image" / caption / credit / "toggle caption" or "hide caption", and the credit
   * repeated after it): the index after its last line, or {@code i} when line {@code i} does not
   * start one. The caption goes only when both labels bracket it; a label alone goes as a label.
   */
  private static int toggledCaptionEnd(TextLines lines, int i) {
    TextLines.Line first = lines.get(i);
    if (first.length() > 20 || Character.toLowerCase(first.source().charAt(first.start())) != 'e'
        || !isEnlargeLabel(first.text())) {
      return i;
    }
    int n = lines.size();
    for (int j = i + 1; j < n && j - i <= MAX_TOGGLED_CAPTION + 1; j++) {
      TextLines.Line l = lines.get(j);
      if (l.length() <= 20 && isToggleLabel(l.text())) {
        int end = j + 1;
        // NPR repeats the credit after the toggle: a short line without a sentence end.
        if (end < n && lines.get(end).length() <= 60 && lines.get(end).text().indexOf('/') > 0
            && !Prose.endsLikeSentence(lines.get(end).text())) {
          end++;
        }
        return end;
      }
      if (l.length() > 600) {
        return i;
      }
    }
    return i;
  }

  /** The first chars of the toggle labels ("Enlarge this image", "toggle caption", "hide caption", "show caption"). */
  private static boolean mayBeToggleLabel(char c) {
    char f = Character.toLowerCase(c);
    return f == 'e' || f == 't' || f == 'h' || f == 's';
  }

  /**
   * False when no credit can be glued to the end of {@code [from, end)} of {@code s}: a glued
   * credit is a parenthesis at the end, or follows a sentence end or a separator, so a tail with
   * none of {@code ) . ! ? | · — – -} or a closing quote holds none (most short lines: "Storms").
   */
  private static boolean mayHoldGluedCredit(String s, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ')' || c == ']' || isSeparator(c) || Prose.isClosingQuote(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEnlargeLabel(String t) {
    return t.equalsIgnoreCase("Enlarge this image") || t.equalsIgnoreCase("Enlarge image") || t.equalsIgnoreCase("Enlarge");
  }

  private static boolean isToggleLabel(String t) {
    return t.equalsIgnoreCase("toggle caption") || t.equalsIgnoreCase("hide caption") || t.equalsIgnoreCase("show caption");
  }

  /**
   * False when the line {@code [start, end)} of {@code s} (trimmed) cannot be a whole-line credit:
   * it does not end in a letter, a digit or a closing parenthesis, and it does not start with a
   * char a label starts with and hold the label's colon within the longest label's length, nor
   * with a char an agency starts with and hold the agency's slash within the longest agency's
   * length. Most prose lines end with a period and are so judged by a few look-ups, without being
   * copied.
   */
  boolean mayBeCredit(String s, int start, int end) {
    char first = s.charAt(start);
    char last = s.charAt(end - 1);
    return mayEndWithCredit(last)
        || labelFirstChars.mayMatch(first) && holds(s, start, Math.min(end, start + longestLabel + 1), ':')
        || agencyFirstChars.mayMatch(first) && holds(s, start, Math.min(end, start + longestAgency + 1), '/');
  }

  /** A credit ends with a name, an agency or a closing parenthesis, never with a period. */
  private static boolean mayEndWithCredit(char last) {
    return last == ')' || last == ']' || Character.isLetterOrDigit(last);
  }

  private static boolean holds(String s, int from, int to, char c) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** Whether the whole (trimmed) line goes: a credit, or a caption that ends in one. */
  boolean isCredit(String line) {
    if (line.length() > MAX_LINE || line.length() < 4) {
      return false;
    }
    if (startsWithLabel(line) || isCreditText(unwrapped(line))) {
      return true;
    }
    if (!mayEndWithCredit(line.charAt(line.length() - 1))) {
      return false;
    }
    int from = Math.max(0, line.length() - MAX_TAIL);
    int at = creditStart(line, from);
    if (at < 0) {
      return isCaptionOverAgency(line);
    }
    String caption = line.substring(0, captionEnd(line, at));
    return readsAsCaption(caption)
        || isLabelledParenthesis(line, at) && readsAsOneCaptionSentence(caption)
        || isSlashCredit(line.substring(at)) && readsAsOneCaptionSentence(caption) && !hasPastTense(caption);
  }

  /**
   * Whether a text holds a lower-case word in "-ed" ("passed", "announced"): a past tense that
   * reports, where a caption describes its picture in the present ("teaches", "stand"). An
   * adjective in "-ed" ("displaced families") makes a caption read as prose too: it keeps its text.
   */
  static boolean hasPastTense(String text) {
    for (int at = text.indexOf("ed"); at >= 0; at = text.indexOf("ed", at + 1)) {
      int end = at + 2;
      if (at >= 3 && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        int start = at;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
          start--;
        }
        if (Character.isLowerCase(text.charAt(start)) && at - start >= 2) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code "© UNHCR/Nora Mbaye"}, {@code "REUTERS/Evelyn Hockstein"}, {@code "Jane Doe/AFP"}: an
   * agency and its photographer around one slash (after a copyright sign and a year, maybe), each
   * side one to four capitalized words. Only a picture is credited so, so the one sentence before
   * it is the picture's caption whatever its verb ("Hawa Abdelrahman teaches a class …").
   */
  static boolean isSlashCredit(String credit) {
    String t = credit.strip();
    if (t.startsWith("\u00A9")) {
      t = t.substring(1).strip();
      if (t.length() > 5 && Character.isDigit(t.charAt(0)) && t.charAt(4) == ' ') {
        t = t.substring(5).strip();
      }
    }
    int slash = t.indexOf('/');
    if (slash <= 0 || slash != t.lastIndexOf('/') || t.length() > 60 || slash + 1 >= t.length()) {
      return false;
    }
    return capitalizedWords(t.substring(0, slash)) && capitalizedWords(t.substring(slash + 1));
  }

  /** One to four words, each starting with a capital, with no blank at either end and no sentence end. */
  private static boolean capitalizedWords(String part) {
    if (part.isEmpty() || Draft.isBlank(part.charAt(0)) || Draft.isBlank(part.charAt(part.length() - 1)) || Prose.hasSentenceEnd(part)) {
      return false;
    }
    String[] words = part.split(" ");
    if (words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** A credit line that names an agency or a photographer's slash credit ("Ivan Mwangi/Bloomberg/Getty Images", "REUTERS/Evelyn Hockstein"). */
  private boolean isAgencyCredit(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    return t.indexOf('/') > 0 && (endsWithAgency(t, lower) || startsWithAgency(t));
  }

  /**
   * Whether the credit at {@code at} is a label and a name in parentheses ({@code "(Supplied:
   * DFES)"}, {@code "(Photo: Jane Doe)"}): only a picture's caption ends so, whatever its verb.
   */
  private boolean isLabelledParenthesis(String line, int at) {
    String inner = line.substring(at + 1, line.length() - 1).strip();
    return line.charAt(at) == '(' && line.indexOf(':', at) > 0 && (isLabelCredit(inner) || isSuppliedCredit(inner));
  }

  /**
   * {@code "Supplied: DFES"}: who handed the picture in, as Australian papers credit it, inside
   * the caption's parentheses only (as a label of its own line it would be tried on every line
   * that starts with an S and holds a colon, a transcript's turns among them).
   */
  private static boolean isSuppliedCredit(String inner) {
    if (!inner.startsWith("Supplied:")) {
      return false;
    }
    String who = inner.substring(9).strip();
    return !who.isEmpty() && who.length() <= 60 && Character.isUpperCase(who.charAt(0)) && !Prose.hasSentenceEnd(who);
  }

  /** One sentence of at most 25 words that reporting prose would not write: what a caption over a labelled credit reads. */
  private boolean readsAsOneCaptionSentence(String caption) {
    String c = caption.strip();
    if (c.isEmpty() || c.indexOf('"') >= 0 || c.indexOf('\u201C') >= 0 || TeaserCardRemover.hasInnerSentenceEnd(c)) {
      return false;
    }
    String[] words = c.split("\\s+");
    if (words.length > 25) {
      return false;
    }
    for (String w : words) {
      String lower = bare(w).toLowerCase(Locale.ROOT);
      if (proseWords.contains(lower) || lower.endsWith("n't")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where to cut a credit glued to the end of {@code tail} (the last chars of a line) that does
   * not take the line with it, or -1: the end of the text before the credit, so the cut takes the
   * blanks and separator before the credit too.
   */
  private int gluedCreditStart(String tail) {
    int at = creditStart(tail, 0);
    if (at <= 0) {
      return -1;
    }
    int end = captionEnd(tail, at);
    return end > 0 ? end : -1;
  }

  /** The end of the text before a credit starting at {@code at}: its separator and blanks left off. */
  private static int captionEnd(String s, int at) {
    int e = at;
    while (e > 0 && (Draft.isBlank(s.charAt(e - 1)) || isSeparator(s.charAt(e - 1)))) {
      e--;
    }
    return e;
  }

  private static boolean isSeparator(char c) {
    return c == '|' || c == '\u00B7' || c == '\u2014' || c == '\u2013' || c == '-';
  }

  /**
   * The start of the credit {@code s} ends with, searched from {@code from}: a credit parenthesis
   * at the end, or a credit after a sentence end or a separator ({@code | · — –}); the nearest to
   * the end wins, so the least text goes. -1 when there is none.
   */
  int creditStart(String s, int from) {
    int n = s.length();
    if (s.charAt(n - 1) == ')') {
      int open = s.lastIndexOf('(');
      if (open >= from && s.indexOf(')', open) == n - 1) {
        String inner = s.substring(open + 1, n - 1).strip();
        if (isCreditText(inner) || isNameSlashAcronym(inner) || isSuppliedCredit(inner) || isAgencyPhoto(inner)
            || (Prose.isAgencyAcronym(inner) || isOrganisationName(inner) || isPipeCredit(inner) || agencies.contains(inner))
                && sentenceEndBefore(s, open, from)) {
          return open;
        }
      }
      return -1;
    }
    if (s.charAt(n - 1) == ']') {
      // "… in Rongai, Nakuru County. [Mercy Chebet, Standard]": a credit in square brackets
      int open = s.lastIndexOf('[');
      if (open >= from && s.indexOf(']', open) == n - 1) {
        String inner = s.substring(open + 1, n - 1).strip();
        if (isCreditText(inner) || isNameSlashAcronym(inner) || isAgencyPhoto(inner)
            || isNameCommaOutlet(inner) && sentenceEndBefore(s, open, from)) {
          return open;
        }
      }
      return -1;
    }
    int glued = gluedCreditLabel(s, from);
    if (glued > 0) {
      return glued;
    }
    for (int p = n - 2; p > from; p--) {
      if (!Draft.isBlank(s.charAt(p - 1)) || Draft.isBlank(s.charAt(p))) {
        continue; // a credit starts a word
      }
      int q = p - 1;
      while (q > from && Draft.isBlank(s.charAt(q - 1))) {
        q--;
      }
      if (q <= from) {
        continue;
      }
      char before = s.charAt(q - 1);
      boolean separator = isSeparator(before) && q - 1 > from && Draft.isBlank(s.charAt(q - 2));
      boolean sentenceEnd = (before == '.' || before == '!' || before == '?' || Prose.isClosingQuote(before))
          && endsSentence(s, q - 1, from);
      if (!separator && !sentenceEnd) {
        continue;
      }
      String t = s.substring(p);
      // A copyright credit only glued after a caption's sentence: on a line of its own,
      // "© 2023 The Brookings Institution" is the site footer's.
      if (isCreditText(t) || separator && (isAgency(t) || Prose.isAgencyAcronym(t) && sentenceEndBefore(s, q - 1, from))
          || sentenceEnd && (isCopyrightCredit(t) || isCopyrightCredit(withoutPictureWord(t)) || isCreditLabelWithAnyValue(t)
              || stockAgencies.contains(t))) {
        return p;
      }
    }
    return -1;
  }

  /** Credit labels a flattened page glues to a caption's last sentence: "….Credit...Name", "….Image: Name/Agency". */
  private static final String[] GLUED_LABELS = {"Credit...", "Credit\u2026", "Image: ", "Photo: ", "Picture: ", "Credit: ",
    "Photo credit: ", "Image credit: ", "Picture credit: "};

  /**
   * A {@code "Credit..."} credit glued to the caption's last sentence without a space, as a
   * flattened page joins the two elements ({@code "… out of service.Credit...Sofia Marchetti for
   * The Metropolitan Ledger"}): where it starts, or -1.
   */
  private int gluedCreditLabel(String s, int from) {
    // Searched forward from the tail's start: the search reads only the tail, not the whole line.
    int at = -1;
    for (String label : GLUED_LABELS) {
      for (int k = s.indexOf(label, Math.max(from + 1, 2)); k >= 0; k = s.indexOf(label, k + 1)) {
        at = Math.max(at, k);
      }
    }
    if (at < 0) {
      return -1;
    }
    char before = s.charAt(at - 1);
    boolean afterSentence = (before == '.' || before == '!' || before == '?' || Prose.isClosingQuote(before))
        && Character.isLetter(s.charAt(at - 2));
    if (!afterSentence) {
      return -1;
    }
    String credit = s.substring(at);
    return isLabelCredit(credit) || isCreditLabelWithAnyValue(credit) ? at : -1;
  }

  /**
   * {@code "Photo credit: the library’s press service"}: a label that can only be a credit's, and a
   * short value after it (at most six words, no sentence end), whatever its case.
   */
  private static boolean isCreditLabelWithAnyValue(String t) {
    int colon = t.indexOf(": ");
    if (colon < 0 || !t.substring(0, colon).toLowerCase(java.util.Locale.ROOT).endsWith(" credit")) {
      return false;
    }
    String value = t.substring(colon + 2).strip();
    return !value.isEmpty() && Prose.wordCount(value) <= 6 && !Prose.hasSentenceEnd(value) && value.length() <= 60;
  }

  /**
   * Whether the mark at {@code i} ends a sentence: not the dot of an initial or an abbreviation in
   * capitals ({@code "U.S."}, {@code "W."}), nor a quote that closes nothing after a word char.
   */
  private static boolean endsSentence(String s, int i, int from) {
    int j = i;
    while (j > from && Prose.isClosingQuote(s.charAt(j))) {
      j--;
    }
    char c = s.charAt(j);
    if (c != '.' && c != '!' && c != '?') {
      return false;
    }
    if (c == '.' && j > from) {
      char b = s.charAt(j - 1);
      // "U.S. Navy", "Jason W. Edwards": a capital right before the dot is an initial.
      if (Character.isUpperCase(b) && (j - 1 == from || !Character.isLetter(s.charAt(j - 2)))) {
        return false;
      }
      if (Character.isUpperCase(b) && j - 2 >= from && s.charAt(j - 2) == '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * A {@code "(Photo: …)"} or {@code "(AP Photo/…)"} credit at the line's start, glued to the
   * paragraph after it: the offset where the paragraph starts, or -1.
   */
  private int creditParenthesisAtStart(String s, int start, int end) {
    int limit = Math.min(end, start + MAX_HEAD);
    int close = -1;
    for (int i = start + 1; i < limit; i++) {
      char c = s.charAt(i);
      if (c == ')') {
        close = i;
        break;
      }
      if (c == '(') {
        return -1;
      }
    }
    if (close < 0 || close + 1 >= end || !Draft.isBlank(s.charAt(close + 1))) {
      return -1;
    }
    int rest = close + 1;
    while (rest < end && Draft.isBlank(s.charAt(rest))) {
      rest++;
    }
    char first = s.charAt(rest);
    if (!(Character.isUpperCase(first) || first == '"' || first == '\u201C')) {
      return -1;
    }
    return isCreditText(s.substring(start + 1, close).strip()) ? rest : -1;
  }

  /** The line without parentheses around all of it. */
  private static String unwrapped(String line) {
    if (line.length() > 2 && line.charAt(0) == '(' && line.charAt(line.length() - 1) == ')'
        && line.indexOf(')') == line.length() - 1) {
      return line.substring(1, line.length() - 1).strip();
    }
    return line;
  }

  /**
   * Whether {@code t} is a credit and nothing else: a credit label and a name, names and an
   * agency after a separator, an agency then names, {@code "<who> photo by <names>"},
   * {@code "Courtesy of <names>"}, or a standalone credit.
   */
  boolean isCreditText(String t) {
    if (t.length() < 2) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (standalone.contains(lower) || lower.endsWith(".") && standalone.contains(lower.substring(0, lower.length() - 1))) {
      return true;
    }
    if (!mayEndWithCredit(t.charAt(t.length() - 1))) {
      return false; // prose ends with a period; a credit does not ("a poll by Ipsos/Reuters." stays)
    }
    return isLabelCredit(t) || endsWithAgency(t, lower) || startsWithAgency(t) || isByCredit(t, lower)
        || isCourtesy(t) || isLicenseCredit(t) || isNameSlashOutlet(t);
  }

  /**
   * A picture's author and its Creative Commons licence: {@code "Elena Marchetti-Howe, CC BY-ND"},
   * {@code "Jane Doe/Wikimedia Commons, CC BY-SA 4.0"}, {@code "CC BY 2.0"}: the licence's code
   * last, and before it only a name of at most six capitalized words.
   */
  public static boolean isLicenseCredit(String t) {
    int cc = t.lastIndexOf("CC BY");
    if (cc < 0) {
      return false;
    }
    int p = cc + 5;
    while (p + 2 < t.length() && t.charAt(p) == '-' && (t.startsWith("NC", p + 1) || t.startsWith("ND", p + 1)
        || t.startsWith("SA", p + 1))) {
      p += 3;
    }
    String rest = t.substring(p).strip();
    if (!rest.isEmpty() && !rest.matches("\\d\\.\\d|\\d\\.\\d \\w{2,10}")) {
      return false;
    }
    String who = t.substring(0, cc).strip();
    if (who.endsWith(",") || who.endsWith("/") || who.endsWith("|")) {
      who = who.substring(0, who.length() - 1).strip();
    }
    if (who.isEmpty()) {
      return true;
    }
    String[] words = who.split(" ");
    if (words.length > 6 || Prose.hasSentenceEnd(who)) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code "© UNDP/Aibek Asanov"}, {@code "© 2024 Private"}, {@code "©Getty Images"}: a copyright
   * sign, maybe a year, then at most six words that start with capitals (or hold a slash), no
   * sentence end, glued after a caption's last sentence. A notice with one ("© 2024 The Tribune. All
   * rights reserved.") ends with a period, and one alone on its line is the site footer's.
   */
  static boolean isCopyrightCredit(String t) {
    if (t.startsWith("(c) ") || t.startsWith("(C) ")) {
      t = "\u00A9" + t.substring(3); // the sign as a keyboard writes it: "(c) Northumberland National Park Authority"
    }
    if (t.isEmpty() || t.charAt(0) != '\u00A9' || t.length() > 80) {
      return false;
    }
    String rest = t.substring(1).strip();
    if (rest.length() > 5 && Character.isDigit(rest.charAt(0)) && rest.charAt(4) == ' ') {
      rest = rest.substring(5).strip();
    }
    if (rest.isEmpty() || Prose.hasSentenceEnd(rest) || Prose.wordCount(rest) > 6) {
      return false;
    }
    for (String w : rest.split(" ")) {
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || w.indexOf('/') > 0 || w.equals("of") || w.equals("and"))) {
        return false;
      }
    }
    return true;
  }

  private static final String[] PICTURE_WORDS = {"Image ", "Photo ", "Picture ", "Photograph ", "Pic ", "Main image ",
    "Image: ", "Photo: ", "Picture: "};

  /** {@code "Image © Jane Doe"} without its picture word ({@code "© Jane Doe"}); {@code t} when it has none. */
  static String withoutPictureWord(String t) {
    for (String w : PICTURE_WORDS) {
      if (t.startsWith(w) && t.length() > w.length() && t.charAt(w.length()) == '\u00A9') {
        return t.substring(w.length());
      }
    }
    return t;
  }

  /** {@code "Credit: U.S. Navy"}, {@code "Photo: Alex Wong/Getty Images"}, {@code "Credit...Andy Rain"}: a label and a name. */
  private boolean isLabelCredit(String t) {
    int reach = Math.min(t.length(), longestLabel + 3);
    if (!holds(t, 0, reach, ':') && !holds(t, 0, reach, '.') && !holds(t, 0, reach, '\u2026') && !holds(t, 0, reach, '/')) {
      return false; // a label is followed by a colon, an ellipsis or a slash: "Storms" has none
    }
    for (String label : labels) {
      int at = Prose.afterLabel(t, label);
      if (at < 0) {
        continue;
      }
      int p = at;
      if (p < t.length() && t.charAt(p) == ':') {
        p++;
      } else if (t.startsWith(" / ", p)) {
        p += 3; // "Photo / Supplied", as NZ papers credit
      } else if (t.startsWith("...", p)) {
        p += 3;
      } else if (p < t.length() && t.charAt(p) == '\u2026') {
        p++;
      } else {
        return false;
      }
      return isNameLike(t.substring(p).strip(), isLowerCase(t, at));
    }
    return false;
  }

  /** Whether {@code t} has no capital before {@code end}: a label a lower-casing scrape left. */
  private static boolean isLowerCase(String t, int end) {
    for (int i = 0; i < end; i++) {
      if (Character.isUpperCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A whole line that starts with a label and its colon. A credit label ("Credit", "Photo
   * credit") must be followed by a name; a caption label ("Photo", "Image") by a name or a caption
   * that does not start in lower case as a sentence run on after a colon does.
   */
  private boolean startsWithLabel(String line) {
    return labelled(line) != NOT_LABELLED;
  }

  private static final int NOT_LABELLED = 0;
  private static final int LABELLED_NAME = 1;
  private static final int LABELLED_CAPTION = 2;

  /** Whether a label and its colon start the line, and what follows: a name, a caption or neither. */
  private int labelled(String line) {
    if (!labelFirstChars.mayMatch(line.charAt(0))) {
      return NOT_LABELLED; // no label starts so: the first char compared as regionMatches ignoring case does
    }
    if (!holds(line, 0, Math.min(line.length(), longestLabel + 1), ':')) {
      return NOT_LABELLED; // a label is read only with its colon
    }
    for (String label : labels) {
      int at = Prose.afterLabel(line, label);
      if (at < 0) {
        continue;
      }
      if (at < line.length() && line.charAt(at) == ':') {
        String rest = line.substring(at + 1).strip();
        if (rest.length() < 2) {
          return NOT_LABELLED;
        }
        if (isNameLike(rest, isLowerCase(line, at)) || isSourceInLowerCase(rest)) {
          return LABELLED_NAME;
        }
        if (creditLabels.contains(label.toLowerCase(Locale.ROOT))) {
          return NOT_LABELLED;
        }
        return Character.isLowerCase(rest.charAt(0)) ? NOT_LABELLED : LABELLED_CAPTION;
      }
      return NOT_LABELLED;
    }
    return NOT_LABELLED;
  }

  /**
   * A picture's source written in lower case after its label ({@code "Photo: press service of the
   * Ministry of Agriculture"}, {@code "Photo: courtesy of the family"}, {@code "Image: file"}): one
   * of the ways a source is named, then at most ten words and no sentence end.
   */
  static boolean isSourceInLowerCase(String rest) {
    if (rest.length() > 100 || Prose.hasSentenceEnd(rest) || Prose.wordCount(rest) > 10) {
      return false;
    }
    for (String opening : LOWER_CASE_SOURCES) {
      if (rest.startsWith(opening) && (rest.length() == opening.length() || !Character.isLetter(rest.charAt(opening.length())))) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> LOWER_CASE_SOURCES = List.of("press service of", "the press service of", "press office of",
      "courtesy of", "courtesy", "handout", "file photo", "file", "archive", "archives", "screenshot", "social media",
      "open sources", "open source", "supplied");

  /**
   * Whether line {@code i}, below the header, is a caption under its label ("Photo: Women mending
   * nets on the fish wharf, 1912.") that may be the text's own: a sentence with no verb a caption
   * describes a picture with, and no credit on the line above or under it. An exhibition's object
   * label reads so, its medium and its story under it; a page's caption has its credit beside it,
   * or says what the picture shows ("Photo: The minister inspects the ramp."), or has no period.
   */
  private boolean mayBeTheTextsOwn(TextLines lines, int i, int headerEnd) {
    if (i < headerEnd) {
      return false;
    }
    String t = lines.get(i).text();
    if (labelled(t) != LABELLED_CAPTION || !Prose.endsLikeSentence(t) || hasCaptionVerb(t)) {
      return false;
    }
    return !(i + 1 < lines.size() && isCreditLine(lines.get(i + 1).text()) || i > 0 && isCreditLine(lines.get(i - 1).text()));
  }

  /**
   * A caption that ends in a wire service's name in parentheses, with no sentence end before it
   * ({@code "Jordanian and Iraqi officials during talks in Amman on 15 March 2025 (Petra)"}): the
   * caption must say when or what the picture shows (a full date or a caption's verb), as a
   * heading that ends so ("A week in the rose-red city (Petra)") does not.
   */
  private boolean isCaptionOverAgency(String line) {
    int n = line.length();
    if (line.charAt(n - 1) != ')') {
      return false;
    }
    int open = line.lastIndexOf('(');
    if (open <= 0 || !agencies.contains(line.substring(open + 1, n - 1).strip())) {
      return false;
    }
    String caption = line.substring(0, open).strip();
    return Prose.wordCount(caption) >= 6 && readsAsCaption(caption) && (hasCaptionVerb(caption) || hasFullDate(caption));
  }

  /** Whether {@code t} holds a whole date, day and month and year in either order ("15 March 2025", "March 15, 2025"). */
  private static boolean hasFullDate(String t) {
    String[] words = t.split("\\s+");
    for (int k = 0; k + 2 < words.length; k++) {
      String w = bare(words[k]).toLowerCase(Locale.ROOT);
      String next = bare(words[k + 1]).toLowerCase(Locale.ROOT);
      if (isMonth(w) && isDayNumber(words[k + 1]) && isYear(words[k + 2]) || isDayNumber(words[k]) && isMonth(next) && isYear(words[k + 2])) {
        return true;
      }
    }
    return false;
  }

  private boolean isCreditLine(String t) {
    return t.length() <= MAX_LINE && t.length() >= 4 && isCredit(t);
  }

  private boolean hasCaptionVerb(String t) {
    for (String w : t.split("\\s+")) {
      if (captionVerbs.contains(bare(w).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** {@code "… /Getty Images"}, {@code "… via Getty Images"}, {@code "… | AFP"}, {@code "… © Alamy"}: names before the agency. */
  private boolean endsWithAgency(String t, String lower) {
    if (!agencyLastChars.mayMatch(t.charAt(t.length() - 1))) {
      return false;
    }
    if (t.indexOf('/') < 0 && t.indexOf('|') < 0 && t.indexOf('\u00A9') < 0 && !lower.contains(" via ")) {
      return false; // the agency follows one of these; "Storms", "12 Comments" have none
    }
    for (String agency : agencies) {
      if (!t.regionMatches(true, t.length() - agency.length(), agency, 0, agency.length())) {
        continue;
      }
      String before = lower.substring(0, t.length() - agency.length());
      String sep = before.endsWith(" / ") ? " / " : before.endsWith("/ ") ? "/ " : before.endsWith("/") ? "/"
          : before.endsWith(" via ") ? " via " : before.endsWith(" | ") ? " | " : before.endsWith("© ") ? "© "
          : before.endsWith("©") ? "©" : null;
      if (sep != null) {
        return isCreditSegment(t.substring(0, before.length() - sep.length()));
      }
    }
    return false;
  }

  /** The agency first: {@code "REUTERS/Evelyn Hockstein"}, {@code "AP Photo/Evan Vucci"}. */
  private boolean startsWithAgency(String t) {
    if (!agencyFirstChars.mayMatch(t.charAt(0)) || t.indexOf('/') < 0) {
      return false;
    }
    for (String agency : agencies) {
      if (Prose.afterLabel(t, agency) == agency.length() && t.length() > agency.length() + 1
          && t.charAt(agency.length()) == '/') {
        return isCreditSegment(t.substring(agency.length() + 1));
      }
    }
    return false;
  }

  private boolean isAgency(String t) {
    for (String agency : agencies) {
      if (t.equalsIgnoreCase(agency)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence ends right before {@code at} in {@code s} (blanks and a separator between). */
  /** {@code "Mercy Chebet, Standard"}: a person's name, a comma, one to three capitalized words (the outlet). */
  private static boolean isNameCommaOutlet(String inner) {
    int comma = inner.lastIndexOf(", ");
    if (comma <= 0 || !PersonNames.isName(inner.substring(0, comma))) {
      return false;
    }
    String[] words = inner.substring(comma + 2).split(" ");
    if (words.length > 3) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || Prose.hasSentenceEnd(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sentenceEndBefore(String s, int at, int from) {
    int e = at;
    while (e > from && (Draft.isBlank(s.charAt(e - 1)) || isSeparator(s.charAt(e - 1)))) {
      e--;
    }
    if (e <= from) {
      return false;
    }
    char c = s.charAt(e - 1);
    return c == '.' || c == '!' || c == '?' || Prose.isClosingQuote(c);
  }

  /** {@code "U.S. Army photo by Sgt. Garrett Ty Whitfield"}, {@code "Photo by Jane Roe"}: who, a picture word, "by", names. */
  private boolean isByCredit(String t, String lower) {
    int by = lower.indexOf(" by ");
    if (by < 0 || lower.indexOf(" by ", by + 1) >= 0) {
      return false;
    }
    String head = lower.substring(0, by);
    for (String w : byWords) {
      if (head.endsWith(w) && (head.length() == w.length() || head.charAt(head.length() - w.length() - 1) == ' ')) {
        String who = t.substring(0, head.length() - w.length());
        String names = t.substring(by + 4);
        return Prose.wordCount(who) <= 6 && isCreditSegment(who) && !names.isBlank() && isCreditSegment(names)
            && Character.isUpperCase(names.strip().charAt(0));
      }
    }
    return false;
  }

  /** {@code "Courtesy of the U.S. Navy"}: a courtesy opening and a name. */
  /**
   * {@code "Kyle Fontaine/NBN"}, {@code "Jane Doe/CBC"}: a person's name, a slash and an
   * organisation's acronym (two to eight capitals), as broadcasters credit their own photos in
   * the parenthesis closing a caption. Only there: a parenthesis after a caption's sentence.
   */
  /**
   * A photographer and the paper they shoot for, parted by a slash ({@code "Marcus Ortega-Bell /
   * Lakeshore Sentinel"}, {@code "Jane Doe/The Daily Courier"}), as a newspaper network credits
   * its pictures: a person's name, then an outlet's ({@link BylineExtractor#outlet}).
   */
  static boolean isNameSlashOutlet(String t) {
    int slash = t.indexOf('/');
    if (slash <= 0 || slash != t.lastIndexOf('/') || t.length() > 80) {
      return false;
    }
    String name = t.substring(0, slash).strip();
    String outlet = t.substring(slash + 1).strip();
    return PersonNames.isName(name) && (BylineExtractor.outlet(outlet) != null || isPictureAgencyName(outlet))
        && !PersonNames.isName(outlet);
  }

  /**
   * {@code "PHOTO | FILE"}, {@code "Photo | Courtesy"}, {@code "PHOTO | AFP"}: the picture word, a
   * bar and one to four words, as East African papers credit a photo in a caption's parentheses.
   */
  private static boolean isPipeCredit(String inner) {
    int bar = inner.indexOf(" | ");
    if (bar < 0 || inner.length() > 60) {
      return false;
    }
    String word = inner.substring(0, bar);
    String rest = inner.substring(bar + 3).strip();
    return (word.equals("PHOTO") || word.equals("Photo") || word.equals("FILE PHOTO") || word.equals("PICTURE"))
        && !rest.isEmpty() && Prose.wordCount(rest) <= 4 && !Prose.hasSentenceEnd(rest);
  }

  /** {@code "VNA Photo"}, {@code "KNA Photos"}: an agency's initials and the picture word, in a caption's parentheses. */
  private static boolean isAgencyPhoto(String inner) {
    int sp = inner.indexOf(' ');
    if (sp < 2) {
      return false;
    }
    String rest = inner.substring(sp + 1);
    return (rest.equals("Photo") || rest.equals("Photos") || rest.equals("photo")) && Prose.isAgencyAcronym(inner.substring(0, sp));
  }

  /**
   * An organisation's name that hands a picture in, in the parentheses after a caption's sentence
   * ({@code "… in Oaxaca city. (Gobierno de la Ciudad de Oaxaca)"}): two to eight words, each
   * capitalized or a joining word, no digit and no sentence end.
   */
  private static boolean isOrganisationName(String s) {
    String[] words = s.split(" ");
    if (words.length < 2 || words.length > 8 || !Character.isUpperCase(s.charAt(0)) || Prose.hasSentenceEnd(s)) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || w.chars().anyMatch(Character::isDigit)
          || !Character.isUpperCase(w.charAt(0)) && !ORGANISATION_JOINERS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> ORGANISATION_JOINERS =
      Set.of("of", "the", "and", "for", "de", "la", "del", "du", "des", "di", "da", "do", "y", "e", "et", "&", "van", "von", "der");

  /**
   * A picture agency's or library's name of one word, as a photographer's credit names it after
   * the slash ({@code "Frans Holloway/Wildpix"}, {@code "Jane Doe/Flash90"}): a capital, then
   * letters, maybe ending in up to three digits, 3 to 20 chars.
   */
  private static boolean isPictureAgencyName(String s) {
    if (s.length() < 3 || s.length() > 20 || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    int end = s.length();
    while (end > 3 && s.length() - end < 3 && Character.isDigit(s.charAt(end - 1))) {
      end--;
    }
    for (int i = 1; i < end; i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isNameSlashAcronym(String t) {
    int slash = t.indexOf('/');
    if (slash <= 0 || slash != t.lastIndexOf('/') || t.length() > 60) {
      return false;
    }
    String org = t.substring(slash + 1);
    if (org.length() < 2 || org.length() > 8) {
      return false;
    }
    for (int i = 0; i < org.length(); i++) {
      if (!Character.isUpperCase(org.charAt(i))) {
        return false;
      }
    }
    return io.corpus.clean.internal.PersonNames.isName(t.substring(0, slash).strip());
  }

  private boolean isCourtesy(String t) {
    for (String c : courtesy) {
      int at = Prose.afterLabel(t, c);
      if (at > 0) {
        String names = t.substring(at).strip();
        if (names.startsWith(":")) {
          names = names.substring(1).strip();
        }
        if (names.regionMatches(true, 0, "the ", 0, 4)) {
          names = names.substring(4);
        }
        return !names.isEmpty() && Character.isUpperCase(names.charAt(0)) && Prose.wordCount(names) <= 8
            && isCreditSegment(names);
      }
    }
    return false;
  }

  private static final Set<String> CREDIT_WORDS =
      Set.of("via", "by", "for", "and", "of", "the", "de", "van", "von", "photo", "photos", "pool", "images", "image",
          "staff", "handout", "courtesy", "credit", "illustration", "file", "picture", "alliance");

  /** Whether {@code s} reads as a credit: at most ten words, names and credit words only. */
  private static boolean isCreditSegment(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return true;
    }
    if (Prose.wordCount(t) > 10) {
      return false;
    }
    for (String w : t.split("[ /]+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !CREDIT_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * What a label's colon is followed by in a credit: a credit ({@code "Alex Wong/Getty Images"}),
   * names ({@code "U.S. Navy"}), or, after a lower-case label, a lower-cased scrape's names
   * ({@code "alexander zemlianichenko / pool / afp"}): at most twelve words, no sentence end, no
   * word prose uses.
   */
  private boolean isNameLike(String s, boolean lowerCasedLine) {
    if (s.isEmpty() || Prose.wordCount(s) > 12 || Prose.hasSentenceEnd(s) && !isCreditSegment(s)) {
      return false;
    }
    if (isCreditSegment(s)) {
      return true;
    }
    if (!lowerCasedLine) {
      return false;
    }
    for (String w : s.split("[ /,]+")) {
      String k = w.toLowerCase(Locale.ROOT);
      if (proseWords.contains(k) || !k.equals(w)) {
        return false; // a prose word, or mixed case that is not a name
      }
    }
    return true;
  }

  /**
   * Whether the text before a credit reads as its caption, not as prose: no quotes, no word
   * reporting prose uses ("said", "have", "would", pronouns), at most two sentences, at most 45
   * words, and a caption's mark: a full date ({@code "Nov. 3, 2021"}, {@code "18 November
   * 2021"}), a caption verb ({@code "attends"}, {@code "speaks"}, {@code "is seen"}), only
   * capitalized words (a name, a title), or no sentence end at all. When unsure it is prose, and only the credit goes.
   */
  boolean readsAsCaption(String caption) {
    String c = caption.strip();
    if (c.isEmpty()) {
      return true;
    }
    if (c.indexOf('"') >= 0 || c.indexOf('\u201C') >= 0 || c.indexOf('\u201D') >= 0) {
      return false;
    }
    String[] words = c.split("\\s+");
    if (words.length > 45) {
      return false;
    }
    int sentences = 0;
    boolean verb = false;
    boolean allCapitalized = true;
    for (int k = 0; k < words.length; k++) {
      String w = bare(words[k]);
      if (w.isEmpty()) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (proseWords.contains(lower) || lower.endsWith("n't")) {
        return false;
      }
      verb |= captionVerbs.contains(lower);
      allCapitalized &= !Character.isLowerCase(w.charAt(0));
      String raw = words[k];
      char last = raw.charAt(raw.length() - 1);
      if ((last == '.' || last == '!' || last == '?') && (k + 1 == words.length || Character.isUpperCase(words[k + 1].charAt(0)))
          && w.length() > 3 && !isMonth(lower)) {
        sentences++;
      }
    }
    // A text that ends without a period before its credit is no prose paragraph.
    boolean unended = !Prose.endsLikeSentence(c);
    return sentences <= 2 && (verb || allCapitalized || unended || hasFullDate(c));
  }

  /** {@code w} without the punctuation around it. */
  private static String bare(String w) {
    int s = 0;
    int e = w.length();
    while (s < e && !Character.isLetterOrDigit(w.charAt(s))) {
      s++;
    }
    while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1)) && w.charAt(e - 1) != '\'') {
      e--;
    }
    return w.substring(s, e);
  }

  private static final Set<String> MONTHS =
      Set.of("january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul",
          "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec");

  private static boolean isMonth(String lower) {
    return MONTHS.contains(lower);
  }

  private static boolean isDayNumber(String w) {
    String b = bare(w);
    return !b.isEmpty() && b.length() <= 2 && Character.isDigit(b.charAt(0)) && (b.length() == 1 || Character.isDigit(b.charAt(1)));
  }

  private static boolean isYear(String w) {
    String b = bare(w);
    if (b.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(b.charAt(i))) {
        return false;
      }
    }
    return b.charAt(0) == '1' || b.charAt(0) == '2';
  }
}
