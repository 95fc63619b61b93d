package io.corpus.clean.chrome;

import com.fasterxml.jackson.databind.JsonNode;
import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.DataFiles;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.LowerCasedPhrases;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.SpacedRows;
import io.corpus.clean.internal.TextLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Removes site footers at the end of the text and recovers the publisher they name.
 *
 * <p>A footer is found in the trailing run of footer-like lines (short lines that end no
 * sentence, copyright notices, footer statements, link rows, addresses), and starts at its
 * <em>anchor</em>: the first line that is a footer whatever stands next to it. Anchors are a known
 * site name ({@code site-footers.yaml}), such as state.gov's {@code "U.S. Department of State"}
 * followed by a featured-story link, which becomes the publisher; a copyright notice ({@code "©
 * 2021 The Hill. All rights reserved."}, {@code "© The Hill 2021"}; a sentence that starts with the
 * mark and a year, {@code "© 2023 figures from the Authors Guild show …"}, is none); a footer
 * statement ({@code "This site is managed by the Bureau of …"}); a row of two or more footer links
 * ({@code "Privacy Policy | Terms of Use | Contact Us"}, {@code "Share on Facebook Share on
 * Twitter"}, {@code "Facebook Twitter Instagram YouTube"}) or "Back to top". Weak footer lines
 * just before the anchor go with it: a lone link, an address or phone line, a tag list, an
 * app-store line ({@code "Get it on Google Play"}), and a site directory of three or more section
 * names one a line ({@code "News" / "Sport" / "Weather"}). Three or
 * more lone links, one a line, that end the text are a footer on their own, and so are three
 * within five lines of the trailing run, with the run's lines under them. A footer row glued to
 * the last paragraph after its last sentence goes too. The same words in a sentence, in the middle
 * of the text or followed by a real closing paragraph stay; a run of more than {@value
 * #MAX_FOOTER_LINES} short lines is no footer. Stateless and thread-safe.
 *
 * <pre>{@code
 * // "…thank you very much.\n\nU.S. Department of State\n\nThe Lessons of 1989: Freedom and Our Future"
 * //   -> "…thank you very much."  publisher "U.S. Department of State"
 * }</pre>
 */
public final class SiteFooterRemover implements CleanStep {

  public static final String ID = "chrome.site-footer";
  static final int MAX_FOOTER_LINE = 120;
  static final int MAX_FOOTER_LINES = 25;
  /** A footer statement or copyright notice is at most this long. */
  static final int MAX_STATEMENT = 400;
  /** A row of footer links is at most this long. */
  static final int MAX_ROW = 300;
  /** A footer glued to the last paragraph is looked for in this many chars at its end. */
  static final int MAX_GLUED = 250;
  /** Lone footer links, one a line, that end the text without an anchor: at least this many. */
  static final int MIN_LONE_LINKS = 3;
  /** Lone footer links that cluster: {@value #MIN_LONE_LINKS} within this many lines of the trailing run. */
  static final int CLUSTER_LINES = 5;

  private record Footer(String name, String publisher, List<String> hosts) {}

  private final List<Footer> footers;
  /** Link labels as lower-case words, by first word, longest first. */
  private final Map<String, List<String[]>> labelsByFirstWord;
  /** The last word of each link label, lower-cased: a glued row ends with one. */
  private final Set<String> labelLastWords;
  private final List<String> statements;
  /** Phrases of the disclaimers set under every piece, lower-cased: anywhere in a line at the end. */
  private final LowerCasedPhrases disclaimers;
  /** Section names of a site directory, lower-cased. */
  private final Set<String> sections;

  /** The built-in site footers. */
  public SiteFooterRemover() {
    String where = "site-footers.yaml";
    JsonNode root = DataFiles.read(SiteFooterRemover.class, where);
    JsonNode list = DataFiles.requiredList(root, "footers", where);
    List<Footer> out = new ArrayList<>();
    int index = 0;
    for (JsonNode f : list) {
      index++;
      String name = DataFiles.text(f, "name");
      if (name == null || name.isEmpty()) {
        throw new IllegalStateException(where + ": footer " + index + " has no 'name'");
      }
      String publisher = DataFiles.text(f, "publisher");
      out.add(new Footer(name, publisher == null ? name : publisher, DataFiles.strings(f, "hosts", where)));
    }
    this.footers = List.copyOf(out);
    Map<String, List<String[]>> labels = new HashMap<>();
    for (String label : DataFiles.strings(root, "links", where)) {
      String[] words = Prose.fold(label).split(" ");
      labels.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
    }
    labels.replaceAll((k, v) -> {
      List<String[]> sorted = new ArrayList<>(v);
      sorted.sort(Comparator.comparingInt((String[] w) -> -w.length));
      return List.copyOf(sorted);
    });
    this.labelsByFirstWord = Map.copyOf(labels);
    Set<String> lastWords = new HashSet<>();
    for (List<String[]> ls : labels.values()) {
      for (String[] label : ls) {
        lastWords.add(label[label.length - 1].toLowerCase(Locale.ROOT));
      }
    }
    this.labelLastWords = Set.copyOf(lastWords);
    this.statements = DataFiles.strings(root, "statements", where);
    this.disclaimers = LowerCasedPhrases.of(DataFiles.strings(root, "disclaimers", where).stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
    this.sections = Set.copyOf(DataFiles.strings(root, "sections", where).stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Site footers at the end (site name + featured link, copyright notices, link rows, addresses, app-store lines, site directories); gives the publisher.";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  @Override
  public void apply(Draft draft) {
    TextLines lines = TextLines.of(draft.text());
    int n = lines.size();
    if (n > 1) {
      String feedSite = feedPostSite(lines.get(n - 1).text());
      if (feedSite != null) {
        // WordPress's feed footer: "The post <title> appeared first on <site>." The site is the publisher.
        draft.publisherFallbackIfAbsent(feedSite);
        LineRemoval.removeLine(draft, lines, n - 1, ID);
        n--;
      }
    }
    // A footer taken leaves the lines above it at the end: what a second cleaning would take as a
    // footer there goes now (a few rounds at most, each on fewer lines).
    for (int round = 0; round < MAX_ROUNDS && n > 0; round++) {
      int cut = footerFrom(draft, lines, n, round == 0);
      if (cut <= 1 || cut >= n) {
        break;
      }
      n = cut;
    }
    removeBackToTopLinks(draft, lines, n);
  }

  /** The page's jump links alone on their line, folded ("Back to top", "↑ Back to top", "Return to top"). */
  private static final Set<String> BACK_TO_TOP = Set.of("back to top", "back to top \u2191", "\u2191 back to top", "return to top",
      "back to the top", "back to top of page", "top of page", "go to top", "scroll to top", "\u2191 top", "top \u2191");

  /**
   * The "Back to top" links between an FAQ's answers or a long page's sections: a line that is
   * only the link goes wherever it stands above the footer (the footer's own went with it; taken
   * after it, so that it still anchors the footer it stands in). A line that quotes the link in a
   * sentence stays.
   */
  private static void removeBackToTopLinks(Draft draft, TextLines lines, int n) {
    for (int i = 0; i < n; i++) {
      TextLines.Line l = lines.get(i);
      if (l.length() <= 20 && l.length() >= 6 && BACK_TO_TOP.contains(Prose.fold(l.text()))) {
        LineRemoval.removeLine(draft, lines, i, ID);
      }
    }
  }

  /** Footer rounds in one cleaning. */
  static final int MAX_ROUNDS = 4;

  /** Removes the footer that ends the first {@code n} lines and returns where it starts, or -1. */
  private int footerFrom(Draft draft, TextLines lines, int n, boolean first) {
    int runStart = n;
    boolean longRun = false;
    while (runStart > 1 && footerLike(draft, lines.get(runStart - 1))) {
      if (n - runStart == MAX_FOOTER_LINES) {
        // More short lines than a footer has: a list, a poem, a table, or a footer under the
        // contact lines and topic links a later step takes. Only a sure anchor among the last of
        // them makes a footer then (the lone links alone do not); the rounds below take what a
        // second run would find above it.
        longRun = true;
        break;
      }
      runStart--;
    }
    // The anchor: the first line of the run that is a footer whatever stands next to it.
    int cut = -1;
    for (int i = runStart; i < n && cut < 0; i++) {
      String t = lines.get(i).text();
      Footer f = footerNamed(t, draft);
      if (f != null) {
        cut = i;
        draft.publisherIfAbsent(f.publisher());
      } else if (isCopyright(t) || isStatement(t) || isOwnershipNotice(t) || isCopyrightThenStatement(t)
          || t.length() <= 20 && BACK_TO_TOP.contains(Prose.fold(t))
          || !longRun && (rowKind(t) == Row.STRONG || isSpacedFooterRow(draft, lines.get(i)) || isSeparatedRow(t)
              || i + 2 < n && isNetwork(t) && isNetwork(lines.get(i + 1).text()))) {
        // (under a long run only a line that stands once in a footer anchors it: a notice, a
        // statement or the "Top of page" link, not a row of links, which a list of links repeats
        // down to the next run)
        // (or the site's social links one a line, with more of the footer under them: "Facebook" /
        // "X" / "Office of the Governor"; two names alone may be the text's list)
        cut = i;
      }
    }
    if (cut < 0) {
      // No anchor: three or more lone footer links, one a line, that end the text anchor themselves
      // (under a long run too: what a second cleaning, on the run the other steps shortened, would
      // take by this rule, this one takes now).
      int k = n;
      while (k > runStart && isLoneLine(lines.get(k - 1).text())) {
        k--;
      }
      if (n - k >= MIN_LONE_LINKS && !(longRun && k == runStart)) {
        cut = k; // (under a long run, only when they end within it: twenty thousand "Facebook" lines are a list)
      }
    }
    if (cut < 0 && longRun) {
      return -1;
    }
    if (cut < 0) {
      // Or a cluster of them, one a line, under which the run goes on to the end with short lines
      // the link list does not know ("Privacy Policy" / "Site Map" / "Contact Us" / "EEO Report" /
      // "FCC Public File"): three lone links within five lines.
      for (int i = runStart; i + MIN_LONE_LINKS <= n && cut < 0; i++) {
        if (!isLoneLine(lines.get(i).text())) {
          continue;
        }
        int links = 0;
        for (int j = i; j < Math.min(n, i + CLUSTER_LINES); j++) {
          links += isLoneLine(lines.get(j).text()) ? 1 : 0;
        }
        if (links >= MIN_LONE_LINKS) {
          cut = i;
        }
      }
    }
    if (cut >= 0) {
      // Weak footer lines (a lone link, an address, a phone number, a tag list) go with the anchor,
      // and so does a site directory of three or more section names, one a line.
      boolean more = true;
      Set<String> holders = holdersIn(lines, cut, n);
      while (more) {
        while (cut > Math.max(runStart, 1) && (isWeak(lines.get(cut - 1).text())
            || holders.contains(lines.get(cut - 1).text().toLowerCase(Locale.ROOT)))) {
          cut--;
        }
        if (cut > Math.max(runStart, 1) && cut < n && isContactLine(lines.get(cut).text())
            && isContactHeading(lines.get(cut - 1).text())) {
          cut--; // "Embassy of Finland, Nairobi" over its "Address: …" and "Tel. …"
        }
        int k = cut;
        while (k > Math.max(runStart, 1) && cut - k < MAX_FOOTER_LINES && isSection(lines.get(k - 1).text())) {
          k--;
        }
        more = cut - k >= MIN_SECTIONS;
        if (more) {
          cut = k;
        }
      }
    }
    int last = cut >= 0 ? cut - 1 : n - 1;
    if (last >= 0 && first) {
      removeGluedFooter(draft, lines.get(last)); // (once: a later round ends on the same paragraph)
    }
    if (cut > 0) {
      LineRemoval.removeRun(draft, lines, cut, n, ID);
      for (int i = cut; i < n; i++) {
        // A row's items first, as the scrape set them apart ("© Commonwealth of Australia 2025   Accessibility   …",
        // "Circuit Ledger   About Us   …   © 2024 Circuit Ledger Media"), then the whole line.
        String holder = null;
        List<String> items = SpacedRows.items(draft, lines.get(i));
        for (int k = 0; items != null && k < items.size() && holder == null; k++) {
          holder = copyrightHolder(items.get(k));
        }
        if (holder == null) {
          holder = copyrightHolder(lines.get(i).text());
        }
        for (String item : holder == null ? separatedItems(lines.get(i).text()) : List.<String>of()) {
          holder = holder == null ? trailingNoticeHolder(item) : holder;
        }
        if (holder == null && isOwnershipNotice(lines.get(i).text())) {
          holder = noticeHolderIn(lines.get(i).text()); // "Screenlight is a part of Pinewood Media. © 2024 Screenlight Media, LLC. …"
        }
        if (holder != null) {
          draft.publisherFallbackIfAbsent(withoutTrailingYear(withoutTrailingLinks(holder)));
          break;
        }
      }
    }
    return cut;
  }

  private boolean footerLike(Draft draft, TextLines.Line line) {
    if (line.length() > MAX_STATEMENT) {
      return false;
    }
    String t = line.text();
    return (t.length() <= MAX_FOOTER_LINE && !Prose.endsLikeSentence(t)) || isCopyright(t) || isStatement(t)
        || isAddress(t) || isContactLine(t) || rowKind(t) != Row.NONE || isAppLine(t) || isOwnershipNotice(t)
        || t.length() > MAX_FOOTER_LINE && isSpacedFooterRow(draft, line) || isCopyrightThenStatement(t)
        || t.length() > MAX_FOOTER_LINE && isSeparatedRow(t) || t.length() <= MAX_FOOTER_LINE && isPlatformCredit(t);
  }

  /**
   * The site's platform credit, a sentence of its own under a footer ({@code "Powered by BLOX
   * Content Management System from TownNews.com."}, {@code "Proudly powered by WordPress."}): a
   * footer line, though it ends like a sentence; it anchors nothing.
   */
  static boolean isPlatformCredit(String t) {
    int at = Prose.indexOfIgnoringCase(t, "powered by ", 0);
    return at >= 0 && at <= 20 && Prose.wordCount(t) <= 14 && Prose.wordCount(t.substring(0, at)) <= 2
        && (at == 0 || Character.isUpperCase(t.charAt(0))) && !Prose.hasSentenceEnd(t.substring(0, t.length() - 1));
  }

  /** An item of a separated row is at most this many words (a copyright notice, {@value #MAX_NOTICE_ITEM_WORDS}). */
  static final int MAX_ROW_ITEM_WORDS = 5;
  static final int MAX_NOTICE_ITEM_WORDS = 12;

  /**
   * A row of footer items set apart by {@code |}, {@code ·} or {@code •} in which the known links
   * are not all: {@code "Contact Us | Accessibility | Language Access | Privacy | Public Records
   * Requests | Site Map"}, {@code "Oregon.gov · State Employees · Oregon Judicial Department ©
   * 2025"}. Three items at least, each of at most {@value #MAX_ROW_ITEM_WORDS} words and no
   * sentence, and at least half of them (two at least) a known link, the site's address or a
   * copyright notice ({@code "© 2025 Name"} or {@code "Name © 2025"}). A row of words the link
   * list does not know ({@code "Red | Green | Blue"}) is none. One pass over the line, then each item once.
   */
  boolean isSeparatedRow(String t) {
    if (t.length() > MAX_ROW || t.isEmpty()) {
      return false;
    }
    List<String> items = separatedItems(t);
    if (items.size() < 3) {
      return false;
    }
    int marks = 0;
    for (String item : items) {
      int kind = rowItem(item);
      if (kind < 0) {
        return false;
      }
      marks += kind;
    }
    return marks >= 2 && 2 * marks >= items.size();
  }

  /** 1 for a known link, an address or a notice; 0 for another short item; -1 for no row item. */
  private int rowItem(String item) {
    String[] words = item.split(" ");
    int n = words.length;
    if (n <= MAX_NOTICE_ITEM_WORDS && (isCopyright(item) || isTrailingNotice(item))) {
      return 1;
    }
    if (n > MAX_ROW_ITEM_WORDS || Prose.endsLikeSentence(item) || !Character.isLetterOrDigit(item.charAt(0))) {
      return -1;
    }
    return n == 1 && isDomainName(item) || matchLabel(words, 0) == n ? 1 : 0;
  }

  /** {@code "Oregon Judicial Department © 2025"}: a holder's capitalized name, then the mark and the year or years. */
  static boolean isTrailingNotice(String item) {
    return trailingNoticeHolder(item) != null;
  }

  /** The holder of a notice that ends with the mark and the year ({@code "Oregon Judicial Department © 2025"}), or null. */
  static @Nullable String trailingNoticeHolder(String item) {
    if (item.length() > MAX_STATEMENT) {
      return null;
    }
    String found = trailingHolder(item);
    return found != null && isHolderName(found) ? found : null;
  }

  private static @Nullable String trailingHolder(String item) {
    int mark = item.indexOf('\u00A9');
    if (mark <= 0 || mark + 1 >= item.length()) {
      return null;
    }
    String holder = item.substring(0, mark).strip();
    String rest = item.substring(mark + 1).strip();
    if (holder.regionMatches(true, Math.max(0, holder.length() - 9), "copyright", 0, 9)) {
      return null; // "Copyright © 2024 …": the word, no holder, before the mark
    }
    if (holder.isEmpty() || !Character.isUpperCase(holder.charAt(0)) || Prose.wordCount(holder) > 6 || holder.indexOf('.') >= 0
        && !isDomainName(holder)) {
      return null;
    }
    int y = yearAt(rest, 0);
    if (y < 0) {
      return null;
    }
    int q = y;
    while (q < rest.length() && (rest.charAt(q) == ' ' || rest.charAt(q) == '-' || rest.charAt(q) == '\u2013')) {
      q++;
    }
    if (q > y && yearAt(rest, q) > 0) {
      y = yearAt(rest, q);
    }
    return y == rest.length() || isNoticeRest(rest.substring(y)) ? holder : null;
  }

  /**
   * The copyright holders a footer's lines name, lower-cased, whole lines and the items of
   * separated rows: a line that repeats one just above the footer ({@code "Oregon Judicial
   * Department"} over its address) is the footer's too.
   */
  private Set<String> holdersIn(TextLines lines, int from, int to) {
    Set<String> out = new HashSet<>();
    for (int i = from; i < to; i++) {
      String t = lines.get(i).text();
      for (String item : separatedItems(t)) {
        String h = copyrightHolder(item);
        if (h == null) {
          h = trailingNoticeHolder(item);
        }
        if (h != null) {
          out.add(withoutTrailingYear(h).toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /** A line's items between {@code |}, {@code ·} and {@code •} separators (the line alone when it has none). */
  private static List<String> separatedItems(String t) {
    List<String> items = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '|' || c == '\u00B7' || c == '\u2022') && (i == 0 || t.charAt(i - 1) == ' ') && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) {
        String item = t.substring(start, i).strip();
        if (!item.isEmpty()) {
          items.add(item);
        }
        start = i + 1;
      }
    }
    String item = t.substring(start).strip();
    if (!item.isEmpty()) {
      items.add(item);
    }
    return items;
  }

  /**
   * A copyright notice and then one statement about the site ({@code "© 2025 Terrace Network Ltd.
   * The Miners’ Bench is an independent fan site and is not endorsed by the club."}): the notice
   * up to its period, then one sentence of at most 30 words.
   */
  static boolean isCopyrightThenStatement(String t) {
    if (t.length() > MAX_STATEMENT || !(t.startsWith("\u00A9") || t.regionMatches(true, 0, "copyright", 0, 9))) {
      return false;
    }
    int dot = t.indexOf(". ");
    while (dot > 0 && dot + 2 < t.length() && !Character.isUpperCase(t.charAt(dot + 2))) {
      dot = t.indexOf(". ", dot + 1);
    }
    if (dot < 0 || !isCopyright(t.substring(0, dot + 1))) {
      return false;
    }
    String rest = t.substring(dot + 2);
    return Prose.wordCount(rest) <= 30 && !Prose.hasSentenceEnd(rest.substring(0, rest.length() - 1)) && Prose.endsLikeSentence(rest);
  }

  /**
   * A footer row glued to the end of the last paragraph by a flattener ({@code "…in Ukraine.
   * Privacy Policy | Terms of Use | Contact Us © 2022 The Hill. All rights reserved."}): the
   * longest tail after a sentence end that is a whole footer row with a copyright notice or two
   * links. Looked for only in the last {@value #MAX_GLUED} chars.
   */
  private void removeGluedFooter(Draft draft, TextLines.Line line) {
    if (line.length() <= MAX_FOOTER_LINE) {
      return;
    }
    String t = line.text();
    int from = Math.max(2, t.length() - MAX_GLUED);
    if (!mayEndInRow(t, from)) {
      return; // most last paragraphs: no separator, notice or footer word at the end
    }
    for (int p = from; p < t.length(); p++) {
      if (t.charAt(p - 1) != ' ' || !sentenceEndsAt(t, p - 2)) {
        continue;
      }
      String tail = t.substring(p);
      if (rowKind(tail) == Row.STRONG || isCopyright(tail)) {
        draft.remove(line.start() + p - 1, line.end(), ID);
        String holder = noticeHolderIn(tail);
        draft.publisherFallbackIfAbsent(holder == null ? null : withoutTrailingLinks(holder));
        return;
      }
    }
  }

  /**
   * Whether the end of {@code t} from {@code from} may hold a footer row or notice: a separator
   * ({@code | • ·}) or a copyright mark or word there, or a last word that ends a link label
   * ("Contact Us", "Terms of Use"). Looked for with indexOf and one look-up.
   */
  private boolean mayEndInRow(String t, int from) {
    if (t.indexOf('|', from) >= 0 || t.indexOf('\u00A9', from) >= 0 || t.indexOf('\u2022', from) >= 0
        || t.indexOf('\u00B7', from) >= 0 || t.indexOf("opyright", from) >= 0 || t.indexOf("OPYRIGHT", from) >= 0
        || t.indexOf("(c)", from) >= 0 || t.indexOf("(C)", from) >= 0) {
      return true;
    }
    int space = t.lastIndexOf(' ');
    String last = stripEnd(t.substring(space + 1)).toLowerCase(Locale.ROOT);
    return labelLastWords.contains(last);
  }

  /** A word without the punctuation a sentence or a row may end it with. */
  private static String stripEnd(String w) {
    int e = w.length();
    while (e > 0 && ".,;:!?\u2191".indexOf(w.charAt(e - 1)) >= 0) {
      e--;
    }
    return w.substring(0, e);
  }

  private static boolean sentenceEndsAt(String t, int i) {
    while (i > 0 && Prose.isClosingQuote(t.charAt(i))) {
      i--;
    }
    char c = t.charAt(i);
    return (c == '.' || c == '!' || c == '?') && i > 0 && Character.isLowerCase(t.charAt(i - 1));
  }

  /** How strongly a line reads as a footer row of links (see {@code links} in the YAML). */
  enum Row {
    NONE,
    /** One link label alone: a footer line only next to other footer lines. */
    WEAK,
    /** Two or more labels, or labels with a copyright notice, or "Back to top": a footer anchor. */
    STRONG
  }

  /**
   * Whether {@code line} is made only of footer link labels (and maybe a copyright notice),
   * separated by blanks or {@code | • · - / ↑}. Reads each word a bounded number of times (labels
   * are at most {@link #MAX_LABEL_WORDS} words).
   */
  Row rowKind(String line) {
    if (line.length() > MAX_ROW || line.isEmpty() || Character.isDigit(line.charAt(0))) {
      return Row.NONE;
    }
    if (!mayStartRow(line)) {
      return Row.NONE; // most lines: decided by their first word, without splitting them
    }
    String[] words = line.split(" ", -1);
    int links = 0;
    boolean copyright = false;
    boolean top = false;
    int i = 0;
    while (i < words.length) {
      String w = words[i];
      if (w.isEmpty() || isSeparator(w)) {
        i++;
        continue;
      }
      if (w.startsWith("\u00A9") || w.equalsIgnoreCase("copyright") || w.equalsIgnoreCase("(c)")) {
        // A copyright notice runs to the end of the line or to the next "|".
        int j = i;
        StringBuilder notice = new StringBuilder();
        while (j < words.length && !words[j].equals("|")) {
          notice.append(j > i ? " " : "").append(words[j]);
          j++;
        }
        if (isCopyright(notice.toString())) {
          copyright = true;
          i = j;
          continue;
        }
      }
      if (isRightsReserved(words, i)) {
        i += 3;
        continue;
      }
      int matched = isDomainName(w) ? 1 : matchLabel(words, i); // "Vermont.gov": the site's own link
      if (matched == 0) {
        return Row.NONE;
      }
      if ((words[i].equalsIgnoreCase("back") || words[i].equalsIgnoreCase("return")) && matched >= 3) {
        top = true; // "Back to top", "Return to top"
      }
      links++;
      i += matched;
    }
    if (links >= 2 || (copyright && links >= 1) || top) {
      return Row.STRONG;
    }
    return links == 1 && !copyright ? Row.WEAK : Row.NONE;
  }

  /**
   * Whether the first word of {@code line} can start a row: a link label's first word, a
   * copyright mark or word, "All" (rights reserved) or a separator. Reads only that word.
   */
  private boolean mayStartRow(String line) {
    int end = line.indexOf(' ');
    String w = stripPunct(end < 0 ? line : line.substring(0, end));
    if (w.isEmpty() || isSeparator(w) || w.startsWith("\u00A9") || w.equalsIgnoreCase("copyright") || w.equalsIgnoreCase("(c)")
        || w.equalsIgnoreCase("all")) {
      return true;
    }
    return labelsByFirstWord.containsKey(w.toLowerCase(Locale.ROOT));
  }

  /** "All Rights Reserved." after a notice that a "|" split off. */
  private static boolean isRightsReserved(String[] words, int i) {
    return i + 2 < words.length && words[i].equalsIgnoreCase("all") && words[i + 1].equalsIgnoreCase("rights")
        && stripPunct(words[i + 2]).equalsIgnoreCase("reserved");
  }

  /** The number of words of the longest link label at word {@code i}, or 0. */
  private int matchLabel(String[] words, int i) {
    List<String[]> candidates = labelsByFirstWord.get(stripPunct(words[i]).toLowerCase(Locale.ROOT));
    if (candidates == null) {
      return 0;
    }
    for (String[] label : candidates) { // longest first
      if (i + label.length > words.length) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < label.length && all; k++) {
        all = stripPunct(words[i + k]).equalsIgnoreCase(label[k]);
      }
      if (all) {
        return label.length;
      }
    }
    return 0;
  }

  /** A word without a trailing {@code :} or {@code ,} (as in "Follow us: Facebook, Twitter"). */
  private static String stripPunct(String w) {
    int e = w.length();
    while (e > 1 && (w.charAt(e - 1) == ':' || w.charAt(e - 1) == ',')) {
      e--;
    }
    return e == w.length() ? w : w.substring(0, e);
  }

  private static boolean isSeparator(String w) {
    if (w.length() != 1) {
      return false;
    }
    return "|\u2022\u00B7-\u2013\u2014/\u2191>\u203A\u00BB".indexOf(w.charAt(0)) >= 0;
  }

  /** A line of a footer statement ({@code "This site is managed by the Bureau of …"}). */
  boolean isStatement(String line) {
    if (line.length() > MAX_STATEMENT) {
      return false;
    }
    for (String s : statements) {
      if (line.regionMatches(true, 0, s, 0, s.length())) {
        return true;
      }
    }
    // "… are solely those of the author, the editor said" is news
    return disclaimers.anyIn(line) && !PromoRemover.reports(line);
  }

  /** A site named by its address alone: {@code "Vermont.gov"}, {@code "USA.gov"}, {@code "Courant.com"}. */
  private static boolean isDomainName(String w) {
    int dot = w.lastIndexOf('.');
    if (dot <= 0 || w.length() - dot - 1 < 2 || w.length() - dot - 1 > 4 || w.length() > 40) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (k > dot ? !Character.isLowerCase(c) : !(Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
        return false;
      }
    }
    return Character.isLetter(w.charAt(0));
  }

  /**
   * A footer row whose items the scrape set apart by wide gaps ({@code "© Skerry News ehf.   About
   *   Advertise   Contact"}, {@code "Freepost SBPSO   Tel: 0800 555 0377   Privacy   Accessibility"},
   * {@code "Circuit Ledger   About Us   Advertise with us   Contact Us   Reprints   © 2024 Circuit
   * Ledger Media"}): two items at least are footer links, a copyright notice or a contact line,
   * and every other item is a name or an address (twelve words at most, no sentence). Its gaps are read in
   * the input text ({@link SpacedRows}), where a name ("Circuit Ledger") cannot be told from the
   * links after it once the white-space step has made the gaps single spaces.
   */
  boolean isSpacedFooterRow(Draft draft, TextLines.Line line) {
    if (line.length() > MAX_ROW) {
      return false;
    }
    List<String> items = SpacedRows.items(draft, line);
    if (items == null) {
      return false;
    }
    int marks = 0;
    for (String item : items) {
      if (rowKind(item) != Row.NONE || isCopyright(item) || isContactLine(item) || isAddress(item) && Prose.wordCount(item) > 1) {
        marks++;
      } else if (Prose.wordCount(item) > 12 || Prose.endsLikeSentence(item) && Prose.wordCount(item) > 2) {
        return false;
      }
    }
    return marks >= 2;
  }

  /** A line that is a footer only next to an anchor: a lone link, an address or phone line, a tag list. */
  private boolean isWeak(String line) {
    if (line.length() > MAX_FOOTER_LINE) {
      return false;
    }
    return isLoneLine(line) || isAddress(line) || isContactLine(line) || isTagList(line);
  }

  private static final String[] CONTACT_LABELS = {
    "Address:", "Postal address:", "Visiting address:", "Tel.", "Tel:", "Tel ", "Telephone:", "Phone:", "Fax:",
    "Switchboard:", "Email:", "E-mail:", "Opening hours:", "Office hours:", "Hours:"
  };

  /**
   * A contact line of a footer's address block, a label and its value: {@code "Tel. +254 20 555
   * 0150"}, {@code "Email: newsdesk@example.org"}, {@code "Opening hours: Mon–Thu 8.00–16.00"},
   * {@code "Address: Eden Square Complex, Block 3, Chiromo Road"}. The value holds a digit or an
   * {@code @} and no sentence: a directory's {@code "Tel:"} line in the middle of a story stays,
   * as it is no footer's (weak lines go only next to a footer's anchor).
   */
  static boolean isContactLine(String line) {
    if (line.length() > MAX_FOOTER_LINE) {
      return false;
    }
    for (String label : CONTACT_LABELS) {
      if (line.regionMatches(true, 0, label, 0, label.length())) {
        String value = line.substring(label.length()).strip();
        boolean figure = false;
        for (int i = 0; i < value.length() && !figure; i++) {
          figure = Character.isDigit(value.charAt(i)) || value.charAt(i) == '@';
        }
        return figure && !Prose.hasSentenceEnd(value.endsWith(".") ? value.substring(0, value.length() - 1) : value);
      }
    }
    return false;
  }

  /**
   * The name over a footer's address block ({@code "Embassy of Finland, Nairobi"}, {@code
   * "Communications Department"}): two to eight words, each starting in a capital but for joining
   * words, maybe a comma, no digit and no sentence end, one of them an office's word (embassy,
   * department, council …): a person's name and role over an office's hours is a signature.
   */
  static boolean isContactHeading(String line) {
    if (line.length() > 80 || line.isEmpty() || !Character.isUpperCase(line.charAt(0))) {
      return false;
    }
    String[] words = line.split(" ");
    if (words.length < 2 || words.length > 8) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty()) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isDigit(c) || ".!?:;|/@".indexOf(c) >= 0 || c == ',' && i != w.length() - 1) {
          return false;
        }
      }
      if (!Character.isUpperCase(w.charAt(0)) && !JOINING_WORDS.contains(w)) {
        return false;
      }
    }
    for (String w : words) {
      if (ORGANISATION_WORDS.contains(w.replace(",", "").toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false; // "Thomas Brandt, Deputy Director": a person signs, no office's address follows
  }

  /** Words that make a name an office's: the heading of its contact block names one. */
  private static final Set<String> ORGANISATION_WORDS = Set.of("embassy", "consulate", "mission", "department", "ministry",
      "office", "council", "authority", "agency", "bureau", "service", "services", "centre", "center", "court", "commission",
      "committee", "board", "library", "university", "college", "school", "hospital", "trust", "foundation", "institute",
      "association", "society", "company", "newsroom", "desk", "unit", "government", "parliament", "police", "headquarters",
      "secretariat", "directorate", "division", "port", "harbour", "harbor", "museum", "bank");

  /** Whether a joining word ("of", "upon") stands whole at {@code i}: "Central Bank of Sri Lanka". */
  private static boolean joiningWordAt(String line, int i) {
    int e = line.indexOf(' ', i);
    String w = line.substring(i, e < 0 ? line.length() : e);
    return JOINING_WORDS.contains(w) || w.equals("upon");
  }

  private static final Set<String> JOINING_WORDS = Set.of("of", "and", "for", "the", "&", "de", "du", "des", "la", "le", "on");

  /** A site directory above a footer holds at least this many section names. */
  static final int MIN_SECTIONS = 3;

  /** A section name of a site directory alone on its line ("News", "Sport", "Life & Style"). */
  private boolean isSection(String line) {
    return line.length() <= 20 && sections.contains(line.toLowerCase(Locale.ROOT));
  }

  /** A lone footer link or an app-store line: three or more of them end a text as a footer. */
  private boolean isLoneLine(String line) {
    return rowKind(line) == Row.WEAK || isAppLine(line);
  }

  /**
   * An app-store line of a footer: {@code "Download our app"}, {@code "Download the BBC News
   * app"}, {@code "Get the app on the App Store and Google Play"}, {@code "Available on the App
   * Store"}, {@code "Get it on Google Play"}. At most {@value #MAX_APP_WORDS} words, starting with
   * "Download", "Get" or "Available", naming an app or a store, with no sentence end inside and no
   * reported speech ({@code "Download the app …, the council said."} is news).
   */
  static boolean isAppLine(String line) {
    if (line.length() > 100 || Prose.wordCount(line) > MAX_APP_WORDS || PromoRemover.reports(line)) {
      return false;
    }
    if (!line.startsWith("Download ") && !line.startsWith("Get ") && !line.startsWith("Available ")
        && !line.startsWith("DOWNLOAD ") && !line.startsWith("GET ") && !line.startsWith("AVAILABLE ")) {
      return false;
    }
    String body = line.endsWith(".") || line.endsWith("!") ? line.substring(0, line.length() - 1) : line;
    if (Prose.hasSentenceEnd(body)) {
      return false;
    }
    String lower = " " + body.toLowerCase(Locale.ROOT) + " ";
    return lower.contains(" app store ") || lower.contains(" google play ") || lower.contains(" app ")
        || lower.contains(" apps ");
  }

  static final int MAX_APP_WORDS = 12;

  /** {@code "Tags Lloyd Austin Pat Ryder"}, {@code "Tags: NATO, Russia"}: words in capitals, no sentence end. */
  static boolean isTagList(String line) {
    return (line.startsWith("Tags ") || line.startsWith("Tags: ") || line.startsWith("TAGS ")) && line.length() <= MAX_FOOTER_LINE
        && !Prose.endsLikeSentence(line);
  }

  /**
   * A street address, city line or phone number as footers print them: {@code "1775 Massachusetts
   * Ave., NW"}, {@code "Washington, DC 20036"}, {@code "202.797.6000"}, {@code "THE HILL 1625 K
   * STREET, NW SUITE 900 WASHINGTON DC 20006 | 202-628-8500 TEL"}. At most 20 words, none of them
   * starting in lower case (so an address inside a sentence is no address line).
   */
  static boolean isAddress(String line) {
    if (line.length() > MAX_FOOTER_LINE || Prose.wordCount(line) > 20) {
      return false;
    }
    boolean zip = false;
    boolean phone = false;
    int digitsRun = 0;
    int phoneDigits = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLowerCase(c) && (i == 0 || line.charAt(i - 1) == ' ') && !joiningWordAt(line, i)) {
        return false;
      }
      if (c >= '0' && c <= '9') {
        digitsRun++;
        phoneDigits++;
      } else {
        if (digitsRun == 5 && (i == 5 || line.charAt(i - 6) == ' ')) {
          zip = true;
        }
        digitsRun = 0;
        if (c != '-' && c != '.' && c != ' ' && c != '(' && c != ')') {
          phoneDigits = 0;
        }
      }
      if (phoneDigits >= 10) {
        phone = true;
      }
    }
    if (digitsRun == 5 && (line.length() == 5 || line.charAt(line.length() - 6) == ' ')) {
      zip = true;
    }
    if (zip || phone) {
      return true;
    }
    if (hasPostcode(line)) {
      return true; // "The Rivermouth Packet, 2 Lemon Street, Rivermouth TR4 9AB"
    }
    // "1775 Massachusetts Ave., NW", "Calder County Board of Elections 402 Main Street, Suite 110":
    // a house number, then a street word.
    int digit = 0;
    while (digit < line.length() && !Character.isDigit(line.charAt(digit))) {
      digit++;
    }
    if (digit == line.length()) {
      return false;
    }
    String lower = " " + line.substring(digit).toLowerCase(Locale.ROOT).replace(",", " ") + " ";
    for (String w : STREET_WORDS) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line holds a British postcode as its own word ({@code "TR4 9AB"}, {@code "SW1A
   * 2AA"}, {@code "M1 1AE"}): an outward code of one or two capitals, a digit and maybe a capital
   * or digit, a space, then a digit and two capitals.
   */
  static boolean hasPostcode(String line) {
    for (int sp = line.indexOf(' '); sp >= 0; sp = line.indexOf(' ', sp + 1)) {
      int e = sp + 4;
      if (e > line.length() || e < line.length() && Character.isLetterOrDigit(line.charAt(e))
          || !isDigit(line.charAt(sp + 1)) || !isCapital(line.charAt(sp + 2)) || !isCapital(line.charAt(sp + 3))) {
        continue;
      }
      int s = sp - 1;
      while (s >= 0 && Character.isLetterOrDigit(line.charAt(s))) {
        s--;
      }
      String out = line.substring(s + 1, sp);
      int letters = 0;
      while (letters < out.length() && isCapital(out.charAt(letters))) {
        letters++;
      }
      int rest = out.length() - letters;
      if (letters >= 1 && letters <= 2 && rest >= 1 && rest <= 2 && isDigit(out.charAt(letters))
          && (rest == 1 || isDigit(out.charAt(letters + 1)) || isCapital(out.charAt(letters + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static final String[] STREET_WORDS = {
    " ave ", " ave. ", " avenue ", " street ", " st. ", " road ", " rd. ", " blvd ", " blvd. ", " boulevard ", " drive ",
    " place ", " plaza ", " suite ", " lane ", " square ", " mawatha ", " floor ", " building ", " nw ", " n.w. ", " sw ", " s.w. ", " ne ", " n.e. ", " se ", " s.e. "
  };

  private @Nullable Footer footerNamed(String line, Draft draft) {
    String folded = Prose.fold(line);
    for (Footer f : footers) {
      if (folded.equals(Prose.fold(f.name())) && appliesTo(f, draft)) {
        return f;
      }
    }
    return null;
  }

  /**
   * Whether {@code f} may end a page from the draft's host; asked only for a footer line that is
   * there, since finding the host parses the address.
   */
  private static boolean appliesTo(Footer f, Draft draft) {
    if (f.hosts().isEmpty()) {
      return true;
    }
    String host = draft.host();
    if (host == null) {
      return true;
    }
    for (String h : f.hosts()) {
      if (host.equals(h) || host.endsWith("." + h)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A copyright notice: {@code "© 2021 The Hill. All rights reserved."}, {@code "Copyright ©
   * 2019-2021 Foreign Policy"}, {@code "(c) 2020 Antiwar.com"}, {@code "©2023 THE BROOKINGS
   * INSTITUTION. ALL RIGHTS RESERVED."}, {@code "© The Hill 2021"}, {@code "© The Civic Data Desk"}
   * (the sign and a holder's name alone): the mark, a year (maybe after
   * the holder's name), and then only a name-like holder and the usual notice sentences. A
   * sentence that starts with the mark and a year ({@code "Copyright 2023 filings at the office
   * show …"}) has words in lower case that no holder's name has, and is no notice.
   */
  static boolean isCopyright(String line) {
    if (line.length() > MAX_STATEMENT) {
      return false;
    }
    for (String prefix : NOTICE_PREFIXES) {
      if (line.regionMatches(true, 0, prefix, 0, prefix.length()) && line.length() > prefix.length()) {
        line = line.substring(prefix.length());
        break;
      }
    }
    int p;
    if (line.startsWith("\u00A9")) {
      p = 1;
    } else if (line.regionMatches(true, 0, "(c)", 0, 3)) {
      p = 3;
    } else if (line.regionMatches(true, 0, "copyright", 0, 9)) {
      p = 9;
      while (p < line.length() && line.charAt(p) == ' ') {
        p++;
      }
      if (line.startsWith("\u00A9", p)) {
        p++;
      } else if (line.regionMatches(true, p, "(c)", 0, 3)) {
        p += 3;
      }
    } else {
      return false;
    }
    if (p <= 3) {
      // "© Copyright 1997-2024 Philippine Daily Courier, Inc.": the sign, then the word
      int q = p;
      while (q < line.length() && line.charAt(q) == ' ') {
        q++;
      }
      if (line.regionMatches(true, q, "copyright ", 0, 10)) {
        p = q + 9;
      }
    }
    while (p < line.length() && line.charAt(p) == ' ') {
      p++;
    }
    int year = yearAt(line, p);
    if (year < 0) {
      // "© The Hill 2021": a short holder's name in capitals, then the year and nothing else.
      int words = 0;
      int q = p;
      while (q < line.length() && words <= 6) {
        int sp = line.indexOf(' ', q);
        int e = sp < 0 ? line.length() : sp;
        if (e == q) {
          q++;
          continue;
        }
        int y = yearAt(line, q);
        if (y == e || y > 0 && y == e - 1 && line.charAt(y) == '.') {
          // "… Hanbit News Agency 2024. All rights reserved.": the year may end the holder's sentence.
          return words >= 1 && isNoticeRest(line.substring(y));
        }
        if (!Character.isUpperCase(line.charAt(q)) && !(words >= 1 && (isCompanySuffix(line.substring(q, e))
            || JOINING_WORDS.contains(line.substring(q, e))))) {
          return false; // (a joining word inside the name: "Copyright(c) Ministry of Oceans and Fisheries. …")
        }
        words++;
        if (line.charAt(e - 1) == '.' && e < line.length() && isAllRightsReserved(line.substring(e).strip())) {
          return true; // "Copyright © Korea Daily Herald. All Rights Reserved.": no year
        }
        q = e + 1;
      }
      // "© The Civic Data Desk", "© Skerry News ehf.": the sign, then only a holder's name of at
      // most six capitalized words (a company's suffix may end it), no year, no other period.
      String last = line.substring(line.lastIndexOf(' ') + 1);
      return line.startsWith("\u00A9") && q >= line.length() && words >= 1 && words <= 6
          && (!line.endsWith(".") || isCompanySuffix(last));
    }
    p = year;
    // "2019-2021", "1998 - 2023"
    int q = p;
    while (q < line.length() && (line.charAt(q) == ' ' || line.charAt(q) == '-' || line.charAt(q) == '\u2013')) {
      q++;
    }
    if (q > p && yearAt(line, q) > 0) {
      p = yearAt(line, q);
    }
    return isNoticeRest(line.substring(p));
  }

  private static final java.util.regex.Pattern OWNERSHIP = java.util.regex.Pattern.compile(
      "[A-Z][^\\n.!?]{1,60} is (?:a part of|part of|a division of|a subsidiary of|a brand of|a publication of|owned by"
          + "|owned and operated by|a unit of) [^\\n.!?]{2,80}(?:, (?:LLC|Inc|Ltd))?\\.");

  /**
   * A footer's ownership line with its copyright notice ({@code "Screenlight is a part of Pinewood
   * Media. © 2024 Screenlight Media, LLC. All Rights Reserved."}): the sentence that names the
   * owner, then a copyright notice, on one line. The sentence alone ("The company is a subsidiary
   * of Alphabet.") may be the story's last, and stays.
   */
  static boolean isOwnershipNotice(String line) {
    if (line.length() > MAX_STATEMENT || line.indexOf(" of ") < 0 && line.indexOf(" by ") < 0) {
      return false;
    }
    for (int dot = line.indexOf(". "); dot > 0; dot = line.indexOf(". ", dot + 2)) {
      if (isCopyright(line.substring(dot + 2)) && OWNERSHIP.matcher(line.substring(0, dot + 1)).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The networks a footer links to, one a line. */
  private static final Set<String> NETWORKS = Set.of("facebook", "x", "twitter", "linkedin", "instagram", "youtube",
      "whatsapp", "bluesky", "threads", "tiktok", "telegram", "pinterest", "flickr", "mastodon", "reddit");

  /** A social network's name alone on a line ("Facebook", "X"). */
  private static boolean isNetwork(String t) {
    return t.length() <= 10 && NETWORKS.contains(t.toLowerCase(Locale.ROOT));
  }

  /** {@code "All rights reserved."}, in any case, with or without its period. */
  private static boolean isAllRightsReserved(String s) {
    String t = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    return t.equalsIgnoreCase("All rights reserved");
  }

  /** A company's legal suffix, maybe with its period: "ehf.", "Ltd.", "GmbH", "plc", "Inc.". */
  static boolean isCompanySuffix(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return COMPANY_SUFFIXES.contains(w.toLowerCase(Locale.ROOT));
  }

  private static final Set<String> COMPANY_SUFFIXES = Set.of("ehf", "hf", "plc", "ltd", "inc", "llc", "gmbh", "ag", "sa",
      "srl", "bv", "b.v", "n.v", "nv", "oy", "ab", "asa", "spa", "pty", "pvt", "co", "corp", "s.a", "s.l", "a/s", "as");

  /**
   * The holder a copyright notice names, as written ({@code "© 2024 The Harbor City Tribune. All
   * rights reserved."} gives {@code "The Harbor City Tribune"}, {@code "© 2026, Portfolio Legal
   * Media LLC."} gives {@code "Portfolio Legal Media LLC"}, {@code "© The Hill 2021"} gives {@code
   * "The Hill"}); null when the line is no notice or names no one who could be a publisher (no
   * holder, the authors, a sentence).
   */
  /** {@code "Halyard Digital Media Ltd 2025"} without the year a notice set after the holder's name. */
  static String withoutTrailingYear(String holder) {
    int sp = holder.lastIndexOf(' ');
    return sp > 0 && yearAt(holder, sp + 1) == holder.length() ? holder.substring(0, sp).strip() : holder;
  }

  static @Nullable String copyrightHolder(String line) {
    if (line.length() > MAX_STATEMENT) {
      return null;
    }
    String t = line;
    for (String prefix : NOTICE_PREFIXES) {
      if (t.regionMatches(true, 0, prefix, 0, prefix.length())) {
        t = t.substring(prefix.length());
        break;
      }
    }
    int p = 0;
    // The marks, in any order and number: "Copyright ©", "(c)", "©"; at least one.
    boolean mark = true;
    boolean symbol = false;
    int marks = -1;
    while (mark) {
      while (p < t.length() && t.charAt(p) == ' ') {
        p++;
      }
      if (t.startsWith("\u00A9", p)) {
        p++;
        symbol = true;
      } else if (t.regionMatches(true, p, "(c)", 0, 3)) {
        p += 3;
        symbol = true;
      } else if (t.regionMatches(true, p, "copyright", 0, 9)) {
        p += 9;
      } else {
        mark = false;
      }
      marks++;
    }
    if (marks == 0) {
      return null;
    }
    // The year or years: "2024", "2019-2024", "2024,".
    boolean year = false;
    while (p < t.length()) {
      char c = t.charAt(p);
      if (c == ' ' || c == ',' || c == '-' || c == '\u2013') {
        p++;
      } else if (yearAt(t, p) > 0) {
        p = yearAt(t, p);
        year = true;
      } else {
        break;
      }
    }
    int end = t.length();
    for (String stop : HOLDER_STOPS) {
      int at = Prose.indexOfIgnoringCase(t, stop, p);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    // A second sentence: ". " before a capital, after a word that is no abbreviation.
    for (int i = p + 1; i + 2 < end; i++) {
      if (t.charAt(i) == '.' && t.charAt(i + 1) == ' ' && Character.isUpperCase(t.charAt(i + 2))
          && !isAbbreviationBefore(t, i, p)) {
        end = i;
        break;
      }
    }
    String holder = t.substring(p, end).strip();
    // "The Hill 2021": the year after the name.
    int space = holder.lastIndexOf(' ');
    if (space > 0 && yearAt(holder, space + 1) == holder.length()) {
      holder = holder.substring(0, space).strip();
      year = true;
    }
    if (!symbol && !year) {
      return null; // "Copyright Disclaimer Privacy Help": the word alone, a footer link, holds nothing
    }
    while (!holder.isEmpty() && ",;:".indexOf(holder.charAt(holder.length() - 1)) >= 0) {
      holder = holder.substring(0, holder.length() - 1).strip();
    }
    if (holder.endsWith(".") && !isAbbreviationBefore(holder, holder.length() - 1, 0)) {
      holder = holder.substring(0, holder.length() - 1);
    }
    for (String form : BRACKETED_LEGAL_FORMS) {
      int at = holder.indexOf(form);
      if (at > 0) {
        holder = holder.substring(0, at) + holder.substring(at + form.length()); // "Lanka Island News (Pvt) Ltd"
        break;
      }
    }
    holder = withoutStreetAddress(holder);
    return isHolderName(holder) ? holder : null;
  }

  /**
   * A holder's name without the street address a footer set after it on the same line ({@code
   * "Pine County Sentinel 114 Main St. Millbrook, NY"} gives {@code "Pine County Sentinel"}): a
   * house number after the first word, then a street word within the next four words.
   */
  static String withoutStreetAddress(String holder) {
    String[] words = holder.split(" ");
    for (int k = 1; k + 1 < words.length; k++) {
      String w = words[k];
      if (w.isEmpty() || w.length() > 5 || !w.chars().allMatch(Character::isDigit)) {
        continue;
      }
      for (int j = k + 1; j < Math.min(words.length, k + 5); j++) {
        String street = " " + words[j].toLowerCase(Locale.ROOT).replace(",", "") + " ";
        if (java.util.Arrays.asList(STREET_WORDS).contains(street)) {
          String name = String.join(" ", java.util.Arrays.asList(words).subList(0, k)).strip();
          return name.endsWith(",") ? name.substring(0, name.length() - 1) : name;
        }
      }
    }
    return holder;
  }

  /**
   * A copyright holder without the footer links that follow it on its row once the row's wide
   * gaps are single spaces ({@code "The Rockhaven Tide Subscribe Advertise Contact"} gives {@code
   * "The Rockhaven Tide"}): two links at least, so a name that ends in one word of a link ({@code
   * "The Daily Help"}) keeps it.
   */
  String withoutTrailingLinks(String holder) {
    String[] words = holder.split(" ");
    for (int k = 1; k + 1 < words.length; k++) {
      if (isCompanySuffix(words[k]) && words[k].endsWith(".") && !isCompanySuffix(words[k + 1])
          && Character.isUpperCase(words[k + 1].charAt(0))) {
        // "Rijnstad Dagblad B.V. Privacy Cookies Colofon Contact": the company's name ends at its suffix.
        return String.join(" ", java.util.Arrays.asList(words).subList(0, k + 1));
      }
    }
    int end = words.length;
    int links = 0;
    boolean found = true;
    while (found && end > 1) {
      found = false;
      String last = Prose.fold(words[end - 1]);
      for (List<String[]> labels : labelsByFirstWord.values()) {
        for (String[] label : labels) {
          int k = label.length;
          if (k < end && label[k - 1].equals(last) && endsWithLabel(words, end, label)) {
            end -= k;
            links++;
            found = true;
            break;
          }
        }
        if (found) {
          break;
        }
      }
    }
    return links >= 2 ? String.join(" ", java.util.Arrays.asList(words).subList(0, end)) : holder;
  }

  private static boolean endsWithLabel(String[] words, int end, String[] label) {
    for (int j = 0; j < label.length; j++) {
      if (!Prose.fold(words[end - label.length + j]).equals(label[j])) {
        return false;
      }
    }
    return true;
  }

  /** The holder of the copyright notice in a footer row ({@code "Contact Us © 2022 The Hill. All rights reserved."}), or null. */
  static @Nullable String noticeHolderIn(String row) {
    int at = row.indexOf('\u00A9');
    int word = Prose.indexOfIgnoringCase(row, "copyright", 0);
    if (word >= 0 && (at < 0 || word < at)) {
      at = word;
    }
    return at < 0 ? null : copyrightHolder(row.substring(at));
  }

  /**
   * The site a WordPress feed's last line names ({@code "The post Marina wins approval appeared
   * first on Lakeside Gazette."} gives {@code "Lakeside Gazette"}), or null when the line is none.
   */
  static @Nullable String feedPostSite(String line) {
    if (!line.startsWith("The post ") || line.length() > MAX_STATEMENT) {
      return null;
    }
    int at = line.lastIndexOf(" appeared first on ");
    if (at < 0) {
      return null;
    }
    String site = line.substring(at + " appeared first on ".length()).strip();
    if (site.endsWith(".")) {
      site = site.substring(0, site.length() - 1).strip();
    }
    return site.isEmpty() || site.length() > 80 || !Character.isUpperCase(site.charAt(0)) && !Character.isDigit(site.charAt(0))
        || Prose.hasSentenceEnd(site) ? null : site;
  }

  /** Where a holder's name ends at the latest, searched ignoring case. */
  private static final String[] HOLDER_STOPS = {"all rights reserved", "some rights reserved", "this material may not",
    " | ", " \u00B7 ", " \u2022 ", " - ", " \u2013 ", " \u2014 "};

  /** Abbreviations a holder's name may end in: "Inc.", "Pvt. Ltd.", "Co.". */
  private static final Set<String> HOLDER_ABBREVIATIONS =
      Set.of("inc", "ltd", "co", "corp", "pvt", "bros", "st", "jr", "sr");

  /** Whether the word before the '.' at {@code dot} (from {@code from} on) is an abbreviation or an initial. */
  private static boolean isAbbreviationBefore(String t, int dot, int from) {
    int s = dot;
    while (s > from && Character.isLetter(t.charAt(s - 1))) {
      s--;
    }
    return dot - s == 1 || HOLDER_ABBREVIATIONS.contains(t.substring(s, dot).toLowerCase(Locale.ROOT));
  }

  /**
   * A holder's name that can be a publisher: one to eight words, 80 chars at most, starting with a
   * capital; every word capitalized, a digit group ("KTVR 9 News") or a joining word; no
   * parentheses ("The Author(s)"), no author or owner.
   */
  /** A company's legal form in brackets, as South Asian and South African holders write it. */
  private static final String[] BRACKETED_LEGAL_FORMS = {" (Pvt)", " (Pvt.)", " (Pty)", " (Private)", " (PVT)", " (PTY)"};

  static boolean isHolderName(String holder) {
    if (holder.isEmpty() || holder.length() > 80 || !Character.isUpperCase(holder.charAt(0))
        || holder.indexOf('(') >= 0 || holder.indexOf('"') >= 0) {
      return false;
    }
    String[] words = holder.split(" +");
    if (words.length > 8) {
      return false;
    }
    for (String w : words) {
      String bare = w.replaceAll("[.,]+$", "");
      if (bare.isEmpty()) {
        return false;
      }
      String lower = bare.toLowerCase(Locale.ROOT);
      if (lower.startsWith("author") || lower.equals("owners") || lower.equals("contributors")) {
        return false;
      }
      char c = bare.charAt(0);
      if (!(Character.isUpperCase(c) || Character.isDigit(c) || c == '&' || NOTICE_WORDS.contains(lower))) {
        return false;
      }
    }
    return true;
  }

  /** What a notice may say before its mark: {@code "All content © 2024 …"}, {@code "Site content copyright …"}. */
  private static final String[] NOTICE_PREFIXES = {"All content ", "All contents ", "Content ", "Site content ", "Website content ",
    "All text and images "};

  /** The offset after a four-digit year that starts at {@code p} and ends a word, or -1. */
  private static int yearAt(String s, int p) {
    int digits = 0;
    while (p + digits < s.length() && Character.isDigit(s.charAt(p + digits))) {
      digits++;
    }
    if (digits != 4) {
      return -1;
    }
    int e = p + 4;
    return e == s.length() || !Character.isLetterOrDigit(s.charAt(e)) ? e : -1;
  }

  /** Words a holder's name or a notice has in lower case ("a subsidiary of", "all rights reserved"). */
  private static final Set<String> NOTICE_WORDS =
      Set.of("of", "and", "the", "for", "a", "an", "by", "its", "in", "on", "at", "de", "du", "la", "le", "und", "y", "all",
          "rights", "reserved", "subsidiary", "division", "company", "unit", "member", "affiliate", "part", "group", "used",
          "under", "license", "licence", "with", "permission", "inc", "ltd", "llc", "corp", "co", "plc", "brand", "publication",
          "imprint", "business",
          // the notice in the languages of English-language editions: "Todos os direitos reservados",
          // "Todos los derechos reservados", "Tous droits réservés", "Alle Rechte vorbehalten"
          "os", "direitos", "reservados", "los", "derechos", "droits", "réservés", "rechte", "vorbehalten");

  /**
   * Whether the text after the year is a holder's name and notice: every word in lower case is one
   * of {@link #NOTICE_WORDS}; AP's "This material may not be published, …" ends it, and so does "No
   * part of this material may be reproduced …".
   */
  private static boolean isNoticeRest(String rest) {
    for (String tail : new String[] {"this material may not be", "no part of this"}) {
      // AP's "This material may not be published, …"; "No part of this material may be reproduced …"
      int stop = Prose.indexOfIgnoringCase(rest, tail, 0);
      if (stop >= 0) {
        rest = rest.substring(0, stop);
      }
    }
    int reserved = Prose.indexOfIgnoringCase(rest, "all rights reserved", 0);
    int after = reserved + "all rights reserved".length();
    if (reserved >= 0 && after < rest.length() && Character.isUpperCase(rest.charAt(after))) {
      // "… All Rights ReservedTerms of UsePrivacy Policy": the footer's links glued on by a flattener
      rest = rest.substring(0, after);
    }
    int i = 0;
    int n = rest.length();
    while (i < n) {
      while (i < n && !Character.isLetter(rest.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && (Character.isLetterOrDigit(rest.charAt(i)) || rest.charAt(i) == '\'' || rest.charAt(i) == '\u2019')) {
        i++;
      }
      if (s < i && Character.isLowerCase(rest.charAt(s)) && (s == 0 || rest.charAt(s - 1) != '.')
          && !NOTICE_WORDS.contains(rest.substring(s, i))) {
        return false;
      }
      if (i == s) {
        i++;
      }
    }
    return true;
  }

}
