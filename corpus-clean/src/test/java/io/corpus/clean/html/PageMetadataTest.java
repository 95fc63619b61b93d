package io.corpus.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataTest {

  private static PageMetadata meta(String html) {
    return PageMetadata.of(Jsoup.parse(html));
  }

  @Test
  void metaTags() {
    PageMetadata m =
        meta(
            """
            <html lang="en-GB"><head>
            <title>Ignored when og:title exists | Example News</title>
            <meta property="og:title" content="Storm closes schools">
            <meta property="og:site_name" content="Example News">
            <meta name="author" content="Jane Doe and John Roe">
            <meta property="article:published_time" content="2021-03-04T08:15:00+00:00">
            <link rel="canonical" href="https://news.example.com/storm">
            </head><body><h1>Storm closes schools</h1></body></html>
            """);
    assertThat(m.title()).isEqualTo("Storm closes schools");
    assertThat(m.authors()).containsExactly("Jane Doe", "John Roe");
    assertThat(m.published()).isEqualTo(LocalDate.of(2021, 3, 4));
    assertThat(m.publisher()).isEqualTo("Example News");
    assertThat(m.canonicalUrl()).isEqualTo("https://news.example.com/storm");
    assertThat(m.language()).isEqualTo("en-GB");
  }

  @Test
  void jsonLdArticleWithAuthorArray() {
    PageMetadata m =
        meta(
            """
            <head><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle",
             "headline":"Council approves budget",
             "datePublished":"2020-11-18T17:45:00Z",
             "author":[{"@type":"Person","name":"Ana Lima"},{"@type":"Person","name":"By Raj Patel"},"Chen Wei"],
             "publisher":{"@type":"Organization","name":"City Ledger"}}
            </script></head><body></body>
            """);
    assertThat(m.title()).isEqualTo("Council approves budget");
    assertThat(m.authors()).containsExactly("Ana Lima", "Raj Patel", "Chen Wei");
    assertThat(m.published()).isEqualTo(LocalDate.of(2020, 11, 18));
    assertThat(m.publisher()).isEqualTo("City Ledger");
  }

  @Test
  void jsonLdGraphFindsTheArticleAmongOtherNodes() {
    PageMetadata m =
        meta(
            """
            <head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Blog of Things","url":"https://blog.example.org/"},
              {"@type":"Organization","name":"Things Inc."},
              {"@type":["Article","BlogPosting"],"headline":"Why bolts rust","datePublished":"2019-07-01",
               "author":{"@type":"Person","name":"Sam Smith"},"publisher":{"@id":"#org","name":"Things Inc."},
               "inLanguage":"en-US"}
            ]}
            </script></head><body></body>
            """);
    assertThat(m.title()).isEqualTo("Why bolts rust");
    assertThat(m.authors()).containsExactly("Sam Smith");
    assertThat(m.published()).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(m.publisher()).isEqualTo("Things Inc.");
    assertThat(m.language()).isEqualTo("en-US");
  }

  @Test
  void jsonLdTopLevelArrayAndMalformedScriptsAreTolerated() {
    PageMetadata m =
        meta(
            """
            <head>
            <script type="application/ld+json">{ this is not json </script>
            <script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","headline":"Flood waters recede","author":"Maria Gonzalez",}]</script>
            </head><body></body>
            """);
    assertThat(m.title()).isEqualTo("Flood waters recede");
    assertThat(m.authors()).containsExactly("Maria Gonzalez");
  }

  @Test
  void nothingStatedMeansNothingFound() {
    PageMetadata m = meta("<html><head></head><body><p>Just a paragraph of text.</p></body></html>");
    assertThat(m).isEqualTo(PageMetadata.empty());
  }

  @Test
  void titleElementWithoutSiteSuffixThenH1() {
    assertThat(meta("<title>Budget passes after long night | The Courier</title>").title())
        .isEqualTo("Budget passes after long night");
    assertThat(meta("<head><meta property=og:site_name content=\"The Courier\"><title>Budget passes - The Courier</title></head>").title())
        .isEqualTo("Budget passes");
    // A dash inside a headline is not a site suffix.
    assertThat(meta("<title>Biden - Putin talks end early</title>").title()).isEqualTo("Biden - Putin talks end early");
    assertThat(meta("<body><h1> Only a heading </h1></body>").title()).isEqualTo("Only a heading");
  }

  @Test
  void bylineAndTimeElementsWhenMetaIsMissing() {
    PageMetadata m =
        meta(
            """
            <body><article>
            <div class="byline">By <span itemprop="author" itemscope><span itemprop="name">Lee Park</span></span></div>
            <time datetime="2018-02-14T10:00:00-05:00">Feb. 14</time>
            </article></body>
            """);
    assertThat(m.authors()).containsExactly("Lee Park");
    assertThat(m.published()).isEqualTo(LocalDate.of(2018, 2, 14));
  }

  @Test
  void profileUrlsAreNotAuthorNamesAndLocalesBecomeLanguageTags() {
    PageMetadata m =
        meta(
            """
            <head><meta property="article:author" content="https://www.facebook.com/someone">
            <meta property="og:locale" content="pt_BR"></head>
            """);
    assertThat(m.authors()).isEmpty();
    assertThat(m.language()).isEqualTo("pt-BR");
  }

  @Test
  void datesInCompactAndBadForms() {
    assertThat(PageMetadata.parseDate("20191118")).isEqualTo(LocalDate.of(2019, 11, 18));
    assertThat(PageMetadata.parseDate("2019-11-18")).isEqualTo(LocalDate.of(2019, 11, 18));
    assertThat(PageMetadata.parseDate("2019-13-45T00:00")).isNull();
    assertThat(PageMetadata.parseDate("November 18, 2019")).isNull();
  }

  @Test
  void theDekIsReadFromAnElementItsClassMarks() {
    String html = "<html><head><meta property=\"og:description\" content=\"The first paragraph, as sites often set it.\"></head>"
        + "<body><article><h1>Cowansville ER to close overnight on weekends</h1>"
        + "<p class=\"article-subtitle\">Patients will be redirected to Granby or Sherbrooke from 8 p.m.</p>"
        + "<p>The first paragraph, as sites often set it.</p></article></body></html>";
    assertThat(PageMetadata.of(Jsoup.parse(html)).subtitle()).isEqualTo("Patients will be redirected to Granby or Sherbrooke from 8 p.m.");
  }

  @Test
  void noDekClassMeansNoSubtitleWhateverTheDescriptionSays() {
    String html = "<html><head><meta name=\"description\" content=\"A page about the ER.\"></head><body><h1>ER hours</h1>"
        + "<p class=\"summary-box\">Key points of the story in four words</p><p class=\"subtitles-toggle\">Show subtitles now please</p>"
        + "<p class=\"dek\">Too short</p></body></html>";
    assertThat(PageMetadata.of(Jsoup.parse(html)).subtitle()).isNull();
  }

  @Test
  void dekClassNames() {
    assertThat(PageMetadata.isDekClass("article__dek")).isTrue();
    assertThat(PageMetadata.isDekClass("c-standfirst wide")).isTrue();
    assertThat(PageMetadata.isDekClass("post-subtitle")).isTrue();
    assertThat(PageMetadata.isDekClass("deck")).isTrue();
    assertThat(PageMetadata.isDekClass("redeck")).isFalse();
    assertThat(PageMetadata.isDekClass("subtitles-toggle")).isFalse();
    assertThat(PageMetadata.isDekClass("")).isFalse();
  }

  @Test
  void aTeaserCardsDekElsewhereOnThePageIsNoSubtitle() {
    String html = "<html><body><aside><div class=\"card\"><p class=\"card__dek\">Another story's summary in a teaser card</p></div></aside>"
        + "<main><article><header><h1>ER hours cut</h1></header><p>Body text of the story goes here.</p></article></main>"
        + "<footer><div><div><div class=\"card\"><p class=\"card__dek\">A teaser's dek at the foot of the page</p></div></div></div></footer>"
        + "</body></html>";
    assertThat(PageMetadata.of(Jsoup.parse(html)).subtitle()).isNull();
  }

  @Test
  void theHeadlineWinsOverAPageTitleThatDressesIt() {
    String html = "<html><head><title>NATO - News: NATO and partners launch BALTIC GUARDIAN to protect cables, 18-Jun.-2024</title></head>"
        + "<body><h1>NATO and partners launch BALTIC GUARDIAN to protect cables</h1><p>Text.</p></body></html>";
    assertThat(PageMetadata.of(Jsoup.parse(html)).title()).isEqualTo("NATO and partners launch BALTIC GUARDIAN to protect cables");
    String news = "<html><head><title>Council approves budget - Valley News</title></head><body><h1>News</h1></body></html>";
    assertThat(PageMetadata.of(Jsoup.parse(news)).title()).isEqualTo("Council approves budget - Valley News");
  }
}
