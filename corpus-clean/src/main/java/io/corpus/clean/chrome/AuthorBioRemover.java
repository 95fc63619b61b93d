package io.corpus.clean.chrome;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.LowerCasedPhrases;
import io.corpus.clean.internal.PersonNames;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import java.util.List;
import java.util.Locale;

/**
 * Removes the author's bio and social-handle lines at the end of an article: {@code "Dave DeCamp
 * is the news editor of Antiwar.com, follow him on Twitter @decampdave."}, {@code "Follow her on
 * Twitter @amymackinnon"}, {@code "Twitter: @decampdave"}.
 *
 * <p>Runs in the {@link Phase#METADATA} phase, after the byline rule, because a bio is recognized
 * by the author it names: the last lines are taken off one by one while each is either a social
 * line ("Follow … on Twitter/X/…", a lone handle) or a short paragraph (at most 600 chars) that
 * starts with an author's name (full, or the surname) followed by a bio verb ({@code is}, {@code
 * was}, {@code writes}, {@code covers}, …). Without a known author, a closing paragraph is a bio
 * only when it also holds a social handle or an e-mail address, or when it has the plain shape of
 * a bio, {@code "NAME is (a|an|the) ROLE at|of|for ORG."}, and names no one the text named before
 * (see {@link #isPlainBio}). Bios set in emphasis ({@code *…*}, {@code _…_}) or after "About the
 * author:" count the same, and an "ABOUT THE AUTHOR" heading or a section break ({@code "—"},
 * {@code "***"}) right before the bios goes with them. The bylined author's bio right under the
 * byline, at the top, goes too. A real closing paragraph about someone else ({@code "Hilary Mantel
 * was the author of …"} in a review by another writer, {@code "Maria Shagina is a senior fellow at
 * … She said …"}) stays. Stateless and thread-safe.
 *
 * <pre>{@code
 * // "…is willing.\n\nAuthor: Dave DeCamp\n\nDave DeCamp is the news editor of…, follow him on Twitter @decampdave."
 * //   -> "…is willing.", authors ["Dave DeCamp"] (the byline rule), bio removed (this rule)
 * }</pre>
 */
public final class AuthorBioRemover implements CleanStep {

  public static final String ID = "chrome.author-bio";
  static final int MAX_BIO = 600;
  static final int MAX_LINES = 4;
  /** A bio at the top, under the byline, is at most this long. */
  static final int MAX_TOP_BIO = 300;
  /** A bio confirmed by its shape alone is at most this long. */
  static final int MAX_PLAIN_BIO = 400;

  /** "Follow him/her/them", looked for through its space. */
  private static final LowerCasedPhrases FOLLOW = LowerCasedPhrases.of(List.of("follow him", "follow her", "follow them"));

