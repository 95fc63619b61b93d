package io.corpus.clean.banner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's shortcuts against its plain reading: comparing a token with a word or looking
 * it up without building its norm gives what the norm gives, and skipping ahead to the word before
 * a seam reads exactly the tokens reading every char reads, less some that are neither line starts
 * nor seams. Texts are random mixes of the words, glue and markup the shortcuts must get right.
 */
class BannerTokensTest {

  private static final String[] WORDS = {
    "An", "official", "website", "of", "the", "United", "States", "government", "Here's", "Here’s", "Here&#8217;s",
    "you&rsquo;ve", "how", "know", "Official", "websites", "use", ".gov", "gov", "mil", "A", "a", "lock", "Lock", "HTTPS",
    "https://", "HTTPSA", "HTTPSUn", "U.S.", "U.S", "US", "u.s", "Skip", "main", "content", "Así", "así", "Estados", "Unidos",
    "candado", "sitio", "ÉTATS", "Ångström", "ΣΊΣΥΦΟΣ", "İstanbul", "loc\u212A", "Kelvin\u212A", "ſite", "naïve", "McCarthy",
    "iPhone", "governmentThe", "websiteHere", "2021The", "AdvisoryAn", "UniAn", "NASA", "USA", "x", "Z", "9", "AT&T", "R&D",
    "don't", "rock`n", "e.g.", "MS.", "PSAKI:", "“Quote”", "(Lock)", "**Bold**", "English", "Español", "español", "ES"};

  private static final String[] GLUE = {
    " ", " ", " ", "  ", "", "\n", "\n\n", "\r\n", "\r", " \r ", "...", "…", ". ", ", ", " | ", "\u00A0", "\t", "-", "'", "`", "&",
    "[", "]", "(", ")", "!", "](", "![", " [English](/en) ", " ![U.S. flag](flag.png) ", "[x](https://a.gov/ReportName)", "![](i.svg)",
    "](x aB) "};

  private static final List<String> PATTERN_WORDS = patternWords();

  private static List<String> patternWords() {
    List<String> words = new ArrayList<>();
    for (BannerSentence s : GovBannerRemover.SENTENCES) {
      for (String item : s.pattern.split(" +")) {
        for (String w : item.replaceAll("[{}?]", "").split("[|,_]")) {
          if (!words.contains(w)) {
            words.add(w);
          }
        }
      }
    }
    words.addAll(List.of("", "o", "offi", "officials", "governments", "heresy", "us flag", "ħ", "etats", "angstrom", "istanbul"));
    return words;
  }

  private static String randomText(Random random, boolean loneCarriageReturns) {
    StringBuilder sb = new StringBuilder();
    int parts = random.nextInt(30);
    for (int k = 0; k < parts; k++) {
      String w = WORDS[random.nextInt(WORDS.length)];
      switch (random.nextInt(6)) {
        case 0 -> w = w.toUpperCase(java.util.Locale.ROOT);
        case 1 -> w = w.toLowerCase(java.util.Locale.ROOT);
        default -> {}
      }
      sb.append(w);
      String glue = GLUE[random.nextInt(GLUE.length)];
      if (!loneCarriageReturns) {
        glue = glue.replace("\r\n", "\n").replace('\r', '\n');
      }
      sb.append(glue);
    }
    return sb.toString();
  }

  @Test
  void comparingAndLookingUpATokenWithoutItsNormGivesWhatItsNormGives() {
    Words vocabulary = new Words(PATTERN_WORDS);
    Random random = new Random(20261123);
    int tokens = 0;
    for (int round = 0; round < 3000; round++) {
      String text = randomText(random, true);
      BannerTokens expected = BannerTokens.of(text);
      for (int k = 0; k < expected.size; k++) {
        String norm = expected.norm(k);
        // A fresh reading for each question: a norm once built would be reused and hide the shortcut.
        assertThat(BannerTokens.of(text).indexIn(k, vocabulary)).as("%s in '%s'", norm, text).isEqualTo(vocabulary.indexOf(norm));
        assertThat(BannerTokens.of(text).normIn(k, vocabulary)).isEqualTo(vocabulary.contains(norm));
        for (int w = 0; w < 6; w++) {
          String word = random.nextBoolean() ? PATTERN_WORDS.get(random.nextInt(PATTERN_WORDS.size())) : near(norm, random);
          assertThat(BannerTokens.of(text).normIs(k, word)).as("'%s' is '%s'", norm, word).isEqualTo(norm.equals(word));
          assertThat(BannerTokens.of(text).normIsProperPrefixOf(k, word))
              .as("'%s' cuts '%s'", norm, word)
              .isEqualTo(word.length() > norm.length() && word.startsWith(norm));
        }
        tokens++;
      }
    }
    assertThat(tokens).isGreaterThan(20_000);
  }

