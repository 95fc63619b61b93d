package io.corpus.clean.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ElementWalkTest {

  private static final String[] TAGS = {"div", "p", "span", "a", "table", "tr", "td", "ul", "li", "b", "br", "pre"};

  /** Random markup, often malformed: unclosed and stray end tags, implied table parts, comments. */
  private static String page(Random r) {
    StringBuilder sb = new StringBuilder("<html><head><title>t</title></head><body>");
    for (int i = 0, n = 5 + r.nextInt(60); i < n; i++) {
      String tag = TAGS[r.nextInt(TAGS.length)];
      switch (r.nextInt(5)) {
        case 0 -> sb.append('<').append(tag).append(" class=c").append(r.nextInt(3)).append('>');
        case 1 -> sb.append("</").append(tag).append('>');
        case 2 -> sb.append("text ").append(i).append(" &amp; more\n");
        case 3 -> sb.append("<!-- note ").append(i).append(" -->");
        default -> sb.append('<').append(tag).append(">x</").append(tag).append('>');
      }
    }
    return sb.toString();
  }

  @Test
  void listsTheSameElementsInTheSameOrderAsJsoup() {
    for (long seed = 0; seed < 300; seed++) {
      Document doc = Jsoup.parse(page(new Random(seed)));
      assertSameElements(ElementWalk.all(doc), doc.getAllElements());
      for (Element sub : doc.body().children()) {
        assertSameElements(ElementWalk.all(sub), sub.getAllElements());
      }
    }
  }

  @Test
  void aLeafIsItsOwnList() {
    Element br = Jsoup.parse("<p>a<br>b</p>").selectFirst("br");
    assertThat(ElementWalk.all(br)).containsExactly(br);
  }

  @Test
  void deepNestingNeedsNoRecursion() {
    int depth = 20_000;
    Document doc = Jsoup.parse("<div>".repeat(depth) + "deep" + "</div>".repeat(depth));
    List<Element> all = ElementWalk.all(doc);
    assertThat(all).hasSize(doc.getAllElements().size());
    assertThat(all.get(all.size() - 1).ownText()).isEqualTo("deep");
  }

  private static void assertSameElements(List<Element> actual, List<Element> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)).isSameAs(expected.get(i));
    }
  }
}
