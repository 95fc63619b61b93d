package io.corpus.clean.chrome;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.LineRemoval;
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
 * only when it also holds a social handle. A real closing paragraph about someone else ({@code
 * "Hilary Mantel was the author of …"} in a review by another writer) stays. Stateless and
 * thread-safe.
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

  private static final String[] BIO_VERBS = {
    " is ", " was ", " has ", " writes ", " covers ", " reports ", " served ", " teaches ", " holds ", " leads ",
    " directs ", ", a ", ", an ", ", the "
  };
  private static final String[] BIO_NOUNS = {
    "editor", "reporter", "correspondent", "writer", "columnist", "journalist", "contributor", "fellow", "professor",
    "author of", "follow him", "follow her", "follow them"
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

  @Override
  public void apply(Draft draft) {
    TextLines lines = TextLines.of(draft.text());
    List<String> authors = draft.authors();
    int end = lines.size();
    while (end > 1 && lines.size() - end < MAX_LINES) {
      if (lines.get(end - 1).length() > MAX_BIO) {
        break;
      }
      String t = lines.get(end - 1).text();
      if (!(isSocialLine(t) || isBio(t, authors))) {
        break;
      }
      end--;
    }
    if (end < lines.size()) {
      LineRemoval.removeRun(draft, lines, end, lines.size(), ID);
    }
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
      // The surname alone ("DeCamp is …") could start a real sentence ("Long is the road …"),
      // so it also needs a word that only bios use.
      int space = a.lastIndexOf(' ');
      if (space > 0 && startsWithBioOf(line, a.substring(space + 1)) && (hasHandle(line) || hasBioNoun(line))) {
        return true;
      }
    }
    // No known author: a name, a bio verb, and a social handle or "follow him/her/them".
    if (!(hasHandle(line) || Prose.containsLowerCased(line, "follow him") || Prose.containsLowerCased(line, "follow her")
        || Prose.containsLowerCased(line, "follow them"))) {
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
}
