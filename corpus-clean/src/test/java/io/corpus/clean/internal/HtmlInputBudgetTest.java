package io.corpus.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpus.clean.Cleaner;
import io.corpus.clean.UncleanableDocumentException;
import io.corpus.model.ContentType;
import io.corpus.model.RawDocument;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlInputBudgetTest {

  private static RawDocument html(String source, String page) {
    return new RawDocument(source, null, null, page, ContentType.HTML, Map.of());
  }

  @Test
  void startTagsAreALessThanFollowedByALetter() {
    assertThat(HtmlInput.startTags("")).isZero();
    assertThat(HtmlInput.startTags("<")).isZero();
    assertThat(HtmlInput.startTags("<p>a</p><B>b</B><br/>")).isEqualTo(3);
    assertThat(HtmlInput.startTags("1 < 2, <3, <!-- c --> <!DOCTYPE html> <?xml?> < p> <é>")).isZero();
    assertThat(HtmlInput.startTags("<<a<z<A<Z<@<[<`<{")).isEqualTo(4);
  }

  @Test
  void aPageWithMoreStartTagsThanTheBudgetIsRefusedWithTheReasonAndNothingLeaks() {
    String dense = "<html><body>" + "<b>".repeat(HtmlInput.START_TAG_BUDGET) + "text</body></html>";
    Cleaner cleaner = Cleaner.standard();
    assertThatThrownBy(() -> cleaner.clean(html("dense.html", dense)))
        .isInstanceOf(UncleanableDocumentException.class)
        .hasMessageStartingWith("an HTML page of 200,002 start tags, more than the 200,000 a page may have");
    // At the budget itself the page is parsed, and its permits come back: a second one parses too.
    String atBudget = "<body>" + "<i>".repeat(HtmlInput.START_TAG_BUDGET - 1) + "The end.";
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
      for (int i = 0; i < 2; i++) {
        assertThat(cleaner.clean(html("full.html", atBudget)).text()).isEqualTo("The end.");
      }
    }, "a page that leaked its start-tag permits would leave the next one waiting for ever");
  }

  @Test
  void pagesCleanedOnManyThreadsAtOnceAllFinish() throws Exception {
    Cleaner cleaner = Cleaner.standard();
    String page = "<body>" + "<span>".repeat(HtmlInput.START_TAG_BUDGET / 3) + "Words of the page.";
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<String>> done = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        done.add(pool.submit(() -> cleaner.clean(html("p.html", page)).text()));
      }
      for (Future<String> f : done) {
        assertThat(f.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("Words of the page.");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
