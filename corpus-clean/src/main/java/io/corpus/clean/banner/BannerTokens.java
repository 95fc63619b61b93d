package io.corpus.clean.banner;

import static io.corpus.clean.banner.Words.lowerAscii;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A normalized view of a text for banner matching: words, case-folded and accent-free, with
 * apostrophes dropped ("Here’s" and "heres" both give {@code heres}), abbreviations joined ("U.S."
 * and "US" both give {@code us}), camel-case joins split ("governmentThe" gives {@code government},
 * {@code the}), punctuation and line breaks ignored, and markdown link targets skipped. A markdown
 * image is one token whose norm is its alt text. Each token keeps its raw offsets.
 */
final class BannerTokens {

  /** Room for a banner's tokens (about 70 for the whole current one) before the arrays grow. */
  private static final int TEXT_CAPACITY = 128;

  /** How far a markdown link target or image may run before it is taken for plain text. */
  private static final int MAX_TARGET = 2000;

  final String text;
  /** The tokens read so far; {@link #has(int)} reads on as far as it is asked. */
  int size;
  int[] start;
  int[] end;
  /** The norms built while reading; null where {@link #norm(int)} computes it on demand. */
  private @Nullable String[] norm;
  boolean[] image;
  /** breakBefore[k]: a line break (or the text's start) lies between token k - 1 and token k. */
  boolean[] breakBefore;
  /** ellipsisAfter[k]: "…" or "..." lies between token k and token k + 1 (or the end). */
  private boolean[] ellipsisAfter;

  /** The text's chars (array reads: reading touches every char it passes); only the first {@link #n} count. */
  private final char[] ch;
  private final int n;
  private final String t;
  private final StringBuilder sb = new StringBuilder();
  /** Where reading goes on. */
  private int pos;
  /** Where the gap before the next token starts. */
  private int gapFrom;
  /** Whether the next token starts a line whatever its gap holds (the rest of a line was skipped). */
  private boolean forcedBreak;
  private boolean done;
  /**
   * The first seam (a capital right after a lower-case letter or a digit) at or after {@link
   * #seamScanFrom} on its line, as the last scan for a skip found it, or -1 (none before {@link
   * #seamScanEnd}): a later skip whose line rest starts at or before it (or before the scan's end)
   * knows the answer without scanning again, so a line is scanned once however many tokens stand
   * before its seams.
   */
  private int seam = -1;
  /** Where the scan that found {@link #seam} started. */
  private int seamScanFrom = -1;
  /** Where that scan stopped: at the seam, at the line feed that ends the line, or at the text's end. */
  private int seamScanEnd = -1;
  /** The first and the last carriage return that scan passed, or -1. */
  private int carriageReturn = -1;
  private int lastCarriageReturn = -1;
  /** How many chars the seam scans passed in all (for tests: a char once, or thrice before a seam). */
  long scanned;
  /** Where reading may go on, on the way to {@link #seam}, without changing a token from there on. */
  private int resumeBeforeSeam = -1;

  private BannerTokens(String text, char[] chars, int capacity) {
    this.text = text;
    this.t = text;
    this.ch = chars;
    this.n = text.length();
    start = new int[capacity];
    end = new int[capacity];
    norm = new String[capacity];
    image = new boolean[capacity];
    breakBefore = new boolean[capacity + 1];
    ellipsisAfter = new boolean[capacity + 1];
  }

  /**
   * The tokens of {@code t}, read as far as {@link #has(int)} asks; {@code chars} holds its chars
   * in its first {@code t.length()} places (it may be longer) and is not modified.
   */
  static BannerTokens lazy(String t, char[] chars) {
    if (chars.length < t.length()) {
      throw new IllegalArgumentException("chars must hold the text's chars");
    }
    return new BannerTokens(t, chars, TEXT_CAPACITY);
  }

  /** All the tokens of {@code t}. */
  static BannerTokens of(String t) {
    BannerTokens tk = new BannerTokens(t, t.toCharArray(), 16); // an image's alt text, a test's sample
    tk.has(Integer.MAX_VALUE);
    return tk;
  }

  /** Whether token {@code k} exists, reading the text as far as it takes to know. */
  boolean has(int k) {
    while (size <= k && !done) {
      read();
    }
    return k < size;
  }

