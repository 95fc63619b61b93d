package io.corpus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusDocumentTest {

  @Test
  void listsAreCopiedSoTheDocumentCannotChangeUnderfoot() {
    List<String> authors = new ArrayList<>(List.of("Amy MacKinnon"));
    CorpusDocument d = CorpusDocument.builder("id1", "a.txt").authors(authors).text("Body.").build();
    authors.add("Someone Else");
    assertThat(d.authors()).containsExactly("Amy MacKinnon");
    assertThatThrownBy(() -> d.authors().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withersReturnNewValuesAndKeepTheRest() {
    CorpusDocument d =
        CorpusDocument.builder("id1", "a.txt")
            .title("T")
            .published(LocalDate.of(2021, 11, 18))
            .removals(List.of(new Removal("r", "x", 0, 1)))
            .text("Body.")
            .build();
    CorpusDocument e = d.withText("Other.").withId("id2");
    assertThat(e.text()).isEqualTo("Other.");
    assertThat(e.id()).isEqualTo("id2");
    assertThat(e.title()).isEqualTo("T");
    assertThat(e.published()).isEqualTo(LocalDate.of(2021, 11, 18));
    assertThat(d.text()).isEqualTo("Body.");
    assertThat(e.withoutRemovals().removals()).isEmpty();
  }

  @Test
  void badValuesAreRefusedNamingTheParameter() {
    assertThatThrownBy(() -> CorpusDocument.builder("id", "s").authors(List.of(" ")).build())
        .hasMessageContaining("authors");
    assertThatThrownBy(() -> new Turn(" ", "x")).hasMessageContaining("speaker");
    assertThatThrownBy(() -> new Removal("r", "x", 5, 2)).hasMessageContaining("start=5");
    assertThatThrownBy(() -> CorpusDocument.builder(null, "s")).hasMessageContaining("id");
    assertThatThrownBy(() -> RawDocument.text("s", null)).hasMessageContaining("content");
  }
}
