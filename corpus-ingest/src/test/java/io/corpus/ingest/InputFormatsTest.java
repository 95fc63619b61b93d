package io.corpus.ingest;

import static io.corpus.ingest.Fixtures.NEWS;
import static io.corpus.ingest.Fixtures.TRANSCRIPT;
import static io.corpus.ingest.Fixtures.records;
import static io.corpus.ingest.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpus.model.ContentType;
import io.corpus.model.RawDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.net.URI;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class InputFormatsTest {

  static RawDocument doc(InputRecord r) {
    assertThat(r).as("record %s", r).isInstanceOf(InputRecord.Document.class);
    return ((InputRecord.Document) r).document();
  }

  static InputRecord.Reject reject(InputRecord r) {
    assertThat(r).isInstanceOf(InputRecord.Reject.class);
    return (InputRecord.Reject) r;
  }

  static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  @Nested
  class Jsonl {
    final String dump =
        "{\"id\":\"a1\",\"url\":\"https://thehill.com/a\",\"title\":\"Blinken\",\"text\":" + jsonString(NEWS)
            + ",\"extra\":{\"nested\":[1,2,{\"deep\":true}]},\"views\":1234}\n"
            + "\n"
            + "{\"content\":" + jsonString(TRANSCRIPT) + ",\"authors\":[\"Jane Roe\",\"John Doe\"],\"date\":\"2022-02-20T10:00:00Z\"}\n"
            + "{\"id\":17,\"html\":\"<p>Hello <b>world</b></p>\"}\n"
            + "{\"title\":\"no body here\"}\n";

    @Test
    void mapsDefaultFieldsIgnoresExtraOnesAndCountsLines() throws IOException {
      List<InputRecord> rs = records(utf8(dump), "dump.jsonl");
      assertThat(rs).hasSize(4);

      RawDocument first = doc(rs.get(0));
      assertThat(first.source()).isEqualTo("dump.jsonl#1");
      assertThat(first.id()).isEqualTo("a1");
      assertThat(first.url()).isEqualTo("https://thehill.com/a");
      assertThat(first.content()).isEqualTo(NEWS);
      assertThat(first.metadata()).containsEntry("title", "Blinken").doesNotContainKey("extra");

      RawDocument second = doc(rs.get(1));
      assertThat(second.source()).as("line 2 is blank and still counted").isEqualTo("dump.jsonl#3");
      assertThat(second.id()).isNull();
      assertThat(second.content()).isEqualTo(TRANSCRIPT);
      assertThat(second.metadata())
          .containsEntry("authors", "Jane Roe;John Doe")
          .containsEntry("published", "2022-02-20T10:00:00Z");

      RawDocument third = doc(rs.get(2));
      assertThat(third.type()).isEqualTo(ContentType.HTML);
      assertThat(third.id()).isEqualTo("17");

      InputRecord.Reject missing = reject(rs.get(3));
      assertThat(missing.number()).isEqualTo(5);
      assertThat(missing.reason()).contains("no text field").contains("title").contains("--text-field");
    }

    @Test
    void aTextFieldWithoutTextIsNamedAndAnotherCandidateIsUsed() throws IOException {
      List<InputRecord> rs = records(utf8("""
          {"text": null, "title": "t"}
          {"text": {"nested": "x"}}
          {"text": null, "content": "the content field is used"}
          """), "n.jsonl");
      assertThat(reject(rs.get(0)).reason()).startsWith("the text field 'text' holds no text (it is empty, null");
      assertThat(reject(rs.get(1)).reason()).startsWith("the text field 'text' holds no text");
      assertThat(doc(rs.get(2)).content()).isEqualTo("the content field is used");
      List<InputRecord> csv = records(utf8("id,text\n1,\n2,  \n"), "e.csv");
      assertThat(reject(csv.get(0)).reason()).startsWith("the text field 'text' holds no text (it is empty");
      assertThat(reject(csv.get(1)).reason()).isEqualTo("the text field 'text' is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void jsonLinesAndCsvInUtf16WithAByteOrderMarkAreRead(String charset) throws IOException {
      java.nio.charset.Charset cs = java.nio.charset.Charset.forName(charset);
      byte[] bom = charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
      String jsonl = "{\"id\":\"a\",\"text\":\"caf\u00e9 \ud83d\ude00 one\"}\r\n{\"id\":\"b\",\"text\":\"two\"}\r\n";
      byte[] utf16 = Fixtures.concat(bom, jsonl.getBytes(cs));
      for (String name : List.of("ps.jsonl", "export", "ps.jsonl.gz")) { // named, sniffed, compressed
        byte[] in = name.endsWith(".gz") ? Fixtures.gzip(utf16) : utf16;
        List<InputRecord> rs = records(in, name);
        assertThat(rs).as(name).hasSize(2);
        assertThat(doc(rs.get(0)).content()).as(name).isEqualTo("caf\u00e9 \ud83d\ude00 one");
        assertThat(doc(rs.get(1)).content()).as(name).isEqualTo("two");
      }
      // A long dump, compressed: reads of any size, code units and surrogate pairs split across them.
      StringBuilder big = new StringBuilder();
      java.util.Random random = new java.util.Random(16);
      for (int i = 0; i < 3000; i++) {
        big.append("{\"text\":\"record ").append(i).append(" \u00e9\u4e2d\ud83d\ude00".repeat(1 + random.nextInt(40))).append("\"}\n");
      }
      List<InputRecord> fromUtf8 = records(utf8(big.toString()), "big.jsonl");
      List<InputRecord> fromUtf16 = records(Fixtures.gzip(Fixtures.concat(bom, big.toString().getBytes(cs))), "big.jsonl.gz");
      assertThat(fromUtf16).extracting(r -> doc(r).content()).containsExactlyElementsOf(
          fromUtf8.stream().map(r -> doc(r).content()).toList());
      byte[] csv = Fixtures.concat(bom, "id,text\r\n1,\"caf\u00e9, with a comma\nand a line\"\r\n".getBytes(cs));
      assertThat(doc(records(csv, "excel.csv").get(0)).content()).isEqualTo("caf\u00e9, with a comma\nand a line");
    }

    @Test
    void malformedUtf16InJsonLinesBecomesAReplacementChar() throws IOException {
      byte[] body = "{\"text\":\"a?b\"}\n".getBytes(StandardCharsets.UTF_16LE);
      int q = "{\"text\":\"a".length() * 2; // the '?' becomes a lone high surrogate
      body[q] = (byte) 0x3D;
      body[q + 1] = (byte) 0xD8;
      byte[] in = Fixtures.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body);
      assertThat(doc(records(in, "bad.jsonl").get(0)).content()).isEqualTo("a\ufffdb");
    }

    @Test
    void customFieldMappingWins() throws IOException {
      InputOptions opts = InputOptions.DEFAULT.withFields(
          FieldMapping.DEFAULT.withText(List.of("article_body")).withId(List.of("guid")));
      List<InputRecord> rs = records(
          utf8("{\"guid\":\"g-9\",\"text\":\"ignored\",\"article_body\":\"The real body.\"}\n"), "x.ndjson", opts);
      assertThat(doc(rs.get(0)).content()).isEqualTo("The real body.");
      assertThat(doc(rs.get(0)).id()).isEqualTo("g-9");
    }

    @Test
    void dottedFieldsReachIntoNestedObjects() throws IOException {
      InputOptions opts = InputOptions.DEFAULT.withFields(FieldMapping.DEFAULT
          .withText(List.of("article.body.text", "article.body"))
          .withTitle(List.of("article.headline"))
          .withAuthors(List.of("article.meta.authors"))
          .withUrl(List.of("links.canonical", "url")));
      List<InputRecord> rs = records(utf8("""
          {"links":{"canonical":"https://x.org/a","other":{"deep":[1,{"a":2}]}},"article":{"meta":{"authors":["Jane Roe","John Doe"]},"headline":"H","body":"Nested body."}}
          {"article":{"body":{"text":"Deeper body.","html":"<p>x</p>"}},"url":"https://x.org/b"}
          {"article.body":"A key with a dot in it."}
          {"article":"not an object","links":{"canonical":{"not":"text"}}}
          {"article":{"body":"unclosed"}
          """), "n.jsonl", opts);
      RawDocument first = doc(rs.get(0));
      assertThat(first.content()).isEqualTo("Nested body.");
      assertThat(first.url()).isEqualTo("https://x.org/a");
      assertThat(first.metadata()).containsEntry("title", "H").containsEntry("authors", "Jane Roe;John Doe");
      RawDocument second = doc(rs.get(1));
      assertThat(second.content()).isEqualTo("Deeper body.");
      assertThat(second.url()).isEqualTo("https://x.org/b");
      assertThat(doc(rs.get(2)).content()).isEqualTo("A key with a dot in it.");
      assertThat(reject(rs.get(3)).reason()).contains("no text field").contains("the record has article, links");
      assertThat(reject(rs.get(4)).reason()).startsWith("invalid JSON");
      assertThat(rs).hasSize(5);
    }

    @Test
    void aBadLineInTheMiddleIsRejectedAndTheRestIsRead() throws IOException {
      String in = "{\"text\":\"one\"}\n{\"text\":\"two\",\n{\"text\":\"three\"}\n[1,2]\n{\"text\":\"\"}\n{\"text\":\"four\"} x\n";
      List<InputRecord> rs = records(utf8(in), "d.jsonl");
      assertThat(rs).hasSize(6);
      assertThat(doc(rs.get(0)).content()).isEqualTo("one");
      assertThat(reject(rs.get(1)).number()).isEqualTo(2);
      assertThat(reject(rs.get(1)).reason()).startsWith("invalid JSON");
      assertThat(doc(rs.get(2)).content()).isEqualTo("three");
      assertThat(reject(rs.get(3)).reason()).isEqualTo("not a JSON object");
      assertThat(reject(rs.get(4)).reason()).contains("is empty");
      assertThat(reject(rs.get(5)).reason()).startsWith("invalid JSON");
    }

    @Test
    void aTextFieldThatIsAListOfParagraphsIsJoinedByBlankLines() throws IOException {
      // What a scraper that collects every <p> writes: response.css("p::text").getall().
      String line = "{\"text\": [\"First paragraph.\", \" \", \"Second paragraph.\"], \"authors\": [\"Jane Roe\", \"John Doe\"]}\n";
      RawDocument d = doc(records(utf8(line), "items.jsonl").get(0));
      assertThat(d.content()).isEqualTo("First paragraph.\n\nSecond paragraph.");
      assertThat(d.metadata()).containsEntry("authors", "Jane Roe;John Doe");
    }

    @Test
    void parserMessagesSpeakOfTheDataNotOfTheParser() throws IOException {
      String deep = "[".repeat(1500) + "]".repeat(1500);
      List<InputRecord> rs = records(utf8("{\"text\": \"x\", \"extra\": " + deep + "}\n{\"text\": \"unclosed\"\n"), "d.jsonl");
      assertThat(reject(rs.get(0)).reason())
          .isEqualTo("invalid JSON: Document nesting depth (1001) exceeds the maximum allowed (1000)");
      assertThat(reject(rs.get(1)).reason())
          .isEqualTo("invalid JSON at column 20: Unexpected end-of-input: expected close marker for Object");
    }

    @Test
    void aLineOverTheSizeCapIsRejectedUnreadAndReadingGoesOn() throws IOException {
      String big = "{\"text\":\"" + "x".repeat(5000) + "\"}";
      String in = "{\"text\":\"before\"}\n" + big + "\n{\"text\":\"after\"}\n";
      List<InputRecord> rs = records(utf8(in), "d.jsonl", InputOptions.DEFAULT.withMaxDocumentBytes(1000));
      assertThat(doc(rs.get(0)).content()).isEqualTo("before");
      assertThat(reject(rs.get(1)).reason()).contains("exceeds the maximum document size of 1000 bytes");
      assertThat(doc(rs.get(2)).content()).isEqualTo("after");
    }

    @Test
    void crlfLinesBomAndNonUtf8LinesAreRead() throws IOException {
      byte[] latin = "{\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
      byte[] in = Fixtures.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("{\"text\":\"na\u00efve\"}\r\n"), latin, utf8("\r\n"));
      List<InputRecord> rs = records(in, "d.jsonl");
      assertThat(doc(rs.get(0)).content()).isEqualTo("na\u00efve");
      assertThat(((InputRecord.Document) rs.get(0)).warnings()).isEmpty();
      assertThat(doc(rs.get(1)).content()).isEqualTo("caf\u00e9");
      assertThat(((InputRecord.Document) rs.get(1)).warnings()).singleElement().asString()
          .contains("d.jsonl line 2").contains("Windows-1252");
    }
  }

  @Nested
  class JsonDocuments {
    @Test
    void aScrapyStyleArrayIsReadElementByElement() throws IOException {
      // Scrapy's JSON export: one item per line inside an array, commas at the line ends.
      String json = "[\n{\"url\": \"https://a.example/1\", \"text\": \"One [with] {brackets} and a \\\"}\\\" quote\"},\n"
          + "{\"url\": \"https://a.example/2\", \"text\": \"Two\", \"tags\": [\"x\", {\"y\": [1, 2]}]}\n]";
      List<InputRecord> rs = records(utf8(json), "items.json");
      assertThat(rs).hasSize(2);
      assertThat(doc(rs.get(0)).content()).isEqualTo("One [with] {brackets} and a \"}\" quote");
      assertThat(doc(rs.get(0)).source()).isEqualTo("items.json#1");
      assertThat(doc(rs.get(1)).url()).isEqualTo("https://a.example/2");
      assertThat(doc(rs.get(1)).source()).isEqualTo("items.json#2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"items.json", "items.jsonl", "items"})
    void prettyPrintedArraysAndObjectsAreReadWhateverTheName(String name) throws IOException {
      String array = "\uFEFF[\n  {\n    \"id\": \"a\",\n    \"text\": \"First\"\n  },\n  {\n    \"id\": \"b\",\n    \"text\": \"Second\"\n  }\n]\n";
      assertThat(records(utf8(array), name)).extracting(r -> doc(r).id()).containsExactly("a", "b");
      String objects = "{\n  \"id\": \"a\",\n  \"text\": \"First\"\n}\n{\n  \"id\": \"b\",\n  \"text\": \"Second\"\n}\n";
      assertThat(records(utf8(objects), name)).extracting(r -> doc(r).content()).containsExactly("First", "Second");
      assertThat(records(Fixtures.gzip(utf8(array)), name + ".gz")).hasSize(2);
    }

    @Test
    void aBadElementIsRejectedByItsNumberAndTheRestIsRead() throws IOException {
      String json = "[{\"text\": \"one\"}, 42, {\"text\": tru}, {\"text\": \"" + "x".repeat(200) + "\"}, {\"text\": \"five\"}]";
      List<InputRecord> rs = records(utf8(json), "a.json", InputOptions.DEFAULT.withMaxDocumentBytes(100));
      assertThat(rs).hasSize(5);
      assertThat(doc(rs.get(0)).content()).isEqualTo("one");
      assertThat(reject(rs.get(1)).reason()).isEqualTo("not a JSON object");
      assertThat(reject(rs.get(2)).number()).isEqualTo(3);
      assertThat(reject(rs.get(2)).reason()).startsWith("invalid JSON");
      assertThat(reject(rs.get(3)).reason()).isEqualTo("record of 212 bytes (starting on line 1) exceeds the maximum document size of 100 bytes");
      assertThat(doc(rs.get(4)).content()).isEqualTo("five");
    }

    @Test
    void anArrayCutShortKeepsTheWholeRecordsAndSaysWhereItEnds() throws IOException {
      String json = "[\n{\"text\": \"one\"},\n{\"text\": \"two\"},\n{\"text\": \"thr";
      List<InputRecord> rs = records(utf8(json), "cut.json");
      assertThat(rs).hasSize(3);
      assertThat(doc(rs.get(1)).content()).isEqualTo("two");
      assertThat(reject(rs.get(2)).reason())
          .isEqualTo("the file ends inside record 3, which starts on line 4 (the file is cut short, or a bracket or quote"
              + " is missing); the rest of the file was not read");
      // Cut right after a whole record: every record is read, and the open array is told.
      List<InputRecord> cut = records(utf8("[\n{\"text\": \"one\"},\n{\"text\": \"two\"},\n"), "cut2.json");
      assertThat(cut).hasSize(3);
      assertThat(reject(cut.get(2)).reason()).startsWith("the file ends before its JSON array closes");
      assertThat(records(utf8("[\n{\"text\": \"one\"}\n]\n"), "whole.json")).hasSize(1);
      assertThat(records(utf8("[]"), "empty.json")).isEmpty();
    }

    @Test
    void newsApiPagesAreReadThroughTheirRecordsField() throws IOException {
      // Two pages of a news API's answers saved one per line, then a rate-limit error page.
      String pages = """
          {"status":"ok","totalResults":3,"articles":[{"source":{"id":"bbc-news","name":"BBC News"},"author":"BBC News","title":"Talks resume","description":"Diplomats met again.","url":"https://www.bbc.co.uk/news/1","publishedAt":"2026-11-20T10:00:00Z","content":"Diplomats met in Geneva. \u2026 [+2104 chars]"},{"source":{"name":"Reuters"},"title":"Markets rally","url":"https://www.reuters.com/2","content":"Stocks rose."}]}
          {"status":"ok","totalResults":3,"articles":[{"title":"Third","content":"A third story."}, 7]}
          {"status":"error","code":"rateLimited","message":"You have made too many requests."}
          """;
      InputOptions opts = InputOptions.DEFAULT.withRecordsField("articles");
      List<InputRecord> rs = records(utf8(pages), "newsapi.json", opts);
      assertThat(rs).hasSize(5);
      RawDocument first = doc(rs.get(0));
      assertThat(first.source()).isEqualTo("newsapi.json#1");
      assertThat(first.url()).isEqualTo("https://www.bbc.co.uk/news/1");
      assertThat(first.content()).isEqualTo("Diplomats met in Geneva. \u2026 [+2104 chars]");
      assertThat(first.metadata())
          .containsEntry("title", "Talks resume")
          .containsEntry("subtitle", "Diplomats met again.")
          .containsEntry("publisher", "BBC News")
          .containsEntry("authors", "BBC News")
          .containsEntry("published", "2026-11-20T10:00:00Z");
      assertThat(doc(rs.get(1)).metadata()).containsEntry("publisher", "Reuters");
      assertThat(doc(rs.get(2)).content()).isEqualTo("A third story.");
      assertThat(reject(rs.get(3)).reason()).isEqualTo("not a JSON object");
      assertThat(reject(rs.get(4)).reason())
          .isEqualTo("the object on line 3 has no field 'articles' (it has status, code, message)");
      // Without the option, each page is one record, and the reject says what to do.
      assertThat(reject(records(utf8(pages), "newsapi.json").get(0)).reason()).contains("--records-field");
    }

    @Test
    void wordPressRestApiPostsMapByDefault() throws IOException {
      // GET /wp-json/wp/v2/posts: the page and its title and excerpt are HTML inside "rendered".
      String posts = """
          [{"id":4821,"date":"2021-11-19T12:38:00","link":"https:\\/\\/example.com\\/2021\\/11\\/19\\/senate\\/",
            "title":{"rendered":"Senate passes bill &#8211; Biden&#8217;s plan advances"},
            "content":{"rendered":"\\n<p>The Senate on Friday passed the bill.<\\/p>\\n","protected":false},
            "excerpt":{"rendered":"<p>The Senate on Friday passed the bill &hellip;<\\/p>\\n","protected":false},
            "author":12,"categories":[3]}]
          """;
      RawDocument d = doc(records(utf8(posts), "posts.json").get(0));
      assertThat(d.type()).isEqualTo(ContentType.HTML);
      assertThat(d.content()).isEqualTo("\n<p>The Senate on Friday passed the bill.</p>\n");
      assertThat(d.id()).isEqualTo("4821");
      assertThat(d.url()).isEqualTo("https://example.com/2021/11/19/senate/");
      assertThat(d.metadata())
          .containsEntry("title", "Senate passes bill &#8211; Biden&#8217;s plan advances")
          .containsEntry("subtitle", "<p>The Senate on Friday passed the bill &hellip;</p>\n")
          .containsEntry("published", "2021-11-19T12:38:00");
    }

    @Test
    void newsCrawlerAndDatasetExportsMapByDefault() throws IOException {
      // news-please (maintext, date_publish), newspaper (publish_date), the CNN/Daily Mail dataset
      // (article), schema.org (articleBody, datePublished), "All the News" (publication).
      String lines = """
          {"maintext":"One.","date_publish":"2021-11-19 13:39:00","title":"T1","source_domain":"example.com"}
          {"text":"Two.","publish_date":"Nov 19, 2021","sitename":"The Courier"}
          {"article":"Three.","highlights":"h","id":"cnn-3"}
          {"articleBody":"Four.","datePublished":"2021-11-19","headline":"T4"}
          {"content":"Five.","publication":"Breitbart","pubDate":"Fri, 19 Nov 2021 17:38:00 GMT"}
          """;
      List<InputRecord> rs = records(utf8(lines), "exports.jsonl");
      assertThat(rs).extracting(r -> doc(r).content()).containsExactly("One.", "Two.", "Three.", "Four.", "Five.");
      assertThat(doc(rs.get(0)).metadata()).containsEntry("published", "2021-11-19 13:39:00").containsEntry("title", "T1");
      assertThat(doc(rs.get(1)).metadata()).containsEntry("published", "Nov 19, 2021").containsEntry("publisher", "The Courier");
      assertThat(doc(rs.get(2)).id()).isEqualTo("cnn-3");
      assertThat(doc(rs.get(3)).metadata()).containsEntry("published", "2021-11-19").containsEntry("title", "T4");
      assertThat(doc(rs.get(4)).metadata()).containsEntry("publisher", "Breitbart")
          .containsEntry("published", "Fri, 19 Nov 2021 17:38:00 GMT");
    }

    @Test
    void aDottedRecordsFieldInAPrettyPrintedArrayOfAnswers() throws IOException {
      String answers = "[\n  {\"response\": {\"meta\": {\"hits\": 2},\n    \"docs\": [\n      {\"body\": \"One.\"},\n      {\"body\": \"" + "x".repeat(300) + "\"}\n    ]}},\n"
          + "  {\"response\": {\"docs\": \"none\"}},\n  {\"response\": {\"docs\": [{\"body\": \"Three.\"}]}}\n]\n";
      InputOptions opts = InputOptions.DEFAULT.withRecordsField("response.docs").withMaxDocumentBytes(200);
      List<InputRecord> rs = records(utf8(answers), "answers.json", opts);
      assertThat(rs).hasSize(4);
      assertThat(doc(rs.get(0)).content()).isEqualTo("One.");
      assertThat(reject(rs.get(1)).reason()).isEqualTo("record (starting on line 5) exceeds the maximum document size of 200 bytes");
      assertThat(reject(rs.get(2)).reason()).isEqualTo("the object on line 7 has 'response.docs' but it is not an array (it has response)");
      assertThat(doc(rs.get(3)).content()).isEqualTo("Three.");
      // Cut short inside the array: the records before stay, and the reject says the rest was not read.
      List<InputRecord> cut = records(utf8(answers.substring(0, answers.indexOf("xxxx"))), "cut.json", opts);
      assertThat(doc(cut.get(0)).content()).isEqualTo("One.");
      assertThat(reject(cut.get(cut.size() - 1)).reason()).contains("the rest of the file was not read");
      assertThatThrownBy(() -> InputOptions.DEFAULT.withRecordsField("a..b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneObjectPerLineStaysLineByLineEvenWhenTheFirstLineIsLong() throws IOException {
      String longText = "word ".repeat(5000); // longer than the 8 KB the format is told from
      String jsonl = "{\"text\": \"" + longText + "\"}\n{\"text\": \"two\"}\nnot json\n{\"text\": \"four\"}\n";
      List<InputRecord> rs = records(utf8(jsonl), "d.json");
      assertThat(rs).hasSize(4);
      assertThat(reject(rs.get(2)).number()).as("numbered by line").isEqualTo(3);
      assertThat(doc(rs.get(3)).source()).isEqualTo("d.json#4");
    }
  }

  @Nested
  class Csv {
    @Test
    void quotedNewlinesQuotesAndCaseInsensitiveHeaders() throws IOException {
      String csv = "ID,Title,Text,URL\r\n"
          + "n1,\"Blinken, again\",\"First paragraph.\r\n\r\nSecond \"\"quoted\"\" paragraph.\",https://a.example/1\r\n"
          + "n2,Plain,One line only,\r\n";
      List<InputRecord> rs = records(utf8(csv), "export.csv");
      assertThat(rs).hasSize(2);
      RawDocument a = doc(rs.get(0));
      assertThat(a.source()).isEqualTo("export.csv#1");
      assertThat(a.id()).isEqualTo("n1");
      assertThat(a.metadata()).containsEntry("title", "Blinken, again");
      // OpenCSV joins the physical lines of a quoted field with \n.
      assertThat(a.content()).isEqualTo("First paragraph.\n\nSecond \"quoted\" paragraph.");
      assertThat(a.url()).isEqualTo("https://a.example/1");
      RawDocument b = doc(rs.get(1));
      assertThat(b.source()).isEqualTo("export.csv#2");
      assertThat(b.url()).as("an empty cell is absent").isNull();
    }

    @Test
    void semicolonAndTabSeparatedFilesAreToldFromTheirHeader() throws IOException {
      // Excel in a locale whose decimal mark is a comma writes semicolons.
      String semi = "\uFEFFid;title;text\r\n1;\"Prices; again\";\"Inflation rose 2,5 percent; \"\"sharply\"\".\"\r\n2;T2;Plain\r\n";
      List<InputRecord> rs = records(utf8(semi), "export.csv");
      assertThat(rs).hasSize(2);
      assertThat(doc(rs.get(0)).content()).isEqualTo("Inflation rose 2,5 percent; \"sharply\".");
      assertThat(doc(rs.get(0)).metadata()).containsEntry("title", "Prices; again");
      String tsv = "id\ttext\turl\n1\tTabbed, with a comma\thttps://a.example/1\n";
      assertThat(doc(records(utf8(tsv), "export.tsv").get(0)).content()).isEqualTo("Tabbed, with a comma");
      assertThat(doc(records(utf8(tsv), "noext").get(0)).url()).as("sniffed").isEqualTo("https://a.example/1");
      // Excel's separator hint line names the separator and is not the header.
      String hinted = "sep=;\ntext;note\nHinted, with commas, many;n\n";
      assertThat(records(utf8(hinted), "hint.csv")).singleElement()
          .satisfies(r -> assertThat(doc(r).content()).isEqualTo("Hinted, with commas, many"));
      assertThat(doc(records(utf8(hinted), "noext").get(0)).content()).isEqualTo("Hinted, with commas, many");
      // A header whose only separators are commas stays comma-separated, whatever its cells hold.
      String comma = "text,note\n\"a; b; c\",x\n";
      assertThat(doc(records(utf8(comma), "c.csv").get(0)).content()).isEqualTo("a; b; c");
    }

    @Test
    void aRowWithTheWrongFieldCountIsRejectedAndTheRestRead() throws IOException {
      String csv = "id,text\n1,good\n2,bad,extra\n3,\"also good\"\n";
      List<InputRecord> rs = records(utf8(csv), "e.csv");
      assertThat(doc(rs.get(0)).content()).isEqualTo("good");
      assertThat(reject(rs.get(1)).reason()).isEqualTo("has 3 fields, the header has 2");
      assertThat(reject(rs.get(1)).number()).isEqualTo(2);
      assertThat(doc(rs.get(2)).content()).isEqualTo("also good");
    }

    @Test
    void noTextColumnIsOneRejectForTheFile() throws IOException {
      List<InputRecord> rs = records(utf8("id,headline\n1,a\n2,b\n"), "e.csv");
      assertThat(rs).singleElement().satisfies(r -> {
        assertThat(reject(r).number()).isZero();
        assertThat(reject(r).reason()).contains("no text column").contains("[id, headline]");
      });
    }

    @Test
    void anUnbalancedQuoteStopsAtTheCapInsteadOfSwallowingMemory() throws IOException {
      String csv = "id,text\n1,fine\n2,\"never closed\n" + "more text\n".repeat(10_000);
      List<InputRecord> rs = records(utf8(csv), "e.csv", InputOptions.DEFAULT.withMaxDocumentBytes(30_000));
      assertThat(doc(rs.get(0)).content()).isEqualTo("fine");
      assertThat(rs).hasSize(2);
      assertThat(reject(rs.get(1)).reason()).contains("the rest of the file was not read");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarning() throws IOException {
      byte[] csv = Fixtures.concat(utf8("id,text\n1,"), "d\u00e9j\u00e0 vu \u20ac".getBytes(TextDecodingCharset.CP1252), utf8("\n"));
      List<InputRecord> rs = records(csv, "e.csv");
      assertThat(doc(rs.get(0)).content()).isEqualTo("d\u00e9j\u00e0 vu \u20ac");
      assertThat(((InputRecord.Document) rs.get(0)).warnings()).singleElement().asString().contains("e.csv").contains("Windows-1252");
    }
  }

  /** Windows-1252, named once for the tests. */
  static final class TextDecodingCharset {
    static final java.nio.charset.Charset CP1252 = java.nio.charset.Charset.forName("windows-1252");
  }

  @Nested
  class Warc {
    @ParameterizedTest
    @ValueSource(strings = {"NONE", "GZIP"})
    void htmlResponsesAreDocumentsAndOtherRecordsAreSkipped(String compression) throws IOException {
      byte[] warc = Fixtures.warc(WarcCompression.valueOf(compression),
          Fixtures.html("One", "First page."), Fixtures.html("Two", "Second page."));
      List<InputRecord> rs = records(warc, compression.equals("GZIP") ? "crawl.warc.gz" : "crawl.warc");
      List<RawDocument> docs = rs.stream().filter(r -> r instanceof InputRecord.Document).map(InputFormatsTest::doc).toList();
      assertThat(docs).hasSize(2);
      assertThat(docs.get(0).type()).isEqualTo(ContentType.HTML);
      assertThat(docs.get(0).url()).isEqualTo("https://example.org/news/1");
      assertThat(docs.get(0).content()).contains("<p>First page.</p>");
      assertThat(docs.get(0).id()).startsWith("urn:uuid:");
      assertThat(docs.get(1).source()).endsWith("#5"); // request, response, image, request, response
      assertThat(rs).filteredOn(r -> r instanceof InputRecord.Skipped).hasSize(2)
          .allSatisfy(r -> assertThat(((InputRecord.Skipped) r).reason()).contains("image/png"));
      assertThat(rs).noneMatch(r -> r instanceof InputRecord.Reject);
    }

    @Test
    void commonCrawlWetConversionsArePlainTextDocumentsWithTheirLanguage() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), WarcCompression.GZIP)) {
        w.write(new org.netpreserve.jwarc.Warcinfo.Builder()
            .fields(Map.of("software", List.of("Apache Nutch"), "isPartOf", List.of("CC-MAIN-2026-47"))).build());
        String[][] pages = {
          {"https://example.org/news/1", "eng,fra", "Talks resume in Geneva\nDiplomats met on Friday, officials said."},
          {"https://example.de/2", "deu", "Gespr\u00e4che in Genf\nDiplomaten trafen sich am Freitag."},
          {"https://example.org/3", "xyz", "A page in a language without a two-letter code."},
        };
        for (String[] p : pages) {
          w.write(new org.netpreserve.jwarc.WarcConversion.Builder().addHeader("WARC-Target-URI", p[0])
              .addHeader("WARC-Identified-Content-Language", p[1])
              .body(MediaType.parse("text/plain"), utf8(p[2]))
              .build());
        }
      }
      List<InputRecord> rs = records(bytes.toByteArray(), "CC-MAIN-20261120-00000.warc.wet.gz");
      // The warcinfo record holds no document and is passed over unlisted, as requests are.
      RawDocument first = doc(rs.get(0));
      assertThat(first.type()).isEqualTo(ContentType.TEXT);
      assertThat(first.url()).isEqualTo("https://example.org/news/1");
      assertThat(first.content()).isEqualTo("Talks resume in Geneva\nDiplomats met on Friday, officials said.");
      assertThat(first.metadata()).containsEntry("language", "en");
      assertThat(first.id()).startsWith("urn:uuid:");
      assertThat(first.source()).isEqualTo("CC-MAIN-20261120-00000.warc.wet.gz#2");
      assertThat(doc(rs.get(1)).metadata()).containsEntry("language", "de");
      assertThat(doc(rs.get(2)).metadata()).containsEntry("language", "xyz");
      assertThat(rs).hasSize(3);
      assertThat(io.corpus.ingest.internal.Opener.isInputName("CC-MAIN-20261120-00000.warc.wet.gz")).isTrue();
    }

    @Test
    void redirectsAndErrorPagesAreSkippedWithTheirStatus() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), WarcCompression.NONE)) {
        int[] statuses = {301, 200, 404, 503};
        for (int status : statuses) {
          w.write(new WarcResponse.Builder(URI.create("https://example.org/" + status))
              .body(new HttpResponse.Builder(status, "Whatever")
                  .body(MediaType.parse("text/html"), utf8(Fixtures.html("Status " + status, "Page body " + status + ".")))
                  .build())
              .build());
        }
      }
      List<InputRecord> rs = records(bytes.toByteArray(), "crawl.warc");
      assertThat(rs).hasSize(4);
      assertThat(doc(rs.get(1)).url()).isEqualTo("https://example.org/200");
      assertThat(rs.get(0)).isEqualTo(new InputRecord.Skipped("crawl.warc", 1, "HTTP status 301, not a page's content"));
      assertThat(rs.get(2)).isEqualTo(new InputRecord.Skipped("crawl.warc", 3, "HTTP status 404, not a page's content"));
      assertThat(rs.get(3)).isInstanceOf(InputRecord.Skipped.class);
    }

    @Test
    void aGzipEncodedPageIsDecodedAndOneThatInflatesPastTheCapIsRejectedNotCut() throws IOException {
      String page = Fixtures.html("Zipped", "Compressed on the wire. " + "Filler sentence here. ".repeat(400));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), WarcCompression.NONE)) {
        w.write(new WarcResponse.Builder(URI.create("https://example.org/z"))
            .body(new HttpResponse.Builder(200, "OK")
                .addHeader("Content-Encoding", "gzip")
                .body(MediaType.parse("text/html; charset=utf-8"), Fixtures.gzip(utf8(page)))
                .build())
            .build());
      }
      byte[] warc = bytes.toByteArray();
      assertThat(doc(records(warc, "z.warc").get(0)).content()).isEqualTo(page);
      // The record is well under the cap; its page, inflated, is not.
      assertThat(warc.length).isLessThan(2000);
      InputRecord big = records(warc, "z.warc", InputOptions.DEFAULT.withMaxDocumentBytes(4000)).get(0);
      assertThat(reject(big).reason()).contains("once decoded, is larger than the maximum document size of 4000 bytes");
    }

    @Test
    void aBinaryBodyLabelledHtmlIsRejectedAsBinary() throws IOException {
      byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
      List<InputRecord> rs = records(Fixtures.warcResource(new String(png, StandardCharsets.ISO_8859_1)), "mislabelled.warc");
      assertThat(reject(rs.get(0)).reason()).isEqualTo("labelled text/html but looks binary, not text: a NUL char at char 8");
    }

    @Test
    void htmlResourceRecordsAreDocuments() throws IOException {
      List<InputRecord> rs = records(Fixtures.warcResource(Fixtures.html("R", "Resource body.")), "r.warc");
      assertThat(doc(rs.get(0)).content()).contains("Resource body.");
    }

    @Test
    void anInvalidRecordInTheMiddleIsRejectedAndReadingResumes() throws IOException {
      byte[] good1 = Fixtures.warc(WarcCompression.NONE, Fixtures.html("One", "Before the damage."));
      byte[] bad = utf8("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>lost</p>\r\n\r\n");
      byte[] good2 = Fixtures.warc(WarcCompression.NONE, Fixtures.html("Two", "After the damage."));
      List<InputRecord> rs = records(Fixtures.concat(good1, bad, good2), "c.warc");
      List<String> texts = rs.stream().filter(r -> r instanceof InputRecord.Document).map(r -> doc(r).content()).toList();
      assertThat(texts).hasSize(2);
      assertThat(texts.get(0)).contains("Before the damage.");
      assertThat(texts.get(1)).contains("After the damage.");
      assertThat(rs).filteredOn(r -> r instanceof InputRecord.Reject).singleElement()
          .satisfies(r -> assertThat(reject(r).reason()).contains("Content-Length is \"twelve\"").contains("skipped to the next record"));
    }

    @Test
    void garbageBetweenGzipMembersIsRejectedAndReadingResumes() throws IOException {
      byte[] good1 = Fixtures.warc(WarcCompression.GZIP, Fixtures.html("One", "Before."));
      byte[] bad = Fixtures.gzip(utf8("this is not a WARC record at all\r\n\r\n"));
      byte[] good2 = Fixtures.warc(WarcCompression.GZIP, Fixtures.html("Two", "After."));
      List<InputRecord> rs = records(Fixtures.concat(good1, bad, good2), "c.warc.gz");
      assertThat(rs).filteredOn(r -> r instanceof InputRecord.Document).hasSize(2);
      assertThat(rs).filteredOn(r -> r instanceof InputRecord.Reject).singleElement()
          .satisfies(r -> assertThat(reject(r).reason()).startsWith("not a WARC record"));
    }

    @Test
    void aTruncatedWarcGzKeepsWhatCameBeforeAndSaysWhereItStopped() throws IOException {
      byte[] whole = Fixtures.warc(WarcCompression.GZIP, Fixtures.html("One", "Kept."), Fixtures.html("Two", "Lost."));
      byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 60);
      List<InputRecord> rs = records(cut, "c.warc.gz");
      assertThat(rs.stream().filter(r -> r instanceof InputRecord.Document).map(r -> doc(r).content()).toList())
          .anySatisfy(t -> assertThat(t).contains("Kept."));
      assertThat(rs.get(rs.size() - 1)).isInstanceOf(InputRecord.Reject.class);
      assertThat(reject(rs.get(rs.size() - 1)).reason()).contains("ends early").contains("rest of the file was not read");
    }
  }

  @Nested
  class Compression {
    @ParameterizedTest
    @ValueSource(strings = {"gzip", "bzip2", "zstd", "xz"})
    void detectedFromTheContentWhateverTheName(String kind) throws IOException {
      UnaryOperator<byte[]> c = switch (kind) {
        case "gzip" -> Fixtures::gzip;
        case "bzip2" -> Fixtures::bzip2;
        case "zstd" -> Fixtures::zstd;
        default -> Fixtures::xz;
      };
      String ext = switch (kind) {
        case "gzip" -> ".gz";
        case "bzip2" -> ".bz2";
        case "zstd" -> ".zst";
        default -> ".xz";
      };
      byte[] jsonl = utf8("{\"text\":\"one\"}\n{\"text\":\"two\"}\n");
      assertThat(records(c.apply(jsonl), "dump.jsonl" + ext)).hasSize(2).allMatch(r -> r instanceof InputRecord.Document);
      // Misnamed: no compression extension at all; the magic bytes decide.
      assertThat(records(c.apply(jsonl), "dump.jsonl")).hasSize(2).allMatch(r -> r instanceof InputRecord.Document);
      assertThat(records(c.apply(utf8(NEWS)), "story.txt" + ext))
          .singleElement().satisfies(r -> assertThat(doc(r).content()).isEqualTo(NEWS));
      assertThat(records(c.apply(utf8("id,text\n1,hello\n")), "e.csv" + ext)).singleElement()
          .satisfies(r -> assertThat(doc(r).content()).isEqualTo("hello"));
    }

    @Test
    void aTruncatedGzipKeepsTheRecordsBeforeTheCut() throws IOException {
      StringBuilder sb = new StringBuilder();
      for (int i = 1; i <= 2000; i++) {
        sb.append("{\"id\":\"r").append(i).append("\",\"text\":\"record number ").append(i).append(" of a long dump\"}\n");
      }
      byte[] gz = Fixtures.gzip(utf8(sb.toString()));
      byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
      List<InputRecord> rs = records(cut, "dump.jsonl.gz");
      long docs = rs.stream().filter(r -> r instanceof InputRecord.Document).count();
      assertThat(docs).isBetween(100L, 1999L);
      InputRecord last = rs.get(rs.size() - 1);
      assertThat(reject(last).reason()).contains("ends early").contains("the rest of the file was not read");
      assertThat(rs).filteredOn(r -> r instanceof InputRecord.Reject).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bz2", "zst"})
    void aTruncatedBzip2OrZstdFileKeepsTheRecordsBeforeTheCutAndSaysItEndsEarly(String ext) throws IOException {
      StringBuilder sb = new StringBuilder();
      for (int i = 1; i <= 40_000; i++) { // 2.4 MB: bzip2 blocks are 900 KB, and only whole blocks decode
        sb.append("{\"id\":\"r").append(i).append("\",\"text\":\"record number ").append(i).append(" of a long dump\"}\n");
      }
      byte[] packed = ext.equals("bz2") ? Fixtures.bzip2(utf8(sb.toString())) : Fixtures.zstd(utf8(sb.toString()));
      List<InputRecord> rs = records(java.util.Arrays.copyOf(packed, packed.length * 3 / 4), "dump.jsonl." + ext);
      long docs = rs.stream().filter(r -> r instanceof InputRecord.Document).count();
      assertThat(docs).isBetween(1000L, 39_999L);
      assertThat(reject(rs.get(rs.size() - 1)).reason())
          .startsWith("the file ends early (truncated or corrupt compressed data: ")
          .endsWith("the rest of the file was not read");
      assertThat(rs).filteredOn(r -> r instanceof InputRecord.Reject).hasSize(1);
    }

    @Test
    void aBzip2FileCutInsideItsFirstBlockSaysNothingCouldBeRead() throws IOException {
      byte[] packed = Fixtures.bzip2(utf8("{\"text\":\"one\"}\n".repeat(1000)));
      InputRecord only = records(java.util.Arrays.copyOf(packed, packed.length / 2), "d.jsonl.bz2").get(0);
      assertThat(reject(only).reason())
          .startsWith("the file ends before its first bzip2 block is whole (truncated or corrupt: ")
          .endsWith("nothing could be read");
    }
  }

  @Nested
  class Archives {
    final byte[] dump = utf8("{\"id\":\"d1\",\"text\":\"first line\"}\n{\"id\":\"d2\",\"text\":\"second line\"}\n");

    /** A scraped site as tar packs it: folders, pages, a compressed dump, an image, hidden files. */
    Map<String, byte[]> site() {
      Map<String, byte[]> m = new LinkedHashMap<>();
      m.put("./site/", null);
      m.put("./site/news/", null);
      m.put("./site/news/blinken.html", utf8(Fixtures.html("Blinken", NEWS)));
      m.put("./site/news/.blinken.html.swp", utf8("editor swap file"));
      m.put("./site/dumps/part-0.jsonl.gz", Fixtures.gzip(dump));
      m.put("./site/img/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
      m.put("__MACOSX/site/._blinken.html", new byte[] {0, 5, 22, 7, 0, 2});
      m.put("./site/transcript.txt", utf8(TRANSCRIPT));
      return m;
    }

    void assertSiteRead(List<InputRecord> rs, String archive) {
      assertThat(rs).hasSize(5);
      RawDocument page = doc(rs.get(0));
      assertThat(page.source()).isEqualTo(archive + "/site/news/blinken.html");
      assertThat(page.type()).isEqualTo(ContentType.HTML);
      assertThat(doc(rs.get(1)).source()).isEqualTo(archive + "/site/dumps/part-0.jsonl.gz#1");
      assertThat(doc(rs.get(1)).id()).isEqualTo("d1");
      assertThat(doc(rs.get(2)).content()).isEqualTo("second line");
      assertThat(rs.get(3)).isEqualTo(new InputRecord.Skipped(archive + "/site/img/logo.png", 0,
          io.corpus.ingest.internal.Opener.NOT_AN_INPUT));
      assertThat(doc(rs.get(4)).content()).isEqualTo(TRANSCRIPT);
      assertThat(doc(rs.get(4)).source()).isEqualTo(archive + "/site/transcript.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".gz", ".bz2", ".zst", ".xz"})
    void aTarOfPagesAndDumpsIsReadLikeAFolderInStoredOrder(String ext) throws IOException {
      byte[] tar = Fixtures.tar(site());
      byte[] packed = switch (ext) {
        case ".gz" -> Fixtures.gzip(tar);
        case ".bz2" -> Fixtures.bzip2(tar);
        case ".zst" -> Fixtures.zstd(tar);
        case ".xz" -> Fixtures.xz(tar);
        default -> tar;
      };
      assertSiteRead(records(packed, "site.tar" + ext), "site.tar" + ext);
      // Found from the content, whatever the name says.
      assertSiteRead(records(packed, "download"), "download");
    }

    @Test
    void aZipIsReadLikeAFolderWithStoredAndDeflatedEntries() throws IOException {
      Map<String, byte[]> m = site();
      m.remove("./site/");
      m.remove("./site/news/");
      byte[] page = m.remove("./site/news/blinken.html");
      Map<String, byte[]> entries = new LinkedHashMap<>();
      entries.put("site/news/blinken.html.stored", page);
      m.forEach((k, v) -> entries.put(k.replace("./", ""), v));
      assertSiteRead(records(Fixtures.zip(entries), "site.zip"), "site.zip");
    }

    @Test
    void archivesInsideArchivesAreReadUpToFourDeep() throws IOException {
      byte[] inner = Fixtures.gzip(Fixtures.tar(Map.of("a.txt", utf8(NEWS))));
      byte[] two = Fixtures.zip(Map.of("inner.tar.gz", inner));
      List<InputRecord> rs = records(two, "outer.zip");
      assertThat(doc(rs.get(0)).source()).isEqualTo("outer.zip/inner.tar.gz/a.txt");
      assertThat(doc(rs.get(0)).content()).isEqualTo(NEWS);

      byte[] nested = inner;
      for (int depth = 1; depth <= 4; depth++) {
        nested = Fixtures.zip(Map.of("level" + depth + ".zip", nested));
      }
      InputRecord deepest = records(nested, "top.zip").get(0);
      assertThat(reject(deepest).source()).isEqualTo("top.zip/level4.zip/level3.zip/level2.zip/level1.zip");
      assertThat(reject(deepest).reason()).contains("inside 4 other archives").contains("extract it first");
    }

    @Test
    void aLinkInATarIsSkippedNotReadAsItsTarget() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
        TarArchiveEntry link = new TarArchiveEntry("pages/latest.html", TarConstants.LF_SYMLINK);
        link.setLinkName("2021/blinken.html");
        tar.putArchiveEntry(link);
        tar.closeArchiveEntry();
        TarArchiveEntry file = new TarArchiveEntry("pages/2021/blinken.html");
        byte[] page = utf8(Fixtures.html("Blinken", NEWS));
        file.setSize(page.length);
        tar.putArchiveEntry(file);
        tar.write(page);
        tar.closeArchiveEntry();
      }
      List<InputRecord> rs = records(bytes.toByteArray(), "pages.tar");
      assertThat(rs.get(0)).isEqualTo(
          new InputRecord.Skipped("pages.tar/pages/latest.html", 0, "a link or special file in the archive, not a file"));
      assertThat(doc(rs.get(1)).source()).isEqualTo("pages.tar/pages/2021/blinken.html");
      assertThat(rs).hasSize(2);
    }

    @Test
    void anEncryptedZipEntryIsRejectedByNameAndTheNextEntryIsRead() throws IOException {
      Map<String, byte[]> entries = new LinkedHashMap<>();
      entries.put("secret.txt.stored", utf8("locked text"));
      entries.put("open.txt.stored", utf8(NEWS));
      byte[] zip = Fixtures.zip(entries);
      // Sets the "encrypted" flag of the first entry, in its local header and its central directory record.
      zip[6] |= 1;
      for (int i = zip.length - 22; i >= 0; i--) {
        if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
          int nameLength = (zip[i + 28] & 0xFF) | (zip[i + 29] & 0xFF) << 8;
          if (new String(zip, i + 46, nameLength, StandardCharsets.UTF_8).equals("secret.txt")) {
            zip[i + 8] |= 1;
          }
        }
      }
      List<InputRecord> rs = records(zip, "mixed.zip");
      assertThat(reject(rs.get(0)).source()).isEqualTo("mixed.zip/secret.txt");
      assertThat(reject(rs.get(0)).reason()).contains("cannot be read from the archive").contains("encrypted");
      assertThat(doc(rs.get(1)).content()).isEqualTo(NEWS);
      assertThat(rs).hasSize(2);
    }

    @Test
    void aTruncatedTarGzKeepsTheFilesBeforeTheCutAndSaysWhereItStopped() throws IOException {
      Map<String, byte[]> m = new LinkedHashMap<>();
      java.util.Random random = new java.util.Random(7);
      for (int i = 1; i <= 40; i++) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 3000; w++) { // words the compressor cannot fold away
          sb.append(Integer.toString(random.nextInt(1 << 20), 36)).append(' ');
        }
        m.put("pages/p" + (100 + i) + ".txt", utf8(sb.toString()));
      }
      byte[] gz = Fixtures.gzip(Fixtures.tar(m));
      List<InputRecord> rs = records(java.util.Arrays.copyOf(gz, gz.length / 2), "pages.tar.gz");
      long docs = rs.stream().filter(r -> r instanceof InputRecord.Document).count();
      assertThat(docs).isBetween(5L, 39L);
      assertThat(rs.get(rs.size() - 1)).isInstanceOf(InputRecord.Reject.class);
      assertThat(reject(rs.get(rs.size() - 1)).reason()).contains("ends early").endsWith("the rest of the file was not read");
      assertThat(rs).filteredOn(r -> r instanceof InputRecord.Document)
          .allSatisfy(r -> assertThat(doc(r).content()).hasSizeGreaterThan(10_000));
    }

    @Test
    void sevenZipAndRarArchivesAreRejectedWithWhatToDo() throws IOException {
      SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
      try (SevenZOutputFile sevenZ = new SevenZOutputFile(channel)) {
        SevenZArchiveEntry e = sevenZ.createArchiveEntry(new java.io.File("a.txt"), "a.txt");
        sevenZ.putArchiveEntry(e);
        sevenZ.write(utf8(NEWS));
        sevenZ.closeArchiveEntry();
      }
      byte[] sevenZipBytes = java.util.Arrays.copyOf(channel.array(), (int) channel.size());
      assertThat(reject(records(sevenZipBytes, "pages.7z").get(0)).reason())
          .startsWith("a 7z archive").contains("extract it first");
      byte[] rar = Fixtures.concat(utf8("Rar!\u001a\u0007\u0001\u0000"), new byte[64]);
      assertThat(reject(records(rar, "pages.rar").get(0)).reason()).startsWith("a RAR archive").contains("extract it first");
    }
  }

  @Nested
  class Feeds {
    final String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a news site's feed -->
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>World news</title>
            <item>
              <title>Talks resume in Geneva &amp; Vienna</title>
              <link>https://news.example/geneva</link>
              <guid isPermaLink="false">news-1</guid>
              <dc:creator>Jane Roe</dc:creator>
              <dc:creator>John Doe</dc:creator>
              <pubDate>Tue, 24 Nov 2026 14:05:00 +0000</pubDate>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<p>Diplomats met in Geneva on Tuesday.</p><p>They meet again in May.</p>]]></content:encoded>
            </item>
            <item>
              <title>Summary only</title>
              <link>https://news.example/summary</link>
              <pubDate>Wed, 25 Nov 2026 09:00:00 EST</pubDate>
              <description>&lt;p&gt;Only the escaped summary of the story.&lt;/p&gt;</description>
            </item>
            <item><title>Nothing in it</title><link>https://news.example/empty</link></item>
          </channel>
        </rss>
        """;

    @ParameterizedTest
    @ValueSource(strings = {"world.rss", "world.xml", "feed"})
    void rssItemsAreHtmlDocumentsWithTheirMetadata(String name) throws IOException {
      List<InputRecord> rs = records(utf8(rss), name);
      assertThat(rs).hasSize(3);
      RawDocument first = doc(rs.get(0));
      assertThat(first.source()).isEqualTo(name + "#1");
      assertThat(first.type()).isEqualTo(ContentType.HTML);
      assertThat(first.content()).isEqualTo("<p>Diplomats met in Geneva on Tuesday.</p><p>They meet again in May.</p>");
      assertThat(first.url()).isEqualTo("https://news.example/geneva");
      assertThat(first.id()).isEqualTo("news-1");
      assertThat(first.metadata())
          .containsEntry("title", "Talks resume in Geneva & Vienna")
          .containsEntry("authors", "Jane Roe;John Doe")
          .containsEntry("published", "2026-11-24");
      RawDocument second = doc(rs.get(1));
      assertThat(second.content()).isEqualTo("<p>Only the escaped summary of the story.</p>");
      assertThat(second.metadata()).containsEntry("published", "2026-11-25");
      assertThat(reject(rs.get(2)).reason()).isEqualTo("a feed item without content or summary (\"Nothing in it\")");
    }

    @Test
    void anXmlFileIsReadWhenItIsAFeedAndSkippedWhenItIsNot() throws IOException {
      assertThat(records(utf8(rss), "world.xml")).hasSize(3);
      String sitemap = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://a.example/</loc></url></urlset>";
      assertThat(records(utf8(sitemap), "sitemap.xml")).singleElement()
          .isEqualTo(new InputRecord.Skipped("sitemap.xml", 0, "XML that is not an RSS or Atom feed"));
      assertThat(io.corpus.ingest.internal.Opener.isInputName("feeds.xml.gz")).isTrue();
    }

    @Test
    void atomEntriesWithHtmlOrXhtmlContent() throws IOException {
      String atom = """
          <?xml version="1.0" encoding="utf-8"?>
          <feed xmlns="http://www.w3.org/2005/Atom">
            <title>Agency releases</title>
            <entry>
              <title type="html">Secretary &lt;em&gt;Blinken&lt;/em&gt; travels</title>
              <link rel="alternate" href="https://agency.example/1"/>
              <id>tag:agency.example,2026:1</id>
              <published>2026-11-20T10:00:00-05:00</published>
              <author><name>Office of the Spokesperson</name></author>
              <content type="html">&lt;p&gt;The Secretary will travel to Brussels.&lt;/p&gt;</content>
            </entry>
            <entry>
              <title>Inline</title>
              <link href="https://agency.example/2"/>
              <updated>2026-11-21T08:00:00Z</updated>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline XHTML body.</p></div></content>
            </entry>
          </feed>
          """;
      List<InputRecord> rs = records(utf8(atom), "releases.atom");
      RawDocument first = doc(rs.get(0));
      assertThat(first.content()).isEqualTo("<p>The Secretary will travel to Brussels.</p>");
      assertThat(first.url()).isEqualTo("https://agency.example/1");
      assertThat(first.metadata())
          .containsEntry("title", "Secretary Blinken travels")
          .containsEntry("published", "2026-11-20")
          .containsEntry("authors", "Office of the Spokesperson");
      RawDocument second = doc(rs.get(1));
      assertThat(second.content()).contains("<p>Inline XHTML body.</p>");
      assertThat(second.metadata()).containsEntry("published", "2026-11-21");
    }

    @Test
    void aFeedIsReadInTheEncodingItsXmlDeclarationNames() throws IOException {
      String cyrillic = "<?xml version='1.0' encoding='windows-1251'?>\n<rss><channel><item><title>\u041d\u043e\u0432\u043e\u0441\u0442\u0438</title>"
          + "<description>\u041f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u0432 \u0416\u0435\u043d\u0435\u0432\u0435.</description></item></channel></rss>";
      RawDocument d = doc(records(cyrillic.getBytes(java.nio.charset.Charset.forName("windows-1251")), "ru.rss").get(0));
      assertThat(d.content()).isEqualTo("\u041f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u0432 \u0416\u0435\u043d\u0435\u0432\u0435.");
      assertThat(d.metadata()).containsEntry("title", "\u041d\u043e\u0432\u043e\u0441\u0442\u0438");
      // Undeclared and not UTF-8: read as a text file is, and said on the first document.
      byte[] latin = "<rss><channel><item><description>Caf\u00e9 reopens.</description></item></channel></rss>".getBytes(StandardCharsets.ISO_8859_1);
      InputRecord.Document first = (InputRecord.Document) records(latin, "fr.rss").get(0);
      assertThat(first.document().content()).isEqualTo("Caf\u00e9 reopens.");
      assertThat(first.warnings()).singleElement().asString().startsWith("fr.rss is not valid UTF-8");
    }

    @Test
    void aFeedOfMillionsOfTinyTagsIsRejectedBeforeItIsParsed() throws IOException {
      String bomb = "<rss><channel>" + "<x/>".repeat(1_000_000) + "</channel></rss>";
      assertThat(reject(records(utf8(bomb), "bomb.rss").get(0)).reason())
          .isEqualTo("a feed of more than 100000 tags; real feeds have a few thousand");
    }

    @Test
    void feedDatesInTheFormsFeedsWriteThem() {
      assertThat(io.corpus.ingest.internal.FeedSource.isoDate("Tue, 24 Nov 2026 14:05:00 GMT")).isEqualTo("2026-11-24");
      assertThat(io.corpus.ingest.internal.FeedSource.isoDate("24 Nov 2026 14:05 +0100")).isEqualTo("2026-11-24");
      assertThat(io.corpus.ingest.internal.FeedSource.isoDate("2026-11-24T23:30:00+09:00")).isEqualTo("2026-11-24");
      assertThat(io.corpus.ingest.internal.FeedSource.isoDate("2026-11-24")).isEqualTo("2026-11-24");
      assertThat(io.corpus.ingest.internal.FeedSource.isoDate("yesterday")).isNull();
    }
  }

  @Nested
  class SavedPages {
    /** A page as Chrome's "Save as… Webpage, single file" writes it: quoted-printable HTML, then its image. */
    final String mhtml = String.join("\r\n",
        "From: <Saved by Blink>",
        "Snapshot-Content-Location: https://www.state.gov/secretary-blinken-interview/",
        "Subject: =?utf-8?Q?Secretary_Blinken=E2=80=99s_Interview?=",
        "Date: Sun, 20 Feb 2022 10:00:00 -0000",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        "\ttype=\"text/html\";",
        "\tboundary=\"----MultipartBoundary--abc123----\"",
        "",
        "",
        "------MultipartBoundary--abc123----",
        "Content-Type: text/html",
        "Content-ID: <frame-1@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: https://www.state.gov/secretary-blinken-interview/",
        "",
        "<!DOCTYPE html><html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; charset=",
        "=3DUTF-8\"><title>Interview</title></head><body><article><p>SECRETARY BLINKEN: It=E2=80=99s g=",
        "ood to be with you.</p></article></body></html>",
        "------MultipartBoundary--abc123----",
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        "Content-Location: https://www.state.gov/flag.png",
        "",
        "iVBORw0KGgo=",
        "------MultipartBoundary--abc123------",
        "");

    @ParameterizedTest
    @ValueSource(strings = {"interview.mhtml", "interview.mht", "interview"})
    void aPageSavedAsMhtmlIsItsHtmlPart(String name) throws IOException {
      RawDocument d = doc(records(utf8(mhtml), name).get(0));
      assertThat(d.type()).isEqualTo(ContentType.HTML);
      assertThat(d.url()).isEqualTo("https://www.state.gov/secretary-blinken-interview/");
      assertThat(d.metadata()).containsEntry("title", "Secretary Blinken\u2019s Interview");
      assertThat(d.content()).contains("<p>SECRETARY BLINKEN: It\u2019s good to be with you.</p>").doesNotContain("=3D");
    }

    @Test
    void anMhtmlFileWithoutAnHtmlPartIsRejected() throws IOException {
      String noHtml = mhtml.replace("Content-Type: text/html\r\n", "Content-Type: text/css\r\n");
      assertThat(reject(records(utf8(noHtml), "x.mhtml").get(0)).reason()).isEqualTo("an MHTML file without an HTML part");
    }
  }

  @Nested
  class WholeFiles {
    @Test
    void sniffsFormatsWhenTheNameSaysNothing() throws IOException {
      assertThat(doc(records(utf8("{\"text\":\"j\"}\n"), "noext").get(0)).content()).isEqualTo("j");
      assertThat(doc(records(utf8("<!DOCTYPE html><p>x</p>"), "page").get(0)).type()).isEqualTo(ContentType.HTML);
      assertThat(doc(records(utf8("url,text\nu,body\n"), "export").get(0)).content()).isEqualTo("body");
      assertThat(doc(records(utf8(NEWS), "-").get(0)).type()).isEqualTo(ContentType.TEXT);
    }

    @Test
    void emptyAndBlankFilesAreRejectedByName() throws IOException {
      assertThat(reject(records(new byte[0], "a/empty.txt").get(0)).toString()).isEqualTo("a/empty.txt: empty file");
      assertThat(reject(records(utf8(" \n\t\n"), "blank.txt").get(0)).reason()).contains("only white space");
      assertThat(reject(records(Fixtures.gzip(new byte[0]), "e.jsonl.gz").get(0)).reason()).contains("empty file (after decompression)");
    }

    @Test
    void aBinaryFileIsRejectedAsBinaryNotReadAsText() throws IOException {
      byte[] pdfLike = new byte[600];
      byte[] head = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
      System.arraycopy(head, 0, pdfLike, 0, head.length);
      for (int i = head.length; i < pdfLike.length; i++) {
        pdfLike[i] = (byte) (i * 31);
      }
      assertThat(reject(records(pdfLike, "paper.txt").get(0)).reason())
          .startsWith("looks binary, not text: a NUL char at char ");
      byte[] utf16NoBom = "Plain words.".getBytes(StandardCharsets.UTF_16LE);
      assertThat(reject(records(utf16NoBom, "u.txt").get(0)).reason())
          .isEqualTo("looks binary, not text: a NUL char at char 1 (UTF-16 text needs a byte-order mark)");
      assertThat(reject(records(utf16NoBom, "u.html").get(0)).reason()).startsWith("looks binary");
      // A binary file under a records name is one reject, not one per "line" of noise.
      assertThat(records(pdfLike, "dump.jsonl")).singleElement()
          .satisfies(r -> assertThat(reject(r).reason()).startsWith("looks binary, not JSON: a NUL byte at byte "));
      assertThat(reject(records(pdfLike, "export.csv").get(0)).reason()).startsWith("looks binary, not CSV");
      // Named like an archive but not one (a damaged download): said so, not taken for UTF-16.
      assertThat(reject(records(pdfLike, "site.zip").get(0)).reason())
          .endsWith("(named like zip data, but its content is not: a damaged or misnamed file?)");
      // With its byte-order mark the same text is read, and a NUL past the first 8000 chars is kept.
      assertThat(doc(records(Fixtures.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16NoBom), "u.txt").get(0)).content())
          .isEqualTo("Plain words.");
      String late = "word ".repeat(1700) + "\0tail";
      assertThat(doc(records(utf8(late), "late.txt").get(0)).content()).isEqualTo(late);
    }

    @Test
    void aFileOverTheCapIsRejected() throws IOException {
      assertThat(reject(records(utf8(NEWS), "big.txt", InputOptions.DEFAULT.withMaxDocumentBytes(100)).get(0)).reason())
          .contains("larger than the maximum document size");
    }
  }
}
