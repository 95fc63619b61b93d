package io.corpus.clean.banner;

import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.banner.BannerSentence.Match;
import io.corpus.clean.banner.BannerSentence.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Removes the US-government site banner (USWDS "An official website of the United States
 * government … Here's how you know …", its older ".gov means it's official" wording, the .mil
 * variant and the Spanish "Un sitio oficial del Gobierno de Estados Unidos …") in the forms scrapes
 * leave it: on one line or one sentence per line, lower-cased without punctuation, hard-wrapped in
 * mid-sentence, cut short (in mid-word, with or without an ellipsis), indented, in a markdown table
 * cell or list item, with the flag and icon images or their alt text, and interrupted by
 * language or navigation links (which stay).
 *
 * <p>The matcher works on a normalized token view of the text ({@link BannerTokens}): it finds a
 * chain of banner sentences, in any order, that starts a line, and removes it only when the chain
 * is confirmed: it holds the banner's first sentence and either another banner sentence or
 * nothing else on its line, or it holds two sentences of the banner's body. Prose that mentions "an
 * official website" or says "here's how you know" is never a chain. Only the matched sentences are
 * removed (plus the markdown that wrapped them when nothing else is left on their line); titles,
 * navigation and text around the banner stay.
 *
 * <p>Linear time: every token starts at most a constant number of bounded pattern matches, and a
 * rejected chain is never walked again. Stateless and thread-safe; each thread that runs the step
 * keeps one buffer (up to 128 KiB) for the chars of the text it reads.
 *
 * <pre>{@code
 * Cleaner.builder().addStep(new GovBannerRemover()).build();
 * }</pre>
 */
public final class GovBannerRemover implements CleanStep {

  /** The rule id recorded with every banner removal. */
  public static final String ID = "gov-banner";

  /** Words of language and navigation links that may interrupt a banner (and stay). */
  private static final Words INTERRUPTIONS =
      words(
          "english", "espanol", "en", "ingles", "language", "languages", "select", "translate", "menu",
          "search", "close", "home", "main", "navigation", "open", "toggle", "zhong", "tieng", "viet",
          "kreyol", "ayisyen", "francais", "русский", "한국어", "中文", "tagalog", "العربية", "portugues",
          "log", "sign", "in", "login", "signin", "contact", "about", "help", "subscribe", "donate", "sitemap",
          "a", "z", "index", "agencies", "services", "topics", "news", "events");

  /** Words an icon's alt text is made of: a markdown image whose alt uses only these is banner chrome. */
  private static final Set<String> ICON_ALT_WORDS =
      Set.of("us", "u", "s", "united", "states", "flag", "of", "the", "dot", "gov", "mil", "https", "lock",
          "locked", "padlock", "icon", "official", "an", "a", "website", "government", "bandera", "de", "estados",
          "unidos", "candado", "sitio", "oficial", "del", "gobierno", "seguro");

