package io.corpus.clean.chrome;

import com.fasterxml.jackson.databind.JsonNode;
import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.CharsIgnoringCase;
import io.corpus.clean.internal.DataFiles;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.Prose;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Removes image credit and caption lines: a whole line that starts with a credit label and a
 * colon ({@code "Image credit: …"}, {@code "Photo: …"}, {@code "Illustration: …"}), or that ends
 * with a picture agency after a credit separator ({@code "… /Getty Images"}, {@code "… via Getty
 * Images"}, {@code "… / AFP"}, {@code "REUTERS/Evelyn Hockstein"}) or in a closing credit
 * parenthesis ({@code "… (AP Photo/Evan Vucci)"}, {@code "… (Photo by X/Getty Images)"}).
 *
 * <p>The labels and agencies are data ({@code image-credits.yaml}). A sentence that merely
 * mentions an agency ({@code "Getty Images said it had pulled the photo."}) does not end with a
 * credit, so it stays; lines longer than 300 chars are never credits. Stateless and thread-safe.
 *
 * <pre>{@code
 * // "Image credit: Peter Klaunzer - Pool/Keystone via Getty Images\n\nBody…"  ->  "Body…"
 * }</pre>
 */
public final class ImageCreditRemover implements CleanStep {

  public static final String ID = "chrome.image-credit";
  static final int MAX_LINE = 300;

  private final List<String> labels;
  private final List<String> agencies;
  /** The chars a label may start with, an agency start with, an agency end with, ignoring case. */
  private final CharsIgnoringCase labelFirstChars;
  private final CharsIgnoringCase agencyFirstChars;
  private final CharsIgnoringCase agencyLastChars;
  private final int longestLabel;
  private final int longestAgency;

  /** The built-in labels and agencies. */
  public ImageCreditRemover() {
    JsonNode root = DataFiles.read(ImageCreditRemover.class, "image-credits.yaml");
    // Longest first, so "Photo credit" wins over "Photo".
    this.labels = sortedLongestFirst(DataFiles.strings(root, "labels", "image-credits.yaml"));
    this.agencies = sortedLongestFirst(DataFiles.strings(root, "agencies", "image-credits.yaml"));
    this.labelFirstChars = CharsIgnoringCase.firstOf(labels);
    this.agencyFirstChars = CharsIgnoringCase.firstOf(agencies);
    this.agencyLastChars = CharsIgnoringCase.lastOf(agencies);
    this.longestLabel = labels.get(0).length();
    this.longestAgency = agencies.get(0).length();
  }

  private static List<String> sortedLongestFirst(List<String> in) {
    return in.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Image credit and caption lines (\"Image credit: …\", \"… /Getty Images\", \"(AP Photo/…)\").";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  @Override
  public void apply(Draft draft) {
    LineRemoval.removeMatchingLines(draft, MAX_LINE, l -> mayBeCredit(l.source(), l.start(), l.end()) && isCredit(l.text()), ID);
  }

  /**
   * False when the line {@code [start, end)} of {@code s} (trimmed) cannot be a credit: it does not
   * end in a closing parenthesis or with a char an agency ends with, and it does not start with a
   * char a label starts with and hold the label's colon within the longest label's length, nor
   * with a char an agency starts with and hold the agency's slash within the longest agency's
   * length. Most lines are so judged by two look-ups, without being copied.
   */
  boolean mayBeCredit(String s, int start, int end) {
    char first = s.charAt(start);
    char last = s.charAt(end - 1);
    return last == ')' || agencyLastChars.mayMatch(last)
        || labelFirstChars.mayMatch(first) && holds(s, start, Math.min(end, start + longestLabel + 1), ':')
        || agencyFirstChars.mayMatch(first) && holds(s, start, Math.min(end, start + longestAgency + 1), '/');
  }

  private static boolean holds(String s, int from, int to, char c) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  boolean isCredit(String line) {
    if (line.length() > MAX_LINE || line.length() < 4) {
      return false;
    }
    return startsWithLabel(line) || endsWithAgency(line) || endsWithCreditParenthesis(line);
  }

  private boolean startsWithLabel(String line) {
    if (!labelFirstChars.mayMatch(line.charAt(0))) {
      return false; // no label starts so: the first char compared as regionMatches ignoring case does
    }
    for (String label : labels) {
      int at = Prose.afterLabel(line, label);
      if (at < 0) {
        continue;
      }
      if (at < line.length() && line.charAt(at) == ':') {
        return line.substring(at + 1).strip().length() >= 2;
      }
      return false;
    }
    return false;
  }

  /** {@code "… /Getty Images"}, {@code "… via Getty Images"}, {@code "… | AFP"}, {@code "REUTERS/Name"}. */
  private boolean endsWithAgency(String line) {
    // Prose ends with a period; a credit does not ("a poll by Ipsos/Reuters." stays).
    if (line.endsWith(".")) {
      return false;
    }
    boolean mayEndWithAgency = agencyLastChars.mayMatch(line.charAt(line.length() - 1));
    for (int k = 0; mayEndWithAgency && k < agencies.size(); k++) {
      String agency = agencies.get(k);
      if (!line.regionMatches(true, line.length() - agency.length(), agency, 0, agency.length())) {
        continue;
      }
      String before = line.substring(0, line.length() - agency.length());
      String lower = before.toLowerCase(Locale.ROOT);
      String sep = lower.endsWith(" / ") ? " / " : lower.endsWith("/ ") ? "/ " : lower.endsWith("/") ? "/"
          : lower.endsWith(" via ") ? " via " : lower.endsWith(" | ") ? " | " : lower.endsWith("© ") ? "© "
          : lower.endsWith("©") ? "©" : null;
      if (sep != null) {
        return isCreditSegment(lastSentenceTail(before.substring(0, before.length() - sep.length())));
      }
    }
    // The agency first: "REUTERS/Evelyn Hockstein", "AP Photo/Evan Vucci".
    for (int k = 0; agencyFirstChars.mayMatch(line.charAt(0)) && k < agencies.size(); k++) {
      String agency = agencies.get(k);
      if (Prose.afterLabel(line, agency) == agency.length() && line.length() > agency.length() + 1
          && line.charAt(agency.length()) == '/') {
        return isCreditSegment(line.substring(agency.length() + 1));
      }
    }
    return false;
  }

  /** The text after the last sentence end of {@code s} (a caption's credit follows its last sentence). */
  private static String lastSentenceTail(String s) {
    int cut = 0;
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' ' && i > 0 && !Character.isUpperCase(s.charAt(i - 1))) {
        cut = i + 2;
      }
    }
    return s.substring(cut);
  }

  private static final java.util.Set<String> CREDIT_WORDS =
      java.util.Set.of("via", "by", "for", "and", "of", "de", "van", "von", "photo", "photos", "pool", "images", "image",
          "staff", "handout", "courtesy", "credit", "illustration", "file");

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

  /** A caption ending in a credit parenthesis: {@code "(AP Photo/Evan Vucci)"}, {@code "(Photo: …)"}. */
  private boolean endsWithCreditParenthesis(String line) {
    int last = line.length() - 1;
    while (last >= 0 && Character.isWhitespace(line.charAt(last))) {
      last--;
    }
    if (last < 0 || line.charAt(last) != ')') {
      return false; // most lines: known before the copy strip() makes
    }
    String s = line.strip();
    if (!s.endsWith(")")) {
      return false;
    }
    int open = s.lastIndexOf('(');
    if (open < 0) {
      return false;
    }
    String inner = s.substring(open + 1, s.length() - 1).strip();
    String prefix = s.substring(0, open).strip();
    if (!(prefix.isEmpty() || Prose.endsLikeSentence(prefix) || Prose.wordCount(prefix) <= 15)) {
      return false;
    }
    String lower = inner.toLowerCase(Locale.ROOT);
    if (lower.startsWith("photo by ") || lower.startsWith("photo: ") || lower.startsWith("photo credit")
        || lower.startsWith("image: ") || lower.startsWith("image credit") || lower.startsWith("credit: ")) {
      return true;
    }
    for (String agency : agencies) {
      if (Prose.afterLabel(inner, agency) == agency.length() && inner.length() > agency.length()
          && inner.charAt(agency.length()) == '/') {
        return true;
      }
      if (inner.regionMatches(true, inner.length() - agency.length(), agency, 0, agency.length())) {
        String before = inner.substring(0, inner.length() - agency.length());
        if (before.isEmpty() || before.endsWith("/") || before.endsWith(" via ")) {
          return true;
        }
      }
    }
    return false;
  }

}