  /** A word near {@code norm}: itself, a prefix, an extension, or one char changed. */
  private static String near(String norm, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> norm;
      case 1 -> norm.substring(0, random.nextInt(norm.length() + 1));
      case 2 -> norm + (char) ('a' + random.nextInt(26));
      default -> norm.isEmpty() ? "a" : norm.substring(0, norm.length() - 1) + (char) ('a' + random.nextInt(26));
    };
  }

  @Test
  void theWordTableFindsItsWordsByStringAndByChars() {
    Words words = new Words(List.of("site", "sitio", "a", "site", "", "means"));
    assertThat(words.size()).isEqualTo(5);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      assertThat(words.indexOf(w)).isEqualTo(i);
      char[] upper = ("x" + w.toUpperCase(java.util.Locale.ROOT) + "y").toCharArray();
      assertThat(words.indexOfLowerCased(w.hashCode(), upper, 1, 1 + w.length())).isEqualTo(i);
    }
    assertThat(words.indexOf("sit")).isEqualTo(-1);
    assertThat(words.contains("mean")).isFalse();
    char[] si = "SI".toCharArray();
    assertThat(words.indexOfLowerCased("si".hashCode(), si, 0, 2)).isEqualTo(-1);
  }

  /**
   * Reads {@code text} as the banner step's loop does in {@code reading}: after a token that is
   * neither a line start nor a seam it skips ahead ({@code SKIPPING} to the word before the next
   * seam, {@code LINES} past the line when no seam follows); after a line start or seam
   * ({@code SKIPPING} only) it skips ahead unless a carriage return lies ahead. Returns the tokens
   * read as "start-end norm [image] [line-start] [seam]".
   */
  private static List<String> read(String text, GovBannerRemover.Reading reading) {
    List<String> read = new ArrayList<>();
    readInto(text, reading, read);
    return read;
  }

  /** {@link #read}, into {@code read} (null: described tokens are not wanted); returns the tokens. */
  private static BannerTokens readInto(String text, GovBannerRemover.Reading reading, List<String> read) {
    BannerTokens tk = BannerTokens.lazy(text, (text + "stale chars past the text").toCharArray());
    for (int i = 0; tk.has(i); i++) {
      if (read != null) {
        read.add(describe(tk, i));
      }
      boolean start = tk.breakBefore[i] || GovBannerRemover.gluedToPreviousWord(tk, i);
      if (i == tk.size - 1) {
        switch (reading) {
          case SKIPPING -> {
            if (start) {
              tk.skipToSeamOrLineEndUnlessCarriageReturn();
            } else {
              tk.skipToSeamOrLineEnd();
            }
          }
          case LINES -> {
            if (!start) {
              tk.skipRestOfLine();
            }
          }
          case EVERY_TOKEN -> {}
        }
      }
    }
    return tk;
  }

  private static String describe(BannerTokens tk, int i) {
    return tk.start[i] + "-" + tk.end[i] + " " + tk.norm(i) + (tk.image[i] ? " image" : "") + (tk.breakBefore[i] ? " line-start" : "")
        + (GovBannerRemover.gluedToPreviousWord(tk, i) ? " seam" : "");
  }

  private static List<String> startsAndSeams(List<String> tokens) {
    return tokens.stream().filter(t -> t.endsWith(" line-start") || t.endsWith(" seam")).toList();
  }

  @Test
  void skippingToSeamsReadsTheTokensEveryCharGivesAndMissesNoLineStartOrSeam() {
    Random random = new Random(7);
    int skippedMore = 0;
    for (int round = 0; round < 20_000; round++) {
      boolean loneCarriageReturns = random.nextBoolean();
      String text = randomText(random, loneCarriageReturns);
      List<String> every = read(text, GovBannerRemover.Reading.EVERY_TOKEN);
      List<String> lines = read(text, GovBannerRemover.Reading.LINES);
      List<String> skipping = read(text, GovBannerRemover.Reading.SKIPPING);
      assertThat(every).as("'%s'", text).isEqualTo(describeAll(text));
      assertThat(isSubsequence(skipping, every)).as("skipping reading of '%s':%n%s%nall: %s", text, skipping, every).isTrue();
      // Every line start and seam the earlier reading saw (all of them, but for a line a lone
      // carriage return starts inside a line it skipped: the banner step always read so).
      assertThat(skipping).as("skipping reading of '%s'", text).containsAll(startsAndSeams(lines));
      if (!loneCarriageReturns) {
        assertThat(lines).as("line reading of '%s'", text).containsAll(startsAndSeams(every));
      }
      skippedMore += skipping.size() < lines.size() ? 1 : 0;
    }
    assertThat(skippedMore).as("texts the skipping reading read fewer tokens of than the line reading").isGreaterThan(5_000);
  }

  private static List<String> describeAll(String text) {
    BannerTokens all = BannerTokens.of(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < all.size; i++) {
      out.add(describe(all, i));
    }
    return out;
  }

  @Test
  void aSkipStopsBeforeTheWordGluedToASeamAndBeforeMarkupThatMayRunPastIt() {
    GovBannerRemover.Reading skipping = GovBannerRemover.Reading.SKIPPING;
    assertThat(read("Alpha beta gamma delta McCarthy said", skipping))
        .containsExactly("0-5 alpha line-start", "23-25 mc", "25-31 carthy seam");
    // The line reading skips only a line's seamless rest.
    assertThat(read("Alpha beta gamma delta McCarthy said", GovBannerRemover.Reading.LINES))
        .containsExactly("0-5 alpha line-start", "6-10 beta", "11-16 gamma", "17-22 delta", "23-25 mc", "25-31 carthy seam", "32-36 said");
    // A link target could hide the seam: reading resumes no later than where the target opens.
    assertThat(read("Alpha beta [x](http://a.gov/aB) delta", skipping))
        .containsExactly("0-5 alpha line-start", "12-13 x", "32-37 delta");
    // An apostrophe entity is part of its word: reading resumes before the word, not inside it.
    assertThat(read("Alpha beta you&rsquo;veAn official", skipping))
        .containsExactly("0-5 alpha line-start", "11-23 youve", "23-25 an seam");
    // After a line start, a carriage return ahead stops the skip (the next word may start a line);
    // after another word it does not when no seam follows (the rest of the line was always
    // skipped so, carriage returns and all).
    assertThat(read("Alpha\rbeta gamma", skipping)).containsExactly("0-5 alpha line-start", "6-10 beta line-start");
    assertThat(read("Alpha beta\rgamma", skipping)).containsExactly("0-5 alpha line-start", "6-10 beta");
    assertThat(read("Alpha beta\rgamma McCarthy", skipping))
        .containsExactly("0-5 alpha line-start", "6-10 beta", "11-16 gamma line-start", "17-19 mc", "19-25 carthy seam");
    assertThat(read("Alpha beta\ngamma delta", skipping)).containsExactly("0-5 alpha line-start", "11-16 gamma line-start");
  }

  private static boolean isSubsequence(List<String> part, List<String> whole) {
    int w = 0;
    for (String p : part) {
      while (w < whole.size() && !whole.get(w).equals(p)) {
        w++;
      }
      if (w == whole.size()) {
        return false;
      }
      w++;
    }
    return true;
  }

  @Test
  void theSeamScansPassEachCharAFewTimesWhateverTheLineHolds() {
    int n = 200_000;
    List<String> lines = List.of(
        "a ".repeat(n / 2) + "McCarthy", // many words before one far seam
        "x\r".repeat(n / 2), // a line started again and again by lone carriage returns
        "x\r".repeat(n / 4) + "a ".repeat(n / 4) + "McCarthy",
        "aB".repeat(n / 2), // a seam at every other char
        "a b ".repeat(n / 4) + "[x](http://a.gov/aB) ".repeat(n / 40), // seams in link targets
        "you&rsquo;ve ".repeat(n / 13) + "aB");
    for (String line : lines) {
      for (GovBannerRemover.Reading reading : List.of(GovBannerRemover.Reading.SKIPPING, GovBannerRemover.Reading.LINES)) {
        BannerTokens tk = readInto(line, reading, null);
        assertThat(tk.scanned).as("%s reading of a line starting '%s'", reading, line.substring(0, 20)).isLessThanOrEqualTo(3L * line.length());
      }
    }
  }
}
