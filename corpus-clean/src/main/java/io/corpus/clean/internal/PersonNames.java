package io.corpus.clean.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a short string is a list of person names, as bylines print them: {@code "Amy
 * MacKinnon"}, {@code "Dave DeCamp and Jason Ditz"}, {@code "A, B, and C"}, {@code "Jean-Luc
 * de la Tour"}, {@code "J.R.R. Tolkien"}, {@code "Ta-Nehisi Coates"}. Each name has two to six
 * words, each capitalized (lower-case particles such as {@code de}, {@code van}, {@code bin}
 * allowed inside); a first word that is a common English function word, weekday or month is not a
 * name, so {@code "By the way"}, {@code "By March"} and {@code "By This Time"} are no bylines. A
 * name holds no role or newsroom word: {@code "Defense Reporter"}, {@code "Staff Writer"}, {@code
 * "Associated Press"} and {@code "Reuters Staff"} are capitalized pairs but no person. Stateless.
 */
public final class PersonNames {

  /** One name list is at most this long. */
  public static final int MAX_LENGTH = 160;

  private static final Set<String> PARTICLES =
      Set.of("de", "da", "das", "dos", "del", "della", "di", "du", "der", "den", "van", "von", "la", "le", "bin", "bint",
          "ibn", "al", "el", "y", "ten", "ter", "zu", "st.");

  private static final Set<String> NOT_FIRST =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "then", "now", "way", "far", "all", "any", "some", "most",
          "our", "my", "his", "her", "their", "its", "your", "contrast", "comparison", "default", "design", "law", "order",
          "early", "late", "mid", "end", "next", "last", "no", "not", "one", "two", "staff", "and", "or", "in", "on", "at",
          "to", "of", "for", "with", "from", "using", "being", "having", "doing", "making", "monday", "tuesday", "wednesday",
          "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december", "president", "secretary", "mr.", "mrs.", "ms.",
          "dr.", "how", "what", "why", "who", "when", "where", "it", "he", "she", "they", "we", "you", "i", "via", "by",
          "office", "live");

  /**
   * Words that make a capitalized phrase a role or a newsroom, not a person: a byline's {@code
   * ", Staff Writer"} or {@code ", Associated Press"} is no second author.
   */
  private static final Set<String> NOT_IN_NAME =
      Set.of("reporter", "reporters", "writer", "writers", "correspondent", "correspondents", "editor", "editors",
          "contributor", "contributors", "columnist", "producer", "journalist", "analyst", "photographer", "staff",
          "press", "news", "newsroom", "agency", "wire", "wires", "bureau", "desk", "team", "service", "services",
          "reports", "report", "intern", "manager", "coordinator", "specialist", "spokesperson", "spokesman",
          "spokeswoman", "adviser", "advisor", "communications",
          // institutions: "By U.S. Embassy Lima", "Office of the Spokesperson"
          "embassy", "consulate", "mission", "department", "ministry", "office", "commission", "council", "committee",
          "government", "administration", "university", "institute", "foundation", "association", "center", "centre",
          "authority", "county", "city", "state", "u.s.", "us", "uk", "un", "eu", "contact", "contacts", "information",
          "details", "inquiries", "enquiries",
          // a page's own headings: "Key Points", "Top Stories", "Live Updates"
          "points", "takeaways", "highlights", "summary", "stories", "updates", "headlines", "topics", "videos", "photos",
          "comments",
          // a promo's or a service's words: "Transcribe Your Own Content", "MarketTrail Transcripts"
          "your", "own", "content", "transcripts", "transcript", "transcribe", "free", "subscribe",
          // a paper's name: "Philippine Daily Beacon"
          "daily", "herald", "tribune", "gazette", "beacon", "courier", "chronicle", "inquirer", "journal", "dispatch",
          "sentinel", "examiner", "enquirer", "bulletin", "telegraph", "observer",
          // a press office's: "MoHMS Media", "Media Relations Unit"
          "media", "unit", "relations",
          // a page's labels and bodies under a headline (sets Z and AA): "Regional Development" (a
          // minister's portfolio), "Meetings Coverage", "Watch Live", "Cedar Hollow Unified School District"
          "development", "coverage", "meetings", "live", "watch", "district", "school", "unified", "regional",
          // a meeting's: "Regular Board Meeting, November 6, 2024"
          "board", "meeting", "session", "hearing", "briefing",
          // a site's account: "Posted by: ICT Admin"
          "admin", "administrator", "webmaster",
          // a page's controls: "Printable Version", "Add to Briefcase", "Buy Now", "View Original"
          "printable", "version", "briefcase", "buy", "view", "original", "download", "listen", "click", "donate", "checkout",
          "cart", "login", "signup", "bookmark", "share", "print");

  private PersonNames() {}

  /** Whether a word of a capitalized phrase names a role or a newsroom ({@code Reporter}, {@code Press}, {@code Staff}). */
  public static boolean isRoleOrNewsroomWord(String word) {
    return NOT_IN_NAME.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The names in {@code text} split at commas, {@code "and"} and {@code "&"}, or an empty list when
   * any part is not a person name.
   */
  public static List<String> parseList(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (String byComma : s.split(",", -1)) {
      String piece = byComma.strip();
      if (piece.regionMatches(true, 0, "and ", 0, 4)) {
        piece = piece.substring(4).strip();
      }
      for (String byAnd : piece.split(" and | AND | & ", -1)) {
        parts.add(byAnd.strip());
      }
    }
    List<String> names = new ArrayList<>();
    for (String p : parts) {
      if (!isName(p)) {
        return List.of();
      }
      names.add(p);
    }
    return names;
  }

  /** Joining words a byline in capitals holds and no name does. */
  private static final Set<String> JOINING_IN_CAPITALS = Set.of("WITH", "AND", "FOR", "FROM", "THE", "OF", "TO", "IN", "ON", "AT", "BY");

  /** Whether {@code s} is one person name. */
  public static boolean isName(String s) {
    if (s.isEmpty() || s.length() > 60) {
      return false;
    }
    String[] words = s.split(" ", -1);
    if (words.length == 1) {
      return isInitialAndName(s);
    }
    if (words.length > 6) {
      return false;
    }
    if (NOT_FIRST.contains(words[0].toLowerCase(Locale.ROOT))) {
      return false;
    }
    int capitalized = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        return false;
      }
      boolean inner = i > 0 && i < words.length - 1;
      if (inner && PARTICLES.contains(w.toLowerCase(Locale.ROOT)) && Character.isLowerCase(w.charAt(0))) {
        continue;
      }
      if (!isNameWord(w) || NOT_IN_NAME.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (i > 0 && JOINING_IN_CAPITALS.contains(w)) {
        return false; // "ANATOLIAN POST WITH AA": an outlet's credit in capitals, no name
      }
      capitalized++;
    }
    return capitalized >= 2;
  }

  /**
   * A Mongolian name as its owner writes it, the father's initial glued to the given name:
   * {@code "D.Anujin"}, {@code "B.Enkhjargal"}.
   */
  private static boolean isInitialAndName(String w) {
    if (w.length() < 5 || !Character.isUpperCase(w.charAt(0)) || w.charAt(1) != '.' || !Character.isUpperCase(w.charAt(2))) {
      return false;
    }
    for (int i = 3; i < w.length(); i++) {
      if (!Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code DeCamp}, {@code O'Brien}, {@code Kendall-Taylor}, {@code J.}, {@code J.R.R.}, {@code Jr.}, {@code III}. */
  public static boolean isNameWord(String w) {
    if (!Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (c != '.' && c != '\'' && c != '\u2019' && c != '-') {
        return false;
      }
    }
    // A word that ends a sentence is no name word; initials and "Jr." keep their period.
    if (w.endsWith(".") && letters > 3) {
      return false;
    }
    return letters >= 1 && !w.endsWith("-") && !w.endsWith("'");
  }

  /**
   * A name printed in capitals, in the case a name is written ({@code "EUGENE DALLOWAY"} is {@code
   * "Eugene Dalloway"}, {@code "MARTÍN O'NEILL-ROSS"} {@code "Martín O'Neill-Ross"}, {@code
   * "MCDONALD"} {@code "McDonald"}): each part after a blank, a hyphen or an apostrophe that follows
   * one letter starts with a capital, the rest lower-cased. A name with a lower-case letter anywhere
   * ({@code "Eugene DALLOWAY"}, {@code "danah boyd"}) is the author's own way and stays, and so do
   * initials alone ({@code "J.R."}).
   */
  public static String inNameCase(String name) {
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLowerCase(c)) {
        return name;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    if (letters < 4) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name.length());
    boolean start = true;
    int partStart = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetter(c)) {
        sb.append(c);
        boolean apostrophe = (c == '\'' || c == '\u2019') && i - partStart == 1;
        start = c == ' ' || c == '-' || c == '.' || apostrophe;
        if (start) {
          partStart = i + 1;
        }
        continue;
      }
      boolean mc = i - partStart == 2 && sb.length() >= 2 && sb.charAt(sb.length() - 2) == 'M' && sb.charAt(sb.length() - 1) == 'c'
          && i + 2 < name.length() && Character.isLetter(name.charAt(i + 2));
      sb.append(start || mc ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = false;
    }
    return sb.toString();
  }

  /** Titles a byline may set before a name, which are not part of it ("Pastor Elena Marwick", "Hon. Grace Wanjiru"), folded. */
  private static final Set<String> HONORIFICS = Set.of("pastor", "rev.", "rev", "reverend", "rabbi", "imam", "father", "fr.",
      "bishop", "hon.", "hon", "honourable", "honorable", "the", "very");

  /**
   * The name without the titles before it ({@code "Pastor Elena Marwick"} is {@code "Elena
   * Marwick"}, {@code "The Rev. John Okafor"} {@code "John Okafor"}); the name itself when nothing
   * but a title and one word would be left ({@code "Father Christmas"}, {@code "Bishop"}).
   */
  public static String withoutHonorifics(String name) {
    String[] words = name.split(" ");
    int k = 0;
    while (k < words.length && HONORIFICS.contains(words[k].toLowerCase(Locale.ROOT))) {
      k++;
    }
    if (k == 0 || words.length - k < 2) {
      return name;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
  }
}
