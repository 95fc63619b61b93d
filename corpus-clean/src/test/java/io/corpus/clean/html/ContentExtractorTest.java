package io.corpus.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class ContentExtractorTest {

  private static ContentExtractor.Extracted extract(String html) {
    Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "https://example.com/a");
    return ContentExtractor.standard().extract(doc);
  }

  /** A news page with the usual furniture around three paragraphs of text. */
  static final String NEWS_PAGE =
      """
      <!DOCTYPE html><html lang="en"><head><title>Harbor bridge reopens after repairs | Coast Daily</title>
      <script>var ads = [];</script><style>p { color: black }</style></head>
      <body class="article-page has-sidebar">
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="site-header"><div class="logo">Coast Daily</div>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/sports">Sports</a></li></ul></nav></header>
      <div class="container">
        <main id="main">
          <article class="story">
            <h1 class="headline">Harbor bridge reopens after repairs</h1>
            <div class="byline">By <a href="/staff/kim">Dana Kim</a> | <time datetime="2021-05-02">May 2, 2021</time></div>
            <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
            <figure><img src="bridge.jpg"><figcaption>The bridge at dawn. Photo: Coast Daily</figcaption></figure>
            <div class="story-body">
              <p>The harbor bridge reopened on Sunday after eight months of repairs, easing traffic for thousands of commuters.</p>
              <p>City engineers said the deck, the cables and the lighting had been replaced, and that the work came in under budget.</p>
              <div class="ad-slot">Advertisement</div>
              <p>"We expect the bridge to serve the city for another fifty years," the mayor said at the ribbon cutting.</p>
            </div>
            <div class="tags"><a href="/t/bridge">bridge</a> <a href="/t/traffic">traffic</a></div>
          </article>
        </main>
        <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/1">Storm warning for the weekend</a></li><li><a href="/2">School board election results</a></li></ul></aside>
      </div>
      <div class="related-articles"><h2>Related</h2><ul><li><a href="/3">Ferry schedule changes this summer</a></li><li><a href="/4">New bike lanes on the waterfront</a></li></ul></div>
      <footer><p>© 2021 Coast Daily. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
      </body></html>
      """;

  @Test
  void keepsTheArticleParagraphsAndNothingElse() {
    assertThat(extract(NEWS_PAGE).text())
        .isEqualTo(
            "The harbor bridge reopened on Sunday after eight months of repairs, easing traffic for thousands of commuters.\n\n"
                + "City engineers said the deck, the cables and the lighting had been replaced, and that the work came in under budget.\n\n"
                + "\"We expect the bridge to serve the city for another fifty years,\" the mayor said at the ribbon cutting.");
  }

  @Test
  void everyVisibleCharMapsToItsPlaceInTheSource() {
    ContentExtractor.Extracted e = extract(NEWS_PAGE);
    String text = e.text();
    int[] offsets = e.sourceOffsets();
    assertThat(offsets).hasSize(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '\n') {
        assertThat(NEWS_PAGE.charAt(offsets[i])).as("char %d", i).isEqualTo(text.charAt(i));
      }
      if (i > 0) {
        assertThat(offsets[i]).isGreaterThanOrEqualTo(offsets[i - 1]);
      }
    }
  }

  @Test
  void entitiesMapIntoTheirSourceSpan() {
    String html = "<body><article><p>Fish &amp; chips, peas &amp; vinegar, and tea for two, please, at the seaside stall.</p></article></body>";
    ContentExtractor.Extracted e = extract(html);
    assertThat(e.text()).isEqualTo("Fish & chips, peas & vinegar, and tea for two, please, at the seaside stall.");
    int amp = e.text().indexOf('&');
    int src = e.sourceOffsets()[amp];
    assertThat(html.substring(src - 5, src + 6)).contains("&amp;");
    assertThat(e.sourceOffsets()[e.text().length() - 1]).isLessThan(html.indexOf("</p>"));
  }

  @Test
  void textWrittenStraightIntoDivsWithLineBreaks() {
    String html =
        "<body><div id=\"nav\"><a href=\"/\">Home</a> <a href=\"/b\">Blog</a></div><div class=\"post\">"
            + "First line of the letter, written without paragraphs, as older sites often did.<br><br>"
            + "Second line of the letter, still without paragraphs, but with enough words to count.<br>"
            + "Third line, shorter, but part of the same letter all the same, signed by the author.</div></body>";
    assertThat(extract(html).text())
        .isEqualTo(
            "First line of the letter, written without paragraphs, as older sites often did.\n"
                + "Second line of the letter, still without paragraphs, but with enough words to count.\n"
                + "Third line, shorter, but part of the same letter all the same, signed by the author.");
  }

  @Test
  void aSectionOfTheArticleThatAFurnitureNameMarksStaysWhenItIsProse() {
    String p1 = "The agency relies on its property database to identify warehouse space that is underused and could be consolidated.";
    String p2 = "Officials said utilization is harder to measure than for office space because storage needs fluctuate.";
    String rec = "GAO is making two recommendations to GSA: (1) issue guidance defining how warehouse utilization should be measured and "
        + "reported, and (2) establish a process to regularly verify utilization data. GSA concurred with both recommendations.";
    String p3 = "At six locations GAO visited, staff described warehouses that were partly empty while agencies nearby paid for leased storage.";
    String p4 = "The federal government spends billions of dollars each year to operate and maintain its real property, much of it underused.";
    String html = "<body><main><article><section id=\"summary\"><h2>Fast Facts</h2><p>" + p3 + "</p><p>" + p4 + "</p></section>"
        + "<section id=\"findings\"><h2>What GAO Found</h2><p>" + p1 + "</p><p>" + p2 + "</p></section>"
        + "<section id=\"recommendations\"><h2>Recommendations</h2><p>" + rec + "</p>"
        + "<table class=\"recommendations-table\"><tr><td>General Services Administration</td><td>The Administrator should issue guidance "
        + "that defines how warehouse utilization is to be measured and reported. (Recommendation 1)</td><td>Open</td></tr></table></section>"
        + "<section class=\"recommendations\"><h2>Recommended for you</h2><ul><li><a href=\"/a\">Storm warning for the weekend ahead</a></li>"
        + "<li><a href=\"/b\">School board election results are in</a></li><li><a href=\"/c\">Ferry schedule changes this summer</a></li></ul>"
        + "</section></article></main></body>";
    String text = extract(html).text();
    assertThat(text).contains(rec).contains("(Recommendation 1)").contains("Recommendations");
    assertThat(text).doesNotContain("Storm warning").doesNotContain("Recommended for you");
  }

  @Test
  void aBlockStyledToKeepItsLineBreaksKeepsThem() {
    String text = "Canyon County restores 14 bus routes\n\nBy Renee Harlan\nPublished: Aug. 5, 2025\n\n"
        + "Hundreds of families who were left without a school bus last year will have one again this month.\n\n"
        + "The district said it is adding 14 routes after hiring 31 new drivers over the summer.";
    String styled = "<html><head><style>.share-plain{white-space:pre-wrap;padding:16px}</style></head><body>"
        + "<header>KBRQ 9 News</header><main><div class=\"share-plain\">" + text + "</div></main></body></html>";
    assertThat(extract(styled).text()).isEqualTo(text);
    String inline = "<body><main><div style=\"white-space: pre-line\">" + text + "</div></main></body>";
    assertThat(extract(inline).text()).isEqualTo(text);
    // without the style, the same markup is one run-on paragraph, as a browser shows it
    String plain = "<body><main><div>" + text + "</div></main></body>";
    assertThat(extract(plain).text()).isEqualTo(text.replaceAll("\n+", " "));
  }

  @Test
  void aBlankLineInPreformattedTextIsAParagraphBreak() {
    String html = "<body><main><pre>The first paragraph of a plain-text mail, shown as it was sent.\r\n"
        + "Its second line.\r\n\r\nThe second paragraph, after a blank line, with enough words to count.</pre></main></body>";
    assertThat(extract(html).text()).isEqualTo("The first paragraph of a plain-text mail, shown as it was sent.\nIts second line.\n\n"
        + "The second paragraph, after a blank line, with enough words to count.");
  }

  @Test
  void tablesListsAndQuotedEmbedsInsideTheArticleStay() {
    String html =
        """
        <body><article><div class="entry-content">
        <p>The standings after the final race of the season, with points, wins and poles, are below.</p>
        <table><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr><tr class="player-row"><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table>
        <p>Three things decided the title, according to the teams, in a season of close finishes:</p>
        <ul><li>pit strategy in the last ten races</li><li>tire wear at short tracks</li></ul>
        <div class="social-embed"><blockquote class="twitter-tweet"><p>What a finish to the season, congratulations to the whole team and crew!</p>— Team (@team) <a href="https://twitter.com/x">November 17, 2019</a></blockquote></div>
        <p>The new season starts in February, with the first race in Daytona, as every year since 1982.</p>
        </div></article></body>
        """;
    String text = extract(html).text();
    assertThat(text).contains("1 Kyle Busch 5040", "2 Martin Truex Jr. 5035");
    assertThat(text).contains("pit strategy in the last ten races", "tire wear at short tracks");
    assertThat(text).contains("What a finish to the season");
    assertThat(text).endsWith("as every year since 1982.");
  }

  /**
   * A quotation's attribution in its own {@code <footer>} inside the {@code <blockquote>}, as
   * HTML writes it, is the quote's and stays; the page's footer still goes.
   */
  @Test
  void aQuotationsFooterIsItsAttributionAndStays() {
    String html = """
        <html><body><header><nav><a href="/">Home</a></nav></header><article>
        <h1>Council agrees its position on rail passenger rights</h1>
        <p>The Council today agreed its negotiating mandate on a proposal to strengthen the rights of rail passengers travelling across borders in the Union.</p>
        <blockquote><p>Passengers should not lose their rights because their journey crosses a border.</p><footer>Tomasz Wr\u00f3bel, Minister for Infrastructure of Poland</footer></blockquote>
        <p>Negotiations with the European Parliament will start once the Parliament has adopted its own position on the file.</p>
        </article><footer><p>Council of the European Union, Rue de la Loi 175, 1048 Brussels</p></footer></body></html>
        """;
    String text = extract(html).text();
    assertThat(text).contains("Tomasz Wr\u00f3bel, Minister for Infrastructure of Poland");
    assertThat(text).doesNotContain("Rue de la Loi");
  }

  @Test
  void teaserCardsBesideTheTextAreDropped() {
    StringBuilder cards = new StringBuilder("<div class=\"more-row\">");
    for (int i = 1; i <= 4; i++) {
      cards.append("<div class=\"card\"><h5><a href=\"/story-").append(i).append("\">Headline number ").append(i)
          .append(" about something else entirely</a></h5><p class=\"excerpt\">A teaser for story ").append(i)
          .append(", two lines of summary that say what the other story is about, to make you click.</p></div>");
    }
    cards.append("</div>");
    String html =
        "<body><div class=\"main\"><div class=\"text\">"
            + "<p>The first paragraph of the story, long enough to be prose, with commas, clauses and detail.</p>"
            + "<p>The second paragraph of the story, also long enough to count, and linking <a href=\"/x\">a source</a>.</p>"
            + "<p>The third paragraph gives the background, the figures and the names of those involved, at length.</p>"
            + "<p>The fourth paragraph adds what the opposition said, and what the committee will look at next week.</p>"
            + "<p>The fifth paragraph explains the timetable, the budget, and the vote that is expected in spring.</p>"
            + "<p>The last paragraph closes the story with a quote from the minister, who spoke on Monday.</p>"
            + cards + "</div></div></body>";
    String text = extract(html).text();
    assertThat(text).startsWith("The first paragraph").endsWith("who spoke on Monday.");
    // The cards are mostly plain text (their link density alone would keep them), but each is led
    // by a headline link that is a good third of it.
    assertThat(text).doesNotContain("Headline number", "teaser");
  }

  @Test
  void sectionHeadingsOverParagraphsKeptBesideTheTopStay() {
    String p1 = "Tea drinkers in Song-dynasty China whisked powdered tea into a white froth, and they judged the result partly by "
        + "how well the froth showed against the bowl.";
    String p2 = "As the bowl was fired, iron in the glaze rose to the surface and ran down the sides in fine streaks, creating the "
        + "pattern that collectors called hare's fur.";
    String p3 = "Private collection, Kyoto, by 1930; sold to Yamanaka and Co., Boston, 1936; given to the museum, 1987.";
    String html = "<html><body><article class=\"object-record\"><h1>Tea bowl</h1><div class=\"label-text\"><p>" + p1 + "</p><p>"
        + p2 + "</p></div><h2>Provenance</h2><p>" + p3 + "</p><h2><a href=\"/related\">Related objects</a></h2>"
        + "<h2>Share this record</h2><div class=\"tools\"><a href=\"/s\">Share</a></div></article></body></html>";
    String text = extract(html).text();
    assertThat(text).isEqualTo(p1 + "\n\n" + p2 + "\n\nProvenance\n\n" + p3);
  }

  @Test
  void aRecordsFieldListBesideItsTextStays() {
    String p1 = "Tea drinkers in Song-dynasty China whisked powdered tea into a white froth, and they judged the result partly by "
        + "how well the froth showed against the bowl.";
    String p2 = "As the bowl was fired, iron in the glaze rose to the surface and ran down the sides in fine streaks, creating the "
        + "pattern that collectors called hare's fur.";
    String html = "<html><body><article class=\"object-record\"><h1>Tea bowl</h1><dl class=\"tombstone\"><dt>Date</dt>"
        + "<dd>Southern Song dynasty (1127-1279)</dd><dt>Medium</dt><dd>Stoneware with iron-rich glaze</dd></dl>"
        + "<div class=\"label-text\"><p>" + p1 + "</p><p>" + p2 + "</p></div><div class=\"tools\"><a href=\"/s\">Share</a></div>"
        + "<dl class=\"links\"><dt><a href=\"/a\">Related</a></dt><dd><a href=\"/b\">Tea caddy</a></dd></dl>"
        + "</article></body></html>";
    String text = extract(html).text();
    assertThat(text).contains("Southern Song dynasty (1127-1279)").contains("Stoneware with iron-rich glaze").contains(p1)
        .doesNotContain("Tea caddy");
  }

  @Test
  void pageWithoutTextGivesEmptyText() {
    assertThat(extract("<html><body><nav><a href=/>Home</a></nav></body></html>").text()).isEmpty();
    assertThat(extract("").text()).isEmpty();
  }

  @Test
  void deterministic() {
    ContentExtractor.Extracted a = extract(NEWS_PAGE);
    ContentExtractor.Extracted b = extract(NEWS_PAGE);
    assertThat(a.text()).isEqualTo(b.text());
    assertThat(a.sourceOffsets()).isEqualTo(b.sourceOffsets());
  }
}