  /**
   * Skips the rest of the line of the last token read, unread, when no token in it can be glued
   * to the word before it (a lower-case letter or a digit right before a capital, the only place
   * a banner sentence starts inside a line): the next token read is the first of the next line.
   * Returns whether it skipped. Tokens the skip passes over are never read; the last token's
   * {@link #ellipsisAfter(int)} then describes another gap and must not be asked for.
   */
  boolean skipRestOfLine() {
    return skip(false, false);
  }

  /**
   * {@link #skipRestOfLine()}, and where the line holds such a seam, skips up to the start of the
   * word before it, when no markdown image or link target could run across the skipped part and
   * no carriage return lies in it (a token after one starts a line): every token from there on is
   * the one reading every char would give.
   */
  boolean skipToSeamOrLineEnd() {
    return skip(true, false);
  }

  /**
   * {@link #skipToSeamOrLineEnd()} for a last token read that a carriage return may separate from
   * the next one, making that one a line start the caller must see: skips nothing when a carriage
   * return lies ahead on the line.
   */
  boolean skipToSeamOrLineEndUnlessCarriageReturn() {
    return skip(true, true);
  }

  private boolean skip(boolean toSeam, boolean unlessCarriageReturn) {
    if (done || size == 0) {
      return false;
    }
    int from = end[size - 1];
    // The last scan's answer holds for any later start up to where it found the seam or, with no
    // seam, up to where it stopped: each char is scanned once however often the caller asks.
    if (from < seamScanFrom || from > (seam >= 0 ? seam : seamScanEnd)) {
      scanForSeam(from);
    }
    if (unlessCarriageReturn && lastCarriageReturn >= from) {
      return false;
    }
    if (seam >= 0) {
      if (!toSeam || resumeBeforeSeam <= from) {
        return false;
      }
      pos = resumeBeforeSeam;
      gapFrom = resumeBeforeSeam;
      return true;
    }
    int lineEnd = seamScanEnd;
    if (lineEnd < n) {
      pos = lineEnd;
      gapFrom = lineEnd;
      forcedBreak = true;
    } else {
      pos = n;
      gapFrom = n;
      finish();
    }
    return true;
  }

  /**
   * Finds the first seam at or after {@code from} on its line ({@link #seam}, -1 when none) and
   * the last place before it where reading may resume ({@link #resumeBeforeSeam}, -1 when none):
   * right after a char no word goes on across, with no carriage return (a token after one starts a
   * line: it is to be read), image ("![") or link target ("](", which may run on past the place)
   * between {@code from} and it. Reading at {@code from} is at a token's end, where the tokenizer
   * holds no state, so from the resume place it reads what it would have read on the way.
   */
  private void scanForSeam(int from) {
    seamScanFrom = from;
    seamScanEnd = -1;
    carriageReturn = -1;
    lastCarriageReturn = -1;
    seam = -1;
    resumeBeforeSeam = -1;
    // Most of a text's chars pass through this loop, so each costs one table read and one test:
    // a capital after a lower-case letter or digit, or a line feed or carriage return.
    byte[] classes = SEAM_CLASSES;
    int prev = classes[ch[from - 1]] & (CAPITAL | LOWER_OR_DIGIT);
    for (int p = from; p < n; p++) {
      int cls = classes[ch[p]];
      if ((cls & ((prev >>> 1) | LINE_FEED | CARRIAGE_RETURN)) != 0) {
        if (cls == CARRIAGE_RETURN) {
          if (carriageReturn < 0) {
            carriageReturn = p;
          }
          lastCarriageReturn = p;
          prev = cls;
          continue;
        }
        if (cls != LINE_FEED) {
          seam = p;
          resumeBeforeSeam = resumePlace(from, p);
        }
        seamScanEnd = p;
        scanned += p - from;
        return;
      }
      prev = cls;
    }
    seamScanEnd = n;
    scanned += n - from;
  }

  /**
   * Seam classes: a capital; a lower-case letter or digit (shifted right, the capital bit); a line
   * feed; a carriage return. A line feed or carriage return shifted right meets no capital.
   */
  private static final int CAPITAL = 1;
  private static final int LOWER_OR_DIGIT = 2;
  private static final int LINE_FEED = 4;
  private static final int CARRIAGE_RETURN = 8;
  /** The seam class of every char (64 KiB, read at the chars of a text: a table lookup with no branch on the char's range). */
  private static final byte[] SEAM_CLASSES = seamClasses();