  static final List<BannerSentence> SENTENCES =
      List.of(
          // The current English banner.
          new BannerSentence("head", Role.HEAD, "an? official website of the united_states|us government|gov"),
          new BannerSentence("how-you-know", Role.WEAK, "heres|here_s how you know"),
          new BannerSentence("dot-gov", Role.BODY, "official websites use gov|mil"),
          new BannerSentence("belongs", Role.BODY,
              "a? gov|mil website belongs to an official government organization in the united_states|us"),
          new BannerSentence("belongs-mil", Role.BODY,
              "a? mil website belongs to an official us department of defense organization in? the? united_states|us?"),
          new BannerSentence("https", Role.BODY, "secure gov|mil websites use https"),
          new BannerSentence("lock", Role.BODY,
              "a lock {lock,a,locked,padlock,icon} or https means youve|you_ve safely connected to the gov|mil website"),
          new BannerSentence("share", Role.BODY, "share sensitive information only on official secure websites"),
          // The older wording (USWDS 1.x).
          new BannerSentence("means-official", Role.HEAD, "the gov means its|it_s official"),
          new BannerSentence("often-end", Role.BODY,
              "federal government websites often|always end|use in? a? gov or mil domain?"),
          new BannerSentence("before-sharing", Role.BODY,
              "before sharing sensitive information online? make sure youre|you_re on a federal government site"),
          new BannerSentence("before-sharing-bar", Role.BODY,
              "before sharing sensitive information online make sure youre|you_re on a gov or mil site by inspecting your browsers|browser_s address or location bar"),
          new BannerSentence("site-secure", Role.BODY, "the site is secure"),
          new BannerSentence("ensures", Role.BODY,
              "the https ensures that you are connecting to the official website and that any information you provide is encrypted and transmitted securely"),
          new BannerSentence("ssl", Role.BODY,
              "this site is also protected by an ssl secure sockets layer certificate thats|that_s been signed by the us government"),
          new BannerSentence("transmitted", Role.BODY,
              "the https means all transmitted data is encrypted in other words any information or browsing history that you provide is transmitted securely"),
          // Spanish.
          new BannerSentence("es-head", Role.HEAD, "un sitio oficial del gobierno de estados unidos"),
          new BannerSentence("es-how", Role.WEAK, "asi es como usted puede verificarlo"),
          new BannerSentence("es-dot-gov", Role.BODY, "los sitios web oficiales usan gov|mil"),
          new BannerSentence("es-belongs", Role.BODY,
              "un sitio web gov|mil pertenece a una organizacion oficial del gobierno de estados unidos"),
          new BannerSentence("es-https", Role.BODY, "los sitios web seguros gov|mil usan https"),
          new BannerSentence("es-lock", Role.BODY,
              "un candado {candado,un,cerrado,bloqueado,icono,de,lock,a,locked,padlock,icon} o https significa que usted se conecto de forma segura a un sitio web gov|mil"),
          new BannerSentence("es-share", Role.BODY,
              "comparta informacion sensible solo en sitios web oficiales y seguros"),
          new BannerSentence("es-means-official", Role.HEAD, "el gov significa que es oficial"),
          new BannerSentence("es-often-end", Role.BODY,
              "los sitios web federales del gobierno a menudo terminan en gov o mil"),
          new BannerSentence("es-before-sharing", Role.BODY,
              "antes de compartir informacion sensible asegurese de que esta en un sitio del gobierno federal"),
          new BannerSentence("es-site-secure", Role.BODY, "el sitio es seguro"),
          new BannerSentence("es-ensures", Role.BODY,
              "el https garantiza que usted se esta conectando al sitio web oficial y que cualquier informacion que usted proporcione estara cifrada y se transmitira de manera|forma segura"),
          // What precedes the banner, and its icons' alt text when scraped as text.
          new BannerSentence("skip", Role.WEAK, "skip to main page? content"),
          new BannerSentence("flag", Role.ICON, "us|united_states flag"),
          new BannerSentence("flag-of", Role.ICON, "flag of the united_states|us"),
          new BannerSentence("dot-gov-icon", Role.ICON, "dot gov|mil"),
          new BannerSentence("https-icon", Role.ICON, "https"),
          new BannerSentence("lock-icon", Role.ICON, "lock? a? locked? padlock icon?"));

  /** The words a banner sentence can start with; {@link #BY_FIRST_WORD} holds the sentences by their place. */
  private static final Words FIRST_WORDS = new Words(SENTENCES.stream().flatMap(s -> s.firstWords().stream()).toList());

  /** The sentences that can start with each of {@link #FIRST_WORDS}, in the order of {@link #SENTENCES}. */
  private static final List<List<BannerSentence>> BY_FIRST_WORD = index();

  /** How much of a text the step reads into tokens: all but the first only to test that skipping changes nothing. */
  enum Reading {
    /**
     * The step's reading: a line whose first word starts no banner sentence is skipped at once
     * up to its first seam (or its end), and so is the rest of any line, after each word, up to
     * the word before its next seam.
     */
    SKIPPING,
    /** Skips the rest of a line only when it holds no seam, after reading its second word (an earlier reading). */
    LINES,
    /** Reads every token. */
    EVERY_TOKEN
  }

  private final Reading reading;

  /** The banner step. */
  public GovBannerRemover() {
    this(Reading.SKIPPING);
  }

  GovBannerRemover(Reading reading) {
    this.reading = reading;
  }

