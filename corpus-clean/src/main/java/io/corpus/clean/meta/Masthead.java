package io.corpus.clean.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.corpus.clean.internal.DataFiles;
import io.corpus.clean.internal.Prose;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the first line above a headline is the site's name, the page's publisher ({@code "The
 * Harbor City Tribune"}, {@code "UN News"}, {@code "Meridian Policy Institute"}) rather than a
 * section label ({@code "Business"}, {@code "Local News"}). A name is one to eight capitalized words
 * with no sentence or breadcrumb mark, not a known section label, and shows a sign of being a
 * name: it starts with "The", holds an outlet's or an organization's word ({@code
 * mastheads.yaml}), or the page names it again below its header (a footer, a bio, "More from …").
 * When unsure, it is no name: the publisher stays unknown. Stateless and thread-safe.
 */
final class Masthead {

  static final int MAX_WORDS = 8;
  static final int MAX_LENGTH = 60;

  private static final Set<String> OUTLET_WORDS;
  private static final Set<String> SECTION_LABELS;

  static {
    JsonNode root = DataFiles.read(Masthead.class, "mastheads.yaml");
    OUTLET_WORDS = Set.copyOf(DataFiles.strings(root, "outletWords", "mastheads.yaml"));
    Set<String> labels = new HashSet<>();
    for (String s : DataFiles.strings(root, "sectionLabels", "mastheads.yaml")) {
      labels.add(Prose.fold(s));
    }
    SECTION_LABELS = Set.copyOf(labels);
  }

  /** Joining words a name may hold in lower case ("Northern Institute of Marine Science"). */
  private static final Set<String> JOINING = Set.of("of", "the", "and", "for", "on", "in", "at", "de", "la", "du", "&");

  private Masthead() {}

  /** Whether {@code line} is a section's label ({@code "News in brief"}, {@code "Local News"}), in any case. */
  static boolean isSectionLabel(String line) {
    return line.length() <= 40 && (SECTION_LABELS.contains(Prose.fold(line)) || isPageTypeLabel(line));
  }

  /** The plural nouns a page-type label ends with ("Press briefing notes", "Oral evidence transcripts"). */
  private static final Set<String> DOCUMENT_PLURALS = Set.of("releases", "statements", "briefings", "notes", "transcripts",
      "speeches", "remarks", "announcements", "notices", "advisories", "bulletins", "readouts", "testimonies");

  /**
   * A page-type label over a headline: one to three words ending in a plural document noun, no
   * other word ending in "s" (but "ss", "news") or "ed" (a headline's verb: "Council publishes
   * notes"), or two such nouns joined ("Briefings & Statements").
   */
  static boolean isPageTypeLabel(String line) {
    String[] words = line.strip().toLowerCase(Locale.ROOT).split(" +");
    if (words.length == 3 && (words[1].equals("&") || words[1].equals("and"))) {
      return DOCUMENT_PLURALS.contains(words[0]) && DOCUMENT_PLURALS.contains(words[2]);
    }
    if (words.length > 3 || !DOCUMENT_PLURALS.contains(words[words.length - 1])) {
      return false;
    }
    for (int k = 0; k < words.length - 1; k++) {
      String w = words[k];
      if (w.endsWith("s") && !w.endsWith("ss") && !w.equals("news") || w.endsWith("ed") || !Character.isLetter(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word of {@code line} is an outlet's or an institution's ("Ministry of Jal Shakti", "Times-Picayune"). */
  static boolean hasOutletWord(String line) {
    for (String w : line.split(" +")) {
      String lower = w.toLowerCase(Locale.ROOT);
      int hyphen = lower.lastIndexOf('-');
      if (OUTLET_WORDS.contains(lower) || hyphen > 0 && OUTLET_WORDS.contains(lower.substring(hyphen + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code line}, the first line above the headline, is the site's name.
   *
   * @param below the page's text after the header, where the name may stand again
   */
  static boolean isSiteName(String line, String below) {
    if (!hasNameShape(line) || SECTION_LABELS.contains(Prose.fold(line))) {
      return false;
    }
    String[] words = line.split(" +");
    if (words.length >= 2 && words[0].equals("The")) {
      return true;
    }
    for (String w : words) {
      if (OUTLET_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
      int hyphen = w.lastIndexOf('-');
      if (hyphen > 0 && OUTLET_WORDS.contains(w.substring(hyphen + 1).toLowerCase(Locale.ROOT))) {
        return true; // "Post-Herald", "Times-Picayune"
      }
    }
    return words.length == 1 && isBrand(line) || namedAgain(line, below) || words.length >= 2 && namedInAddress(line, below);
  }

  /**
   * Whether the page gives the name run together as its handle or its domain: {@code "Solveig
   * Bakes"} as {@code "@solveigbakes"} or {@code "solveigbakes.com"}, in any case. A blog's name
   * rarely has an outlet word, and its social handle or address is where the page names it again.
   */
  static boolean namedInAddress(String name, String text) {
    StringBuilder k = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        k.append(Character.toLowerCase(c));
      }
    }
    String key = k.toString();
    if (key.length() < 6) {
      return false;
    }
    char first = key.charAt(0);
    for (int i = 1; i + key.length() <= text.length(); i++) {
      if (Character.toLowerCase(text.charAt(i)) != first || !text.regionMatches(true, i, key, 0, key.length())) {
        continue;
      }
      int end = i + key.length();
      char before = text.charAt(i - 1);
      boolean handle = before == '@';
      boolean domain = !Character.isLetterOrDigit(before) && end + 2 < text.length() && text.charAt(end) == '.'
          && Character.isLetter(text.charAt(end + 1)) && Character.isLetter(text.charAt(end + 2));
      if ((handle || domain) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) )) {
        return true;
      }
    }
    return false;
  }

  /**
   * One to eight words, at most {@value #MAX_LENGTH} chars, each capitalized, a digit group ("KTVR 9
   * News") or a joining word; the first a capital; no sentence end, colon, comma, bar, slash or
   * breadcrumb mark.
   */
  static boolean hasNameShape(String line) {
    if (line.isEmpty() || line.length() > MAX_LENGTH || !Character.isUpperCase(line.charAt(0))) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '.' && i >= 1 && Character.isUpperCase(line.charAt(i - 1)) && (i < 2 || !Character.isLetter(line.charAt(i - 2))
          || line.charAt(i - 2) == '.' || i >= 3 && line.charAt(i - 3) == '.')) {
        continue; // an initialism's dots: "U.S. Department of Energy"
      }
      if (".!?:;,|/\\>\u00BB\u203A\u2022\u00B7()[]\"\u201C\u201D".indexOf(c) >= 0) {
        return false;
      }
    }
    String[] words = line.split(" +");
    if (words.length > MAX_WORDS) {
      return false;
    }
    for (String w : words) {
      char c = w.charAt(0);
      if (!(Character.isUpperCase(c) || Character.isDigit(c) || JOINING.contains(w))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A brand's one word with a capital inside it after a small letter ({@code "TechBeat"}, {@code
   * "AdLine"}), not a name's prefix ({@code "McCain"}, {@code "MacLeod"}, {@code "DeShawn"}).
   */
  static boolean isBrand(String word) {
    for (int i = 2; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
        String head = word.substring(0, i);
        return !(head.equals("Mc") || head.equals("Mac") || head.equals("De") || head.equals("La")
            || head.equals("Le") || head.equals("Di") || head.equals("Van") || head.equals("Von"));
      }
    }
    return false;
  }

  /**
   * Whether {@code name} stands in {@code text} as whole words, in the same case, where a sentence
   * does not start: after a word in lower case ("covers the NHL for Sportsline"), an opening
   * parenthesis ("(Reuters)") or a copyright mark, and not followed by another capitalized word;
   * not at the start of a sentence or a line, where any capitalized word may stand.
   */
  static boolean namedAgain(String name, String text) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int end = at + name.length();
      boolean startOk = at > 0 && !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk && midSentence(text, at) && !capitalAfter(text, end)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a capitalized word follows {@code end} after one space: the name is then part of a longer one ("our Consumer Watch newsletter"). */
  private static boolean capitalAfter(String text, int end) {
    return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
  }

  private static boolean midSentence(String text, int at) {
    int p = at - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    if (p < 0) {
      return false;
    }
    char c = text.charAt(p);
    if (Character.isLetter(c)) {
      int w = p;
      while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      return Character.isLowerCase(text.charAt(w)); // "for Sportsline", not "Download TechBeat"
    }
    return c == '(' || c == '\u00A9' || Character.isDigit(c) && p + 1 < at;
  }
}
