package io.corpus.clean.properties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Building blocks for generated documents: real fixture and seed texts, chrome pieces and hostile fragments. */
final class Inputs {

  private Inputs() {}

  static final List<String> PIECES =
      List.of(
          "Secretary of State Antony Blinken said on Sunday that a meeting was unlikely.",
          "The Group of Seven countries released a statement condemning Russia's actions.",
          "Antony BlinkenAntony BlinkenNorth Korea conducts potential 6th missile test in a month MORE",
          "Chuck Schumer Charles (Chuck) Ellis Schumer Schumer calls for probe MORE",
          "SchumerCharles (Chuck) Ellis SchumerSchumer calls for",
          "Mitch McConnellAddison (Mitch) Mitchell McConnellMcConnell: Biden agenda MORE",
          "MORE", "MO", "MOR", "FAR MORE THAN EXPECTED", "Thomas More wrote", "WashingtonSen. Jane Doe",
          "9:15 PMLondon", "McDonald", "YouTube", "eBay", "JPMorgan", "O'Connor",
          "An official website of the United States government",
          "Here’s how you know", "Here's how you know", "Official websites use .gov",
          "A .gov website belongs to an official government organization in the United States.",
          "Secure .gov websites use HTTPS",
          "A lock ( Lock A locked padlock ) or https:// means you’ve safely connected to the .gov website.",
          "Share sensitive information only on official, secure websites.",
          "The .gov means it’s official.", "The site is secure.",
          "Un sitio oficial del Gobierno de Estados Unidos", "Así es como usted puede verificarlo",
          "an official website of the united states government heres how you know",
          "An official website of the Uni", "A lock ( ) or https:// means you’ve safely conn…",
          "Skip to main content", "U.S. flag", "Https", "Dot gov", "![U.S. flag](https://x.gov/flag.png)",
          "[Español](https://www.usa.gov/es/)", "| ", " |", "- ", "* ", "|---|", "#",
          "… [+7040 chars]", "[+12 chars]", "[+", "…", "...", "\r", "\u00A0", "\t", "  ",
          "QUESTION:", "SECRETARY BLINKEN:", "(D-N.Y.)", "said", "—", "“quoted”", "\u200B", "\u0000",
          "\u001B", "\u007F");

  static final List<String> SEPARATORS = List.of(" ", " ", "\n", "\n\n", "", "\r\n", "\n   ");

  /** A document of {@code picks.size()} pieces joined by random separators. */
  static String compose(List<Integer> picks, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int p : picks) {
      sb.append(PIECES.get(Math.floorMod(p, PIECES.size())));
      sb.append(SEPARATORS.get(r.nextInt(SEPARATORS.size())));
    }
    return sb.toString();
  }

  /** Every raw fixture and seed text: the real inputs. */
  static List<String> realTexts() {
    List<String> out = new ArrayList<>();
    for (String dir : List.of("/fixtures/README.md", "/seeds/README.md")) {
      Path root;
      try {
        root = Path.of(Inputs.class.getResource(dir).toURI()).getParent();
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.filter(f -> f.toString().endsWith(".raw.txt") || f.getParent().getFileName().toString().equals("raw")).sorted().toList()) {
          if (Files.isRegularFile(p)) {
            out.add(Files.readString(p, StandardCharsets.UTF_8));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /**
   * Words: runs of non-blank chars. Zero-width and control chars are dropped first, as the cleaner
   * drops them, without splitting a word ("join\u200Bed" is one word); white space splits.
   */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    String visible = s.replaceAll("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u0000-\\u0008\\u000E-\\u001B\\u007F]", "");
    for (String w : visible.split("[\\s\\u00A0]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