  /**
   * Words of which every head and every body sentence holds at least one, even cut short to its
   * shortest accepted part, whatever its case, punctuation, glue or line breaks: "site" (website,
   * "the site is secure", "this site"), "sitio", "https", "lock", "candado", "sensitive" and
   * "sensible" ("share sensitive information"), "compart", "means" ("the .gov means it's
   * official"), "significa". A confirmed banner needs a head or two body sentences, so a text
   * without any of them has none, and the tokenizer, the costly part of this step, is skipped.
   * {@code BannerAnchorsTest} checks the list against every reading of every sentence.
   */
  static final List<String> ANCHORS =
      List.of("site", "sitio", "https", "lock", "candado", "sensitive", "sensible", "compart", "means", "significa");

  /**
   * For each of the {@link #ANCHORS}, in their order, the two 3-letter pieces of it the anchor
   * scan looks up: the first stands at an even offset in the anchor, the second at an odd one, so
   * wherever the anchor starts in a text, one of the two starts at an even index. Of the pieces
   * an anchor offers, these are among the rarest in English prose ("candado" is looked for by
   * "ado" and "dad", not by "can" and "and"), so the scan seldom stops to compare.
   */
  private static final List<String> ANCHOR_PIECES =
      List.of("sit ite", "sit iti", "htt ttp", "loc ock", "ado dad", "nsi tiv", "nsi sib", "mpa omp", "mea ean", "gni nif");

  /** The anchors' chars, in the order of {@link #ANCHORS}. */
  private static final char[][] ANCHOR_CHARS = ANCHORS.stream().map(String::toCharArray).toArray(char[][]::new);

  /** Per piece (two per anchor): its key ({@link #pieceKey}), its anchor's place and its offset in the anchor. */
  private static final int[] PIECE_KEYS = new int[2 * ANCHORS.size()];
  private static final int[] PIECE_ANCHORS = new int[2 * ANCHORS.size()];
  private static final int[] PIECE_OFFSETS = new int[2 * ANCHORS.size()];

  /** Bit k set: some piece has key k. */
  private static final long[] PIECE_BITS = new long[(1 << 15) / 64];

  static {
    if (ANCHOR_PIECES.size() != ANCHORS.size()) {
      throw new IllegalStateException("one pair of pieces per anchor");
    }
    for (int a = 0; a < ANCHORS.size(); a++) {
      String anchor = ANCHORS.get(a);
      String[] pair = ANCHOR_PIECES.get(a).split(" ");
      for (int parity = 0; parity < 2; parity++) {
        int offset = anchor.indexOf(pair[parity]);
        while (offset >= 0 && offset % 2 != parity) {
          offset = anchor.indexOf(pair[parity], offset + 1);
        }
        if (pair[parity].length() != 3 || offset < 0) {
          throw new IllegalStateException("\"" + pair[parity] + "\" is no 3-letter piece of \"" + anchor + "\" at an offset of parity " + parity);
        }
        int key = pieceKey(pair[parity].charAt(0), pair[parity].charAt(1), pair[parity].charAt(2));
        PIECE_KEYS[2 * a + parity] = key;
        PIECE_ANCHORS[2 * a + parity] = a;
        PIECE_OFFSETS[2 * a + parity] = offset;
        PIECE_BITS[key >>> 6] |= 1L << key;
      }
    }
  }

  /**
   * The key of three chars: five bits of each. A letter's five low bits are the same in either
   * ASCII case ('S' and 's' give 19), so a piece in any case has its key; other chars may share
   * it, which only costs a comparison.
   */
  private static int pieceKey(char a, char b, char c) {
    return (a & 31) << 10 | (b & 31) << 5 | (c & 31);
  }

