package io.corpus.clean.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.Cleaner;
import io.corpus.model.ContentType;
import io.corpus.model.CorpusDocument;
import io.corpus.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the shared {@code FixtureCorpusTest} (body and metadata of every case) does not check for
 * the chrome and metadata families: the same input gives the same document, removals included;
 * look-alikes lose nothing at all (no removal, not even one that leaves the text the same); and
 * the families hold at least thirty cases.
 */
class ChromeFixturesTest {

  static final List<String> FAMILIES =
      List.of("print-header", "footer", "image-credit", "bio", "promo", "teaser-card", "header-metadata", "lookalike-chrome");

  private static final Cleaner CLEANER = Cleaner.standard();

  static Stream<String> cases() throws IOException, URISyntaxException {
    List<String> out = new ArrayList<>();
    for (String family : FAMILIES) {
      Path dir = dir(family);
      try (Stream<Path> files = Files.list(dir)) {
        files.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".raw.txt"))
            .sorted()
            .forEach(n -> out.add(family + "/" + n.substring(0, n.length() - ".raw.txt".length())));
      }
    }
    return out.stream();
  }

  private static Path dir(String family) throws URISyntaxException, IOException {
    URL url = ChromeFixturesTest.class.getResource("/fixtures/" + family);
    if (url == null) {
      throw new IOException("missing fixture family /fixtures/" + family);
    }
    return Path.of(url.toURI());
  }

  private static String read(String path) throws IOException {
    try (InputStream in = ChromeFixturesTest.class.getResourceAsStream("/fixtures/" + path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static CorpusDocument clean(String name) throws IOException {
    String url = read(name + ".url");
    RawDocument raw =
        new RawDocument(name + ".raw.txt", null, url == null ? null : url.strip(), read(name + ".raw.txt"), ContentType.TEXT, Map.of());
    return CLEANER.clean(raw);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void cleaningIsDeterministicAndIdempotent(String name) throws IOException {
    CorpusDocument once = clean(name);
    assertThat(clean(name)).isEqualTo(once);
    String again = CLEANER.clean(RawDocument.text(name, once.text())).text();
    assertThat(again).isEqualTo(once.text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void lookAlikesLoseNothing(String name) throws IOException {
    if (!name.startsWith("lookalike-chrome/")) {
      return;
    }
    assertThat(clean(name).removals()).isEmpty();
  }

  @Test
  void thereAreAtLeastThirtyCases() throws Exception {
    assertThat(cases().count()).isGreaterThanOrEqualTo(30);
  }

}