  private static final String[] BIO_VERBS = {
    " is ", " was ", " has ", " writes ", " covers ", " reports ", " served ", " teaches ", " holds ", " leads ",
    " directs ", ", a ", ", an ", ", the ", " receives funding", " has received funding", " does not work for"
  };
  private static final String[] BIO_NOUNS = {
    "editor", "reporter", "correspondent", "writer", "columnist", "journalist", "contributor", "fellow", "professor",
    "author of", "follow him", "follow her", "follow them", "lecturer", "researcher", "scientist", "phd candidate"
  };
  private static final String[] NETWORKS = {
    "twitter", " x ", " x.", "instagram", "facebook", "bluesky", "threads", "mastodon", "linkedin", "substack"
  };

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "The author's bio and social-handle lines at the end of an article.";
  }

  @Override
  public Phase phase() {
    return Phase.METADATA;
  }

  /** Whether this is the second look, after the headline step, which may name the author too. */
  private final boolean again;

  /** The step, as a rule pack or a custom pipeline adds it. */
  public AuthorBioRemover() {
    this(false);
  }

  private AuthorBioRemover(boolean again) {
    this.again = again;
  }

  /**
   * A second look, to run after the headline step: it reads the author lines under a headline
   * ({@code "Delia Fairbanks"} / {@code "Guest columnist"}), so an author it names was unknown to
   * the first look. It reads the text only when the last line starts with an author's name.
   */
  public static AuthorBioRemover again() {
    return new AuthorBioRemover(true);
  }

  @Override
  public void apply(Draft draft) {
    if (again && !lastLineStartsWithAnAuthor(draft)) {
      return;
    }
    TextLines lines = TextLines.of(draft.text());
    List<String> authors = draft.authors();
    int n = lines.size();
    int end = n;
    boolean bio = false;
    while (end > 1 && n - end < MAX_LINES) {
      TextLines.Line line = lines.get(end - 1);
      if (line.length() > MAX_BIO) {
        break;
      }
      String raw = line.text();
      String t = unwrap(raw);
      if (isSocialLine(t) || isBio(t, authors) || isPlainBio(t, lines.text(), line.start())) {
        end--;
        bio = true;
        continue;
      }
      // "ABOUT THE AUTHOR", "—", "***" before the bios go with them, and nothing before them.
      if (bio && (isAboutHeading(t) || isSeparator(t))) {
        end--;
      }
      break;
    }
    if (end < n) {
      LineRemoval.removeRun(draft, lines, end, n, ID);
    } else if (n > 1 && !authors.isEmpty()) {
      // (the rails and notices under the story may still stand below it)
      for (int i = n - 1; i >= 1 && i >= n - 2 * MAX_LINES; i--) {
        if (gluedToTheLastSentence(draft, lines.get(i), authors)) {
          break;
        }
      }
    }
    // The bylined author's bio right under the byline, at the top: "Jonathan Guyer is a senior reporter …".
    if (end > 2 && !authors.isEmpty() && lines.get(0).length() <= MAX_TOP_BIO && lines.standsAlone(0)) {
      String first = lines.get(0).text();
      for (String a : authors) {
        if (startsWithBioOf(first, a) && hasBioNoun(first) && Prose.endsLikeSentence(first)) {
          LineRemoval.removeLine(draft, lines, 0, ID);
          break;
        }
      }
    }
  }

  /**
   * The bylined author's bio glued to the story's last sentence, where the page's text lost the
   * break between them ({@code "… Ekosi,” she said.Marie Cardinal is a Local Journalism
   * Initiative reporter with the Treaty Six Herald."}): the bio goes from the author's name to the
   * line's end, when the name follows a sentence's end with no space and what follows reads as
   * the author's bio.
   */
  private static boolean gluedToTheLastSentence(Draft draft, TextLines.Line line, List<String> authors) {
    String t = line.text();
    for (String a : authors) {
      int at = t.lastIndexOf(a);
      // a sentence's end right before the name: a letter and its mark ("said.Marie"), or a closing quote
      if (at < 2 || ".!?\u201D\"".indexOf(t.charAt(at - 1)) < 0
          || ".!?".indexOf(t.charAt(at - 1)) >= 0 && !Character.isLetter(t.charAt(at - 2))) {
        continue;
      }
      String bio = t.substring(at);
      if (bio.length() <= MAX_BIO && isBio(bio, authors) && hasBioNoun(bio) && Prose.endsLikeSentence(bio)) {
        draft.remove(line.start() + at, line.end(), ID);
        return true;
      }
    }
    return false;
  }

  /**
   * The line without the marks a bio is set in: emphasis ({@code *…*}, {@code _…_}) and an "About
   * the author" label ({@code "About the author: "}, {@code "about the author — "}).
   */
  static String unwrap(String t) {
    String s = t;
    if (s.length() > 2 && (s.charAt(0) == '*' || s.charAt(0) == '_') && s.charAt(s.length() - 1) == s.charAt(0)) {
      s = s.substring(1, s.length() - 1).strip();
    }
    int after = Prose.afterLabel(s, "about the authors");
    if (after < 0) {
      after = Prose.afterLabel(s, "about the author");
    }
    if (after > 0 && after < s.length()) {
      int p = after;
      while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == ':' || s.charAt(p) == '-' || s.charAt(p) == '\u2013'
          || s.charAt(p) == '\u2014')) {
        p++;
      }
      if (p > after && p < s.length()) {
        s = s.substring(p);
      }
    }
    return s;
  }

  private static boolean isAboutHeading(String t) {
    if (t.length() > 20) {
      return false; // "About the authors:" is 18 chars; most lines are read no further
    }
    String f = Prose.fold(t.endsWith(":") ? t.substring(0, t.length() - 1) : t);
    return f.equals("about the author") || f.equals("about the authors");
  }

  /** A section break: {@code "—"}, {@code "***"}, {@code "* * *"}, {@code "---"}. */
  private static boolean isSeparator(String t) {
    if (t.isEmpty() || t.length() > 12) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if ("*-_\u2014\u2013~# ".indexOf(t.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static final String[] PLAIN_VERBS = {" is ", " are ", " holds ", " serves as "};
  private static final String[] ROLE_NOUNS = {
    "fellow", "director", "editor", "reporter", "correspondent", "writer", "columnist", "journalist", "contributor",
    "professor", "lecturer", "analyst", "researcher", "scholar", "president", "chair", "adviser", "advisor", "founder",
    "head of", "chief", "manager", "associate", "host", "author of", "partner at", "officer"
  };

  /**
   * A bio without a byline or handle to confirm it: a short closing paragraph {@code "NAME is
   * (a|an|the) ROLE at|of|for ORG."} ({@code "Michael E. O’Hanlon is a senior fellow and director
   * of research in Foreign Policy at the Brookings Institution."}, also two names with "are", an
   * appositive {@code "Paul R. Pillar, a former CIA analyst, is …"}, or one bio sentence per
   * author), where no named person appears earlier in the text. Any other sentence in it (a
   * quote, {@code "She said …"}) makes it narrative, and it stays.
   */
  static boolean isPlainBio(String t, String text, int lineStart) {
    if (t.length() > MAX_PLAIN_BIO || t.indexOf('\u201C') >= 0 || t.indexOf('"') >= 0 || !Prose.endsLikeSentence(t)
        || refersBack(t)) {
      return false;
    }
    int from = 0;
    boolean first = true;
    while (from < t.length()) {
      int end = sentenceEnd(t, from);
      String sentence = t.substring(from, end).strip();
      if (first) {
        List<String> names = bioSubject(sentence);
        if (names.isEmpty() || !hasRole(sentence) || mentionedBefore(names, text, lineStart)) {
          return false;
        }
      } else if (!isSocialLine(sentence) && !sentence.startsWith("Email") && !sentence.startsWith("Reach")) {
        List<String> names = bioSubject(sentence);
        if (names.isEmpty() || !hasRole(sentence) || mentionedBefore(names, text, lineStart)) {
          return false;
        }
      }
      first = false;
      from = end;
    }
    return true;
  }

  /**
   * What the story has told about, named again: {@code "… and one of the authors of the study."}
   * introduces a source of the story, not its author.
   */
  private static final String[] BACK_REFERENCES = {
    " the study", " the report", " the survey", " the paper", " the research", " the findings", " the analysis",
    " the poll", " the lawsuit", " the suit", " the case", " the investigation", " the inquiry", " the probe",
    " the review", " the book", " the plan", " the bill", " the proposal", " the program", " the project", " this "
  };

  private static boolean refersBack(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    for (String r : BACK_REFERENCES) {
      int at = lower.indexOf(r);
      if (at >= 0) {
        int end = at + r.length();
        if (end == lower.length() || !Character.isLetter(lower.charAt(end)) || r.endsWith(" ")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the sentence from {@code from} ends: after a period that follows a lower-case word and precedes a capital. */
  private static int sentenceEnd(String t, int from) {
    for (int i = t.indexOf(". ", from); i >= 0; i = t.indexOf(". ", i + 1)) {
      int wordStart = t.lastIndexOf(' ', i) + 1;
      // "Statecraft. Follow …" ends a sentence; "U.S. Grand Strategy" and "E. O’Hanlon" do not.
      if (i - wordStart >= 2 && Character.isLowerCase(t.charAt(i - 1)) && t.indexOf('.', wordStart) == i
          && i + 2 < t.length() && Character.isUpperCase(t.charAt(i + 2))) {
        return i + 2;
      }
    }
    return t.length();
  }

  /** The names before the bio verb ({@code "Ali Vaez and Naysan Rafati are …"}), or an empty list. */
  private static List<String> bioSubject(String sentence) {
    int at = -1;
    for (String v : PLAIN_VERBS) {
      int i = sentence.indexOf(v);
      if (i > 0 && i <= 90 && (at < 0 || i < at)) {
        at = i;
      }
    }
    if (at < 0) {
      return List.of();
    }
    String subject = sentence.substring(0, at);
    int comma = subject.indexOf(", ");
    if (comma > 0 && subject.endsWith(",") && PersonNames.isName(subject.substring(0, comma))) {
      // "Paul R. Pillar, a former CIA analyst, is …": a short appositive in lower case.
      String appositive = subject.substring(comma + 2, subject.length() - 1);
      if (appositive.isEmpty() || !Character.isLowerCase(appositive.charAt(0)) || Prose.wordCount(appositive) > 8
          || appositive.indexOf('.') >= 0 && appositive.indexOf('.') != appositive.length() - 1) {
        return List.of();
      }
      return List.of(subject.substring(0, comma));
    }
    return PersonNames.parseList(subject);
  }

  private static boolean hasRole(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    boolean role = false;
    for (String r : ROLE_NOUNS) {
      if (lower.contains(r)) {
        role = true;
        break;
      }
    }
    if (!role) {
      return false;
    }
    for (String prep : new String[] {" at ", " of ", " for ", " with ", " in "}) {
      for (int i = sentence.indexOf(prep); i >= 0; i = sentence.indexOf(prep, i + 1)) {
        int j = i + prep.length();
        if (sentence.startsWith("the ", j)) {
          j += 4;
        }
        if (j < sentence.length() && Character.isUpperCase(sentence.charAt(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a surname of {@code names} occurs in {@code text} before {@code lineStart}. */
  private static boolean mentionedBefore(List<String> names, String text, int lineStart) {
    for (String name : names) {
      String surname = name.substring(name.lastIndexOf(' ') + 1);
      int at = text.indexOf(surname);
      if (at >= 0 && at < lineStart) {
        return true;
      }
    }
    return false;
  }

  /** {@code "Follow him on Twitter @x"}, {@code "Follow Jane Doe on X"}, {@code "Twitter: @x"}, {@code "@x"}. */
  static boolean isSocialLine(String line) {
    if (line.length() > 160 || line.isEmpty() || "fFtTxXiIbB@".indexOf(line.charAt(0)) < 0) {
      // Lower-cased, a social line starts with one of these letters or the at sign, and no other
      // char lower-cases to them (U+0130 gives an i and a combining dot, which no name follows).
      return false;
    }
    String lower = " " + line.toLowerCase(Locale.ROOT) + " ";
    if (lower.startsWith(" follow ") && Prose.wordCount(line) <= 12) {
      return mentionsNetwork(lower) || hasHandle(line);
    }
    if ((lower.startsWith(" twitter:") || lower.startsWith(" x:") || lower.startsWith(" instagram:")
        || lower.startsWith(" bluesky:")) && hasHandle(line) && Prose.wordCount(line) <= 4) {
      return true;
    }
    return line.startsWith("@") && Prose.wordCount(line) == 1 && hasHandle(line);
  }

  static boolean isBio(String line, List<String> authors) {
    if (line.length() > MAX_BIO) {
      return false;
    }
    for (String a : authors) {
      if (startsWithBioOf(line, a)) {
        return true;
      }
      // "Elena Marchetti-Howe, Associate Professor of Soil Science, Kansas State University"
      if (line.startsWith(a + ", ") && hasBioNoun(line) && !Prose.endsLikeSentence(line) && line.length() <= 160) {
        return true;
      }
      // The surname alone ("DeCamp is …") could start a real sentence ("Long is the road …"),
      // so it also needs a word that only bios use.
      int space = a.lastIndexOf(' ');
      if (space > 0 && startsWithBioOf(line, a.substring(space + 1)) && (hasHandle(line) || hasBioNoun(line))) {
        return true;
      }
    }
    // No known author: a name, a bio verb, and a social handle or "follow him/her/them".
    if (!(hasHandle(line) || hasEmail(line) || FOLLOW.anyIn(line))) {
      return false;
    }
    for (String verb : BIO_VERBS) {
      int at = line.indexOf(verb);
      if (at > 0 && at <= 60 && PersonNames.isName(line.substring(0, at))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithBioOf(String line, String name) {
    if (!line.startsWith(name)) {
      return false;
    }
    String rest = line.substring(name.length());
    for (String verb : BIO_VERBS) {
      if (rest.startsWith(verb)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasBioNoun(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String n : BIO_NOUNS) {
      if (lower.contains(n)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsNetwork(String lower) {
    for (String n : NETWORKS) {
      if (lower.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** An e-mail address after "Email:" or "email" ({@code "Email: emitchell@thehill.com"}). */
  static boolean hasEmail(String line) {
    int at = line.indexOf('@');
    return at > 0 && Character.isLetterOrDigit(line.charAt(at - 1)) && line.indexOf('.', at) > at + 1
        && Prose.containsLowerCased(line, "email");
  }

  /** An {@code @handle}: an at sign after a space or the start, then a letter, digit or underscore. */
  static boolean hasHandle(String line) {
    for (int i = line.indexOf('@'); i >= 0 && i + 1 < line.length(); i = line.indexOf('@', i + 1)) {
      if (i == 0 || line.charAt(i - 1) == ' ') {
        char c = line.charAt(i + 1);
        if (Character.isLetterOrDigit(c) || c == '_') {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the text's last line starts with an author's full name or surname (read from the end, not split). */
  private static boolean lastLineStartsWithAnAuthor(Draft draft) {
    List<String> authors = draft.authors();
    if (authors.isEmpty()) {
      return false;
    }
    String t = draft.text();
    int end = t.length();
    while (end > 0 && Draft.isBlank(t.charAt(end - 1))) {
      end--;
    }
    int start = t.lastIndexOf('\n', end - 1) + 1;
    while (start < end && Draft.isBlank(t.charAt(start))) {
      start++;
    }
    for (String a : authors) {
      int space = a.lastIndexOf(' ');
      String surname = space < 0 ? a : a.substring(space + 1);
      if (t.startsWith(a, start) || t.startsWith(surname, start)) {
        return true;
      }
    }
    return false;
  }
}