  /**
   * Whether {@code text} may hold a banner: false only when it holds none of the {@link #ANCHORS},
   * compared without regard to ASCII case. One pass over the text: most documents are not
   * government pages, and this check is all the banner step costs them.
   */
  static boolean mayHoldBanner(String text) {
    // Each anchor has one of its two pieces at an even index of the text, so only the three chars
    // from each even index are looked up: one table read per two chars, and a comparison only
    // where a piece's key turns up. The text is read in place: String.charAt in this loop costs
    // less than copying the chars out first and reading the copy (20% less per char, measured).
    long[] bits = PIECE_BITS;
    int n = text.length();
    for (int q = 0; q + 2 < n; q += 2) {
      int key = pieceKey(text.charAt(q), text.charAt(q + 1), text.charAt(q + 2));
      if ((bits[key >>> 6] & (1L << key)) != 0 && anchorAround(text, q, key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an anchor one of whose pieces has {@code key} holds that piece at {@code q}, in any ASCII case. */
  private static boolean anchorAround(String t, int q, int key) {
    for (int p = 0; p < PIECE_KEYS.length; p++) {
      if (PIECE_KEYS[p] == key && anchorAt(t, q - PIECE_OFFSETS[p], ANCHOR_CHARS[PIECE_ANCHORS[p]])) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code anchor} (lower-case ASCII letters) stands at {@code i} in {@code t}, in any ASCII case. */
  private static boolean anchorAt(String t, int i, char[] anchor) {
    if (i < 0 || i + anchor.length > t.length()) {
      return false;
    }
    for (int k = 0; k < anchor.length; k++) {
      // c | 0x20 is a lower-case ASCII letter only for that letter in either case
      if ((t.charAt(i + k) | 0x20) != anchor[k]) {
        return false;
      }
    }
    return true;
  }

  /** Texts up to this long are copied into a buffer each thread keeps; longer ones into a new array. */
  private static final int KEPT_BUFFER = 1 << 16;

  private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[1024]);

  /**
   * The chars of {@code t} in the first {@code t.length()} places of an array: one the thread
   * reuses when the text is not long, so the copy lands in memory the cache already holds rather
   * than in a new array per document.
   */
  private static char[] charsOf(String t) {
    int n = t.length();
    char[] buffer;
    if (n > KEPT_BUFFER) {
      buffer = new char[n];
    } else {
      buffer = BUFFER.get();
      if (buffer.length < n) {
        buffer = new char[Math.min(KEPT_BUFFER, Math.max(n, 2 * buffer.length))];
        BUFFER.set(buffer);
      }
    }
    t.getChars(0, n, buffer, 0);
    return buffer;
  }

  private static List<List<BannerSentence>> index() {
    List<List<BannerSentence>> byPlace = new ArrayList<>();
    for (int k = 0; k < FIRST_WORDS.size(); k++) {
      byPlace.add(new ArrayList<>());
    }
    for (BannerSentence s : SENTENCES) {
      for (String w : s.firstWords()) {
        List<BannerSentence> list = byPlace.get(FIRST_WORDS.indexOf(w));
        if (!list.contains(s)) {
          list.add(s);
        }
      }
    }
    return byPlace.stream().map(List::copyOf).toList();
  }

  private static Words words(String... words) {
    return new Words(List.of(words));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "The US-government site banner (\"An official website of the United States government …\"), "
        + "English and Spanish, in every flattened, wrapped or truncated form.";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  /** Whether an opening quote mark stands right before the word at {@code at}. */
  static boolean quoted(String t, int at) {
    if (at == 0) {
      return false;
    }
    char c = t.charAt(at - 1);
    return c == '\u201C' || c == '\u2018' || c == '"' || c == '\u00AB' || c == '\u201E' || c == '\'';
  }

  @Override
  public void apply(Draft draft) {
    String t = draft.text();
    if (t.isEmpty()) {
      return;
    }
    if (!mayHoldBanner(t)) {
      return;
    }
    char[] chars = charsOf(t); // the tokenizer reads chars from an array
    BannerTokens tk = BannerTokens.lazy(t, chars);
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    int lastRemovedEnd = -1;
    while (tk.has(i)) {
      // Right after a removed chain counts as a line start: that is how the text reads once the
      // chain is gone, and reading it so keeps cleaning idempotent.
      boolean seam = !tk.breakBefore[i] && i != lastRemovedEnd && gluedToPreviousWord(tk, i);
      if (!tk.breakBefore[i] && i != lastRemovedEnd && !seam) {
        // A chain starts only at a line start or a seam: the words after this one on its line
        // are never read into tokens up to the word before the next seam, or the line's end
        // (most lines).
        if (i == tk.size - 1) {
          switch (reading) {
            case SKIPPING -> tk.skipToSeamOrLineEnd();
            case LINES -> tk.skipRestOfLine();
            case EVERY_TOKEN -> {}
          }
        }
        i++;
        continue;
      }
      if (reading == Reading.SKIPPING && !tk.image[i] && !tk.normIn(i, FIRST_WORDS)) {
        // No banner sentence starts with this word, so the chain here is empty, and the words
        // after it on its line matter only from a seam on. A carriage return ahead may make the
        // next word a line start: then it is read.
        if (i == tk.size - 1) {
          tk.skipToSeamOrLineEndUnlessCarriageReturn();
        }
        i++;
        continue;
      }
      if (quoted(t, tk.start[i])) {
        // "“An official website of the United States government”": a story quoting the banner,
        // which a page never prints in quotes.
        i++;
        continue;
      }
      Chain chain = walk(tk, i, i == lastRemovedEnd);
      if (seam ? chain.confirmedInLine() : chain.confirmed()) {
        chain.spans(tk, spans);
        i = chain.endToken;
        lastRemovedEnd = i;
      } else {
        i = Math.max(i + 1, chain.endToken);
      }
    }
    List<int[]> all = withBareMarkupLines(t, spans);
    for (int k = 0; k < all.size(); k++) {
      int[] s = all.get(k);
      draft.remove(s[0], s[1]);
      // A banner glued inside a line on both sides ("AdvisoryAn official … States.Reconsider"):
      // removing it alone would fuse the two neighbouring words, so a space keeps them apart
      // (after the last of spans that touch).
      if (k + 1 == all.size() || all.get(k + 1)[0] != s[1]) {
        Draft.keepApart(draft, t, s[0], s[1]);
      }
    }
  }

  /**
   * Whether token {@code i} is glued to the word before it by flattened markup: a capital right
   * after a lower-case letter or a digit with nothing between them ("AdvisoryAn official").
   */
  static boolean gluedToPreviousWord(BannerTokens tk, int i) {
    int s = tk.start[i];
    if (i == 0 || s == 0 || tk.image[i] || tk.end[i - 1] != s) {
      return false;
    }
    char before = tk.text.charAt(s - 1);
    return Character.isUpperCase(tk.text.charAt(s)) && (Character.isLowerCase(before) || Character.isDigit(before));
  }

  /** The best match at token {@code i}: the longest complete one, else the longest acceptable cut-off one. */
  private static Match best(BannerTokens tk, int i) {
    if (tk.image[i]) {
      return isIconAlt(tk.norm(i)) ? new Match(ICON_IMAGE, i, i + 1, 1, true) : null;
    }
    int first = tk.indexIn(i, FIRST_WORDS);
    if (first < 0) {
      return null;
    }
    List<BannerSentence> candidates = BY_FIRST_WORD.get(first);
    Match complete = null;
    Match partial = null;
    for (BannerSentence s : candidates) {
      Match m = s.matchAt(tk, i);
      if (m == null) {
        continue;
      }
      if (m.complete()) {
        if (complete == null || m.to() > complete.to()) {
          complete = m;
        }
      } else if (m.words() >= s.minPartial && cutOffAtLineEnd(tk, m) && (partial == null || m.words() > partial.words())) {
        partial = m;
      }
    }
    if (complete != null && (partial == null || complete.to() >= partial.to())) {
      return complete;
    }
    return partial;
  }

  private static final BannerSentence ICON_IMAGE = new BannerSentence("icon-image", Role.ICON, "image");

  private static boolean isIconAlt(String alt) {
    if (alt.isEmpty()) {
      return true;
    }
    for (String w : alt.split(" ")) {
      if (!ICON_ALT_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** A cut-off sentence counts only where the text was cut: before a line break, an ellipsis or the end. */
  private static boolean cutOffAtLineEnd(BannerTokens tk, Match m) {
    int last = m.to() - 1;
    return tk.breakAfter(last) || tk.ellipsisAfter(last) || cutAtSeam(tk, m.to());
  }

  /**
   * Whether a sentence cut off before token {@code k} was cut where flattened markup glued another
   * banner sentence to it ("An official website of the UniAn official website …"): token k is glued
   * to the cut word and can start a banner sentence. Only the index is consulted (no matching), so
   * this never recurses.
   */
  private static boolean cutAtSeam(BannerTokens tk, int k) {
    return tk.has(k) && gluedToPreviousWord(tk, k) && tk.normIn(k, FIRST_WORDS);
  }

  /** A run of banner sentences from a line start, with the interruptions between them. */
  private static final class Chain {
    final List<Match> matches = new ArrayList<>();
    /** gapBefore.get(k): whether interruption words stand between match k - 1 and match k. */
    final List<Boolean> gapBefore = new ArrayList<>();
    int endToken;
    /** The chain's first token, and whether a removed chain ends right before it. */
    int start;
    boolean afterRemoved;

    private int count(Role role) {
      int n = 0;
      for (Match m : matches) {
        if (m.sentence().role == role) {
          n++;
        }
      }
      return n;
    }

    boolean confirmed() {
      int heads = count(Role.HEAD);
      int body = count(Role.BODY);
      if (body >= 2) {
        return true;
      }
      if (heads == 0) {
        return false;
      }
      return heads + body >= 2 || matches.size() >= 2 || endsLine;
    }

    boolean endsLine;

    /**
     * Confirmation for a chain that starts inside a line, glued to the word before it ("Colombia
     * Travel AdvisoryAn official website …"): prose never glues a sentence to a word, but a line
     * is weaker evidence than a line start, so it takes the head and a body sentence, or two body
     * sentences.
     */
    boolean confirmedInLine() {
      int heads = count(Role.HEAD);
      int body = count(Role.BODY);
      return body >= 2 || (heads >= 1 && body >= 1);
    }

    /** Adds the raw spans of the matched sentences; sentences not split by an interruption form one span. */
    void spans(BannerTokens tk, List<int[]> out) {
      int runStart = -1;
      int runEnd = -1;
      for (int k = 0; k < matches.size(); k++) {
        Match m = matches.get(k);
        int s = tk.start[m.from()];
        int e = tk.end[m.to() - 1];
        if (runStart >= 0 && gapBefore.get(k)) {
          out.add(widen(tk.text, runStart, runEnd));
          runStart = -1;
        }
        if (runStart < 0) {
          runStart = s;
        }
        runEnd = e;
      }
      if (runStart >= 0) {
        out.add(widen(tk.text, runStart, runEnd));
      }
    }
  }

  /**
   * Walks the chain of banner sentences that starts at token {@code i}; {@code afterRemoved} when
   * a removed chain ends right before it, which then counts as the start of its line.
   */
  private static Chain walk(BannerTokens tk, int i, boolean afterRemoved) {
    Chain c = new Chain();
    c.start = i;
    c.afterRemoved = afterRemoved;
    int j = i;
    boolean gap = false;
    while (tk.has(j)) {
      Match m = best(tk, j);
      if (m != null && m.sentence().role == Role.ICON && !iconFits(tk, m, c)) {
        m = null;
      }
      if (m != null && !endsWhereBannerTextEnds(tk, m)) {
        m = null;
      }
      if (m == null) {
        if (c.matches.isEmpty() || gap) {
          break;
        }
        int k = j;
        while (tk.has(k) && k - j < 6 && !tk.image[k] && tk.normIn(k, INTERRUPTIONS)) {
          k++;
        }
        if (k == j || !tk.has(k) || best(tk, k) == null) {
          break;
        }
        gap = true;
        j = k;
        continue;
      }
      c.matches.add(m);
      c.gapBefore.add(gap);
      gap = false;
      j = m.to();
      if (!m.complete() && !cutAtSeam(tk, j)) {
        break;
      }
    }
    c.endToken = c.matches.isEmpty() ? i : c.matches.get(c.matches.size() - 1).to();
    c.endsLine = c.matches.isEmpty() || tk.breakAfter(c.endToken - 1);
    return c;
  }

  /**
   * A short banner sentence ("Here's how you know", "The site is secure") that runs on into other
   * words on its line is the start of a prose sentence, not the banner: it must end at a line
   * break, an ellipsis or the text's end, or be followed by another banner sentence or a language
   * link. A long sentence or the banner's head is evidence enough on its own.
   */
  private static boolean endsWhereBannerTextEnds(BannerTokens tk, Match m) {
    // "Skip to main content" is chrome wherever it stands next to a banner.
    if (m.sentence().role == Role.HEAD || m.words() >= 6 || !m.complete() || m.sentence().name.equals("skip")) {
      return true;
    }
    int last = m.to() - 1;
    if (tk.breakAfter(last) || tk.ellipsisAfter(last)) {
      return true;
    }
    int next = m.to();
    return tk.image[next] || tk.normIn(next, INTERRUPTIONS) || best(tk, next) != null;
  }

  /**
   * An icon's alt text ("U.S. flag", "Https") is banner chrome only alone on its line, as an
   * image, or right next to a banner sentence; elsewhere it is a word of prose.
   */
  private static boolean iconFits(BannerTokens tk, Match m, Chain c) {
    if (tk.image[m.from()]) {
      return true;
    }
    // Right after a removed chain counts as a line start, as it reads once that chain is gone.
    boolean aloneBefore = tk.breakBefore[m.from()] || !c.matches.isEmpty() || (c.afterRemoved && m.from() == c.start);
    boolean aloneAfter = tk.breakAfter(m.to() - 1);
    if (aloneBefore && aloneAfter) {
      return true;
    }
    if (aloneBefore && tk.has(m.to())) {
      Match next = best(tk, m.to());
      return next != null && next.sentence().role != Role.ICON;
    }
    return false;
  }

  /**
   * Widens a span over the markup and punctuation glued to it: a leading "**" or "(", a trailing
   * full stop, closing bracket, ellipsis or markdown link target.
   */
  static int[] widen(String t, int s, int e) {
    while (s > 0 && "*_([\u201C\"'\u2018!".indexOf(t.charAt(s - 1)) >= 0) {
      s--;
    }
    int n = t.length();
    while (e < n) {
      char c = t.charAt(e);
      if (".!?:;,)*_]\u201D\"'\u2019\u2026".indexOf(c) >= 0) {
        if (c == ']' && e + 1 < n && t.charAt(e + 1) == '(') {
          int rp = -1;
          for (int x = e + 2; x < Math.min(n, e + 2000) && t.charAt(x) != '\n'; x++) {
            if (t.charAt(x) == ')') {
              rp = x;
              break;
            }
          }
          if (rp > 0) {
            e = rp + 1;
            continue;
          }
        }
        e++;
      } else {
        break;
      }
    }
    return new int[] {s, e};
  }

  /**
   * The spans plus every line they leave holding only markdown (table pipes, list bullets, heading
   * marks, blanks): such a line was the banner's container and goes with it.
   */
  static List<int[]> withBareMarkupLines(String t, List<int[]> spans) {
    List<int[]> out = new ArrayList<>(spans);
    if (spans.isEmpty()) {
      return out;
    }
    int sp = 0;
    int lineStart = 0;
    int n = t.length();
    while (lineStart <= n && sp < spans.size()) {
      int lineEnd = t.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      if (spans.get(sp)[0] < lineEnd || (spans.get(sp)[0] == lineEnd && lineEnd == n)) {
        boolean touched = false;
        boolean bare = true;
        int q = sp;
        for (int x = lineStart; x < lineEnd && bare; x++) {
          while (q < spans.size() && spans.get(q)[1] <= x) {
            q++;
          }
          if (q < spans.size() && spans.get(q)[0] <= x) {
            touched = true;
            x = spans.get(q)[1] - 1; // every char of the span is touched: on to its end
          } else if ("|-*+>#: \t\u00A0".indexOf(t.charAt(x)) < 0) {
            bare = false;
          }
        }
        if (touched && bare) {
          out.add(new int[] {lineStart, lineEnd});
          int sepEnd = tableSeparatorAfter(t, lineStart, lineEnd);
          if (sepEnd > 0) {
            out.add(new int[] {lineEnd + 1, sepEnd});
          }
        }
      }
      while (sp < spans.size() && spans.get(sp)[1] <= lineEnd) {
        sp++;
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /**
   * When the line {@code [ls, le)} was a table's only row (a "| … |" line followed by a "|---|"
   * separator and no further row), the end of that separator line; otherwise -1.
   */
  static int tableSeparatorAfter(String t, int ls, int le) {
    int pipe = ls;
    while (pipe < le && t.charAt(pipe) != '|') {
      pipe++;
    }
    if (le >= t.length() || pipe == le) {
      return -1;
    }
    int ss = le + 1;
    int se = t.indexOf('\n', ss);
    if (se < 0) {
      se = t.length();
    }
    boolean dash = false;
    for (int x = ss; x < se; x++) {
      char c = t.charAt(x);
      if (c == '-') {
        dash = true;
      } else if ("|: \t".indexOf(c) < 0) {
        return -1;
      }
    }
    if (!dash) {
      return -1;
    }
    int next = se + 1;
    while (next < t.length() && (t.charAt(next) == ' ' || t.charAt(next) == '\t')) {
      next++;
    }
    return next < t.length() && t.charAt(next) == '|' ? -1 : se;
  }
}