  private static byte[] seamClasses() {
    byte[] classes = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      classes[c] = (byte) (c == '\n' ? LINE_FEED : c == '\r' ? CARRIAGE_RETURN
          : (Character.isUpperCase(c) ? CAPITAL : 0) | (Character.isLowerCase(c) || Character.isDigit(c) ? LOWER_OR_DIGIT : 0));
    }
    return classes;
  }

  /** The last place in {@code (from, seam]} where reading may resume (see {@link #scanForSeam}), or -1. */
  private int resumePlace(int from, int seam) {
    int limit = carriageReturn >= 0 ? carriageReturn : seam;
    int stop = from;
    while (stop < limit && !((ch[stop] == '!' || ch[stop] == ']') && ch[stop + 1] == (ch[stop] == '!' ? '[' : '('))) {
      stop++;
    }
    scanned += stop - from;
    for (int x = stop - 1; x >= from; x--) {
      scanned++;
      if (endsEveryWord(ch[x])) {
        return x + 1;
      }
    }
    return -1;
  }

  /**
   * Whether no word goes on across {@code c} and the tokenizer, reaching it between words, only
   * passes it: not a letter or digit, not an apostrophe, not a char of an apostrophe entity
   * ("&#8217;", "&rsquo;": a word reads on across one) or the dot of an abbreviation, not the
   * start of an image or link target.
   */
  private static boolean endsEveryWord(char c) {
    return !isLetterOrDigit(c) && !isApostrophe(c) && c != '&' && c != '#' && c != ';' && c != '.' && c != '!' && c != ']';
  }

  /** Reads on until at least one more token is read or the text ends. */
  private void read() {
    int n = this.n;
    int i = pos;
    while (i < n) {
      char c = ch[i];
      if (c == '!' && i + 1 < n && ch[i + 1] == '[') {
        int close = find(t, i + 2, ']', 300);
        int rp = close > 0 && close + 1 < n && ch[close + 1] == '(' ? find(t, close + 2, ')', MAX_TARGET) : -1;
        if (rp > 0) {
          add(i, rp + 1, words(t.substring(i + 2, close)), true);
          pos = rp + 1;
          return;
        }
      }
      if (c == ']' && i + 1 < n && ch[i + 1] == '(') {
        int rp = find(t, i + 2, ')', MAX_TARGET);
        if (rp > 0) {
          i = rp + 1;
          continue;
        }
      }
      if (!isLetterOrDigit(c)) {
        i++;
        continue;
      }
      // The norm is built only for a word whose raw chars are not its letters (an apostrophe, an
      // entity or the dots of "U.S." dropped); any other word's norm is its raw chars folded,
      // computed when the matcher first asks for it: most words are never asked about.
      int s = i;
      boolean building = false;
      i++;
      // Lower-case letters and digits never end a word nor start building its norm: most of a
      // word's chars pass here with one table read each.
      while (i < n && ch[i] < 128 && (ASCII[ch[i]] & (LOWER | DIGIT)) != 0) {
        i++;
      }
      while (i < n) {
        char d = ch[i];
        if (isLetterOrDigit(d)) {
          if (isUpperCase(d) && isLowerCase(ch[i - 1])) {
            break; // a camel-case join of two words
          }
          int length = building ? sb.length() : i - s;
          if (isUpperCase(d)
              && length >= 2
              && isUpperCase(ch[i - 1])
              && isUpperCase(ch[i - 2])
              && i + 1 < n
              && isLowerCase(ch[i + 1])) {
            break; // an acronym glued to a capitalised word: "HTTPSUn candado" -> https, un
          }
          if (building) {
            sb.append(d);
          }
          i++;
          continue;
        }
        int skip;
        if (isApostrophe(d) && i + 1 < n && isLetter(ch[i + 1]) && isLetter(ch[i - 1])) {
          skip = 1; // here's -> heres
        } else if (d == '&' && isLetter(ch[i - 1]) && apostropheEntity(t, i) > 0) {
          skip = apostropheEntity(t, i); // Here&#8217;s, you&rsquo;ve: undecoded entities of a scrape
        } else if (d == '.'
            && (building ? sb.length() : i - s) == 1
            && isLetter(ch[i - 1])
            && i + 1 < n
            && isLetter(ch[i + 1])
            && (i + 2 >= n || !isLetterOrDigit(ch[i + 2]))) {
          skip = 1; // U.S -> us
        } else {
          break;
        }
        if (!building) {
          sb.setLength(0);
          sb.append(t, s, i);
          building = true;
        }
        i += skip;
      }
      int e = i;
      int letters = building ? sb.length() : e - s;
      if (e < n && ch[e] == '.' && letters == 2 && e - s == 3) {
        e++; // keep the final dot of "U.S." inside the token
      }
      String word = building ? fold(sb.toString()) : null;
      int glued = building ? -1 : gluedArticle(t, s, e);
      if (glued > 0) {
        add(s, glued, null, false);
        add(glued, e, "a", false);
      } else {
        add(s, e, word, false);
      }
      pos = e;
      return;
    }
    pos = n;
    finish();
  }

  /** The text has ended: the gap after the last token runs to the end, which is a line break. */
  private void finish() {
    done = true;
    grow(size + 1);
    boolean dots = gapHasEllipsis(gapFrom, n);
    breakBefore[size] = true;
    if (size > 0) {
      ellipsisAfter[size - 1] = dots;
    }
  }

  /** Whether a line break or the text's end follows token k (before token k + 1). */
  boolean breakAfter(int k) {
    has(k + 1);
    return breakBefore[k + 1];
  }

  /** Whether "…" or "..." lies between token k and token k + 1 (or the end). */
  boolean ellipsisAfter(int k) {
    has(k + 1);
    return ellipsisAfter[k];
  }

  private boolean gapHasEllipsis(int from, int to) {
    for (int j = from; j < to; j++) {
      char c = ch[j];
      if (c == '\u2026' || (c == '.' && j + 2 < to && ch[j + 1] == '.' && ch[j + 2] == '.')) {
        return true;
      }
    }
    return false;
  }

  /** ASCII char classes, so the tokenizer's loop needs no Unicode table for most chars. */
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte UPPER = 4;
  private static final byte LOWER = 8;
  private static final byte[] ASCII = asciiClasses();

  private static byte[] asciiClasses() {
    byte[] classes = new byte[128];
    for (char c = 0; c < 128; c++) {
      classes[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
          | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0));
    }
    return classes;
  }

  private static boolean isLetterOrDigit(char c) {
    return c < 128 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
  }

  private static boolean isLetter(char c) {
    return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
  }

  private static boolean isUpperCase(char c) {
    return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
  }

  private static boolean isLowerCase(char c) {
    return c < 128 ? (ASCII[c] & LOWER) != 0 : Character.isLowerCase(c);
  }

  /** Banner words that end a sentence in capitals and can be glued to the next one's "A". */
  private static final java.util.Set<String> ENDS_BEFORE_ARTICLE = java.util.Set.of("https", "gov", "mil");

  /**
   * Flattened markup glues a sentence that ends in capitals to the next one's article: "Secure
   * .gov websites use HTTPSA lock ( )". A camel-case seam cannot show it (both letters are
   * capitals), so a word in capitals that is one of the banner's sentence-final words plus "A",
   * followed by a non-letter, is read as two words. Returns where the article starts, or -1.
   */
  private static int gluedArticle(String t, int s, int e) {
    if (e - s < 4 || t.charAt(e - 1) != 'A' || (e < t.length() && Character.isLetterOrDigit(t.charAt(e)))) {
      return -1;
    }
    for (int k = s; k < e; k++) {
      if (!Character.isUpperCase(t.charAt(k))) {
        return -1;
      }
    }
    return ENDS_BEFORE_ARTICLE.contains(fold(t.substring(s, e - 1))) ? e - 1 : -1;
  }

  /**
   * The normalized word of token {@code k}: case-folded, accent-free, apostrophes and abbreviation
   * dots dropped; for an image, its alt text's words.
   */
  String norm(int k) {
    String n = norm[k];
    if (n == null) {
      n = fold(text.substring(start[k], end[k]));
      norm[k] = n;
    }
    return n;
  }

  /**
   * Whether token {@code k}'s {@link #norm(int)} is {@code word}. A word of ASCII chars is compared
   * as it stands, without building its norm: its norm is its chars lower-cased. A word with other
   * chars is folded first (folding may change its length).
   */
  boolean normIs(int k, String word) {
    String known = norm[k];
    if (known != null) {
      return known.equals(word);
    }
    int s = start[k];
    int length = end[k] - s;
    for (int x = 0; x < length; x++) {
      char c = ch[s + x];
      if (c >= 128) {
        return norm(k).equals(word);
      }
      // The norm starts with the ASCII chars before c lower-cased, whatever follows them.
      if (x >= word.length() || lowerAscii(c) != word.charAt(x)) {
        return false;
      }
    }
    return length == word.length();
  }

  /** Whether token {@code k}'s {@link #norm(int)} is a proper prefix of {@code word} (a word cut short). */
  boolean normIsProperPrefixOf(int k, String word) {
    String known = norm[k];
    if (known != null) {
      return word.length() > known.length() && word.startsWith(known);
    }
    int s = start[k];
    int length = end[k] - s;
    for (int x = 0; x < length; x++) {
      char c = ch[s + x];
      if (c >= 128) {
        String folded = norm(k);
        return word.length() > folded.length() && word.startsWith(folded);
      }
      if (x >= word.length() || lowerAscii(c) != word.charAt(x)) {
        return false;
      }
    }
    return length < word.length();
  }

  /** The place of token {@code k}'s {@link #norm(int)} in {@code words}, or -1; builds no norm for an ASCII word. */
  int indexIn(int k, Words words) {
    String known = norm[k];
    if (known != null) {
      return words.indexOf(known);
    }
    int s = start[k];
    int e = end[k];
    int hash = 0;
    for (int x = s; x < e; x++) {
      char c = ch[x];
      if (c >= 128) {
        return words.indexOf(norm(k));
      }
      hash = 31 * hash + lowerAscii(c);
    }
    return words.indexOfLowerCased(hash, ch, s, e);
  }

  /** Whether token {@code k}'s {@link #norm(int)} is one of {@code words}. */
  boolean normIn(int k, Words words) {
    return indexIn(k, words) >= 0;
  }

  /** Every token's norm, in order (for tests and diagnostics). */
  String[] norms() {
    String[] out = new String[size];
    for (int k = 0; k < size; k++) {
      out[k] = norm(k);
    }
    return out;
  }

  private void add(int s, int e, @Nullable String n, boolean img) {
    grow(size + 1);
    boolean nl = size == 0 || forcedBreak;
    boolean dots = false;
    for (int j = gapFrom; j < s; j++) {
      char c = ch[j];
      if (c == '\n' || c == '\r') {
        nl = true;
      } else if (c == '\u2026' || (c == '.' && j + 2 < s && ch[j + 1] == '.' && ch[j + 2] == '.')) {
        dots = true;
      }
    }
    breakBefore[size] = nl;
    if (size > 0) {
      ellipsisAfter[size - 1] = dots;
    }
    forcedBreak = false;
    start[size] = s;
    end[size] = e;
    norm[size] = n;
    image[size] = img;
    size++;
    gapFrom = e;
  }

  /** Makes room for {@code count} tokens (and the gap facts of the one after them). */
  private void grow(int count) {
    if (count < start.length) {
      return;
    }
    int cap = Math.max(count + 1, start.length * 2);
    start = Arrays.copyOf(start, cap);
    end = Arrays.copyOf(end, cap);
    norm = Arrays.copyOf(norm, cap);
    image = Arrays.copyOf(image, cap);
    breakBefore = Arrays.copyOf(breakBefore, cap + 1);
    ellipsisAfter = Arrays.copyOf(ellipsisAfter, cap + 1);
  }

  /** The alt text of an image as normalized words joined by single spaces. */
  private static String words(String alt) {
    BannerTokens inner = of(alt);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < inner.size; k++) {
      if (!inner.image[k]) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(inner.norm(k));
      }
    }
    return sb.toString();
  }

  private static int find(String t, int from, char target, int limit) {
    int max = Math.min(t.length(), from + limit);
    for (int j = from; j < max; j++) {
      char c = t.charAt(j);
      if (c == target) {
        return j;
      }
      if (c == '\n' || c == '[' && target == ']') {
        return -1;
      }
    }
    return -1;
  }

  /** Apostrophes a scrape may leave as HTML entities. */
  private static final String[] APOSTROPHE_ENTITIES = {"&#8217;", "&#x2019;", "&rsquo;", "&#39;", "&#039;", "&apos;", "&#8216;", "&lsquo;"};

  /** The length of an apostrophe entity at {@code i} that a letter follows, or 0. */
  private static int apostropheEntity(String t, int i) {
    for (String e : APOSTROPHE_ENTITIES) {
      if (t.regionMatches(true, i, e, 0, e.length()) && i + e.length() < t.length() && Character.isLetter(t.charAt(i + e.length()))) {
        return e.length();
      }
    }
    return 0;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`';
  }

  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (int k = 0; k < lower.length(); k++) {
      if (lower.charAt(k) > 0x7F) {
        String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int j = 0; j < d.length(); j++) {
          if (Character.getType(d.charAt(j)) != Character.NON_SPACING_MARK) {
            sb.append(d.charAt(j));
          }
        }
        return sb.toString();
      }
    }
    return lower;
  }
}
