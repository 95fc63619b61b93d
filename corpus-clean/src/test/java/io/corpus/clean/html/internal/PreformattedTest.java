package io.corpus.clean.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The elements a page's styles show with their line breaks. */
class PreformattedTest {

  private static Predicate<Element> of(String html) {
    return Preformatted.of(Jsoup.parse(html));
  }

  @ParameterizedTest
  @ValueSource(strings = {"white-space:pre-wrap", "white-space: pre", "WHITE-SPACE : pre-line !important", "color:red; white-space:break-spaces;"})
  void aDeclarationThatKeepsLineBreaks(String decl) {
    assertThat(Preformatted.keepsBreaks(decl)).as(decl).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"white-space:nowrap", "white-space: normal", "-webkit-white-space: pre", "white-space-collapse: preserve", "color: pre"})
  void aDeclarationThatDoesNot(String decl) {
    assertThat(Preformatted.keepsBreaks(decl)).as(decl).isFalse();
  }

  @Test
  void rulesOfTheSheetsAndInlineStyles() {
    String html = "<html><head><style>/* .x{white-space:pre} */ body{margin:0} .share-plain , div.mail{white-space:pre-wrap}"
        + "@media print { .note { white-space: pre } } a:hover{white-space:pre} @import url(x.css); #raw{white-space:pre-line}</style></head>"
        + "<body><div class=share-plain>a</div><div class=mail>b</div><p class=mail>c</p><div class=note>d</div>"
        + "<div class=x>e</div><a href=#>f</a><div id=raw>g</div><span style='white-space: pre-wrap'>h</span><div>i</div></body></html>";
    Document doc = Jsoup.parse(html);
    Predicate<Element> pre = Preformatted.of(doc);
    List<String> kept = new ArrayList<>();
    for (Element e : doc.body().getAllElements()) {
      if (pre.test(e)) {
        kept.add(e.text());
      }
    }
    assertThat(kept).containsExactly("a", "b", "d", "g", "h");
  }

  @Test
  void aPageWithoutSuchStylesHasNone() {
    Predicate<Element> pre = of("<html><head><style>p{color:red}</style></head><body><p>x</p></body></html>");
    assertThat(pre.test(Jsoup.parse("<p>x</p>").selectFirst("p"))).isFalse();
  }

  @Test
  void aSheetOfBracesAloneIsReadOnceAndKeepsNothing() {
    List<Evaluator> out = new ArrayList<>();
    Preformatted.collect("}".repeat(200_000) + "{".repeat(200_000) + "a{white-space:pre}", out);
    assertThat(out).hasSize(1);
    out.clear();
    Preformatted.collect("{".repeat(200_000) + "}" + "{white-space:pre}".repeat(10_000), out);
    assertThat(out).isEmpty();
  }

  @Test
  void atMostSoManySelectors() {
    List<Evaluator> out = new ArrayList<>();
    Preformatted.collect(".a{white-space:pre}".repeat(1000), out);
    assertThat(out).hasSize(Preformatted.MAX_SELECTORS);
  }
}
