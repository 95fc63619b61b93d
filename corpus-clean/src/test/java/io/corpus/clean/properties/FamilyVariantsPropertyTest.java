package io.corpus.clean.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.corpus.clean.Cleaner;
import io.corpus.model.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Metamorphic properties over generated variants of each family: adding a banner (in any of its
 * flattened forms) before a body, or a tooltip after a name, changes nothing in the clean output.
 */
class FamilyVariantsPropertyTest {

  private static final Cleaner CLEANER = Cleaner.standard();

  private static String clean(String text) {
    return CLEANER.clean(RawDocument.text("generated.txt", text)).text();
  }

  static final List<String> BODIES =
      List.of(
          "QUESTION: Mr. Secretary, thank you for joining us this morning.\n\nSECRETARY BLINKEN: Good morning, George.",
          "The U.S. is entering a series of urgent meetings with Russia this week.\n\nThe stakes of these meetings are incredibly high.",
          "Media Note\n\nThe Department of State welcomes the release of the annual report.",
          "A senior State Department official said the talks would resume in Geneva.",
          "Here's how the new rule works: employers must post the notice by July 1.");

  static final List<String> BANNER_EN =
      List.of(
          "An official website of the United States government",
          "Here's how you know",
          "Official websites use .gov",
          "A .gov website belongs to an official government organization in the United States.",
          "Secure .gov websites use HTTPS",
          "A lock ( Lock A locked padlock ) or https:// means you've safely connected to the .gov website.",
          "Share sensitive information only on official, secure websites.");

  static final List<String> BANNER_OLD =
      List.of(
          "An official website of the United States government",
          "Here's how you know",
          "The .gov means it's official.",
          "Federal government websites often end in .gov or .mil.",
          "Before sharing sensitive information, make sure you're on a federal government site.",
          "The site is secure.",
          "The https:// ensures that you are connecting to the official website and that any information you provide is encrypted and transmitted securely.");

  static final List<String> BANNER_ES =
      List.of(
          "Un sitio oficial del Gobierno de Estados Unidos",
          "Así es como usted puede verificarlo",
          "Los sitios web oficiales usan .gov",
          "Un sitio web .gov pertenece a una organización oficial del Gobierno de Estados Unidos.",
          "Los sitios web seguros .gov usan HTTPS",
          "Un candado ( Candado Un candado cerrado ) o https:// significa que usted se conectó de forma segura a un sitio web .gov.",
          "Comparta información sensible sólo en sitios web oficiales y seguros.");

  /** A banner in one of its scraped forms: a prefix of its sentences, joined, re-cased, stripped, wrapped, indented, bulleted. */
  static String banner(Random r) {
    List<String> base = List.of(BANNER_EN, BANNER_OLD, BANNER_ES).get(r.nextInt(3));
    int count = 2 + r.nextInt(base.size() - 1);
    List<String> sentences = new ArrayList<>(base.subList(0, count));
    if (r.nextInt(4) == 0) {
      sentences.add(1, sentences.get(1)); // "Here's how you know" twice
    }
    StringBuilder sb = new StringBuilder();
    String join = List.of(" ", "\n", "\n\n").get(r.nextInt(3));
    String bullet = List.of("", "", "- ", "* ", "    ").get(r.nextInt(5));
    for (String s : sentences) {
      if (sb.length() > 0) {
        sb.append(join);
      }
      sb.append(join.equals(" ") && sb.length() > 0 ? "" : bullet).append(s);
    }
    String out = sb.toString();
    if (r.nextBoolean()) {
      out = out.replace('\'', '\u2019');
    }
    switch (r.nextInt(5)) {
      case 0 -> out = out.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", "");
      case 1 -> out = out.toUpperCase(Locale.ROOT);
      case 2 -> out = wrap(out, 30 + r.nextInt(40));
      default -> {}
    }
    return out;
  }

  /** Hard-wraps every line at {@code width} columns, between words. */
  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      int col = 0;
      for (String w : line.split(" ")) {
        if (col > 0 && col + w.length() > width) {
          out.append('\n');
          col = 0;
        } else if (col > 0) {
          out.append(' ');
          col++;
        }
        out.append(w);
        col += w.length();
      }
      out.append('\n');
    }
    return out.toString();
  }

  @Test
  void aBannerBeforeABodyChangesNothing() {
    qt().withExamples(600)
        .withFixedSeed(11L)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              String body = BODIES.get(r.nextInt(BODIES.size()));
              String raw = banner(r) + "\n\n" + body;
              assertThat(clean(raw)).as(raw).isEqualTo(clean(body));
            });
  }

  record Person(String display, String full) {}

  static final List<Person> PEOPLE =
      List.of(
          new Person("Antony Blinken", "Antony Blinken"),
          new Person("Chuck Schumer", "Charles (Chuck) Ellis Schumer"),
          new Person("Mitch McConnell", "Addison (Mitch) Mitchell McConnell"),
          new Person("Bernie Sanders", "Bernard (Bernie) Sanders"),
          new Person("Ron DeSantis", "Ronald Dion DeSantis"),
          new Person("Alexandria Ocasio-Cortez", "Alexandria Ocasio-Cortez"),
          new Person("Beto O'Rourke", "Robert (Beto) Francis O'Rourke"),
          new Person("Bob Casey", "Robert (Bob) Patrick Casey Jr."),
          new Person("Marjorie Taylor Greene", "Marjorie Taylor Greene"),
          new Person("Biden", "Joe Biden"));

  static final List<String> HEADLINES =
      List.of(
          "North Korea conducts potential 6th missile test in a month",
          "Overnight Defense & National Security — US delivers written response to Russia",
          "The Hill's Morning Report - US warns Kremlin, weighs more troops to Europe",
          "Senate passes stopgap bill to avert shutdown",
          "Poll: Majority of voters back infrastructure deal");

  @Test
  void aTooltipAfterANameChangesNothing() {
    qt().withExamples(600)
        .withFixedSeed(12L)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Person p = PEOPLE.get(r.nextInt(PEOPLE.size()));
              boolean glued = r.nextBoolean();
              String sep = glued ? "" : " ";
              String surname = p.display().substring(p.display().lastIndexOf(' ') + 1);
              StringBuilder heads = new StringBuilder();
              int n = 1 + r.nextInt(3);
              for (int i = 0; i < n; i++) {
                String h = HEADLINES.get(r.nextInt(HEADLINES.size()));
                if (i == 0 && r.nextInt(3) == 0) {
                  h = surname + " says " + h.toLowerCase(Locale.ROOT);
                }
                heads.append(i == 0 ? "" : (r.nextBoolean() ? " " : "")).append(h);
              }
              String moreSep = r.nextBoolean() ? " " : "";
              String after = List.of(" said on Sunday that talks would continue.", ", who spoke on Sunday, said talks would continue.", " (D-N.Y.) said talks would continue.", ".").get(r.nextInt(4));
              String before = List.of("Secretary of State ", "Sen. ", "On Sunday, ", "").get(r.nextInt(4));
              String raw = before + p.display() + sep + p.full() + sep + heads + moreSep + "MORE" + after;
              String expected = before + p.display() + after;
              assertThat(clean(raw)).as(raw).isEqualTo(clean(expected));
            });
  }
}
