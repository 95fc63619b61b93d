package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FieldValuesTest {

  @Test
  void decodesWholeReferencesOnly() {
    assertThat(FieldValues.plain("Biden&#8217;s &#x201C;plan&#x201d; &mdash; &amp; more")).isEqualTo("Biden’s “plan” — & more");
    assertThat(FieldValues.plain("&notes; &amp &#; &#x; &#12a; &;")).isEqualTo("&notes; &amp &#; &#x; &#12a; &;");
    // A supplementary char by number.
    assertThat(FieldValues.plain("&#128512;")).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void decodesAValueEscapedOverAndOverThrough() {
    assertThat(FieldValues.plain("Biden&amp;#8217;s")).isEqualTo("Biden’s");
    assertThat(FieldValues.plain("a &amp;amp;amp; b")).isEqualTo("a & b");
    assertThat(FieldValues.plain("a &amp;amp;amp;amp;quot; b")).isEqualTo("a \" b");
    // Decoding the result again changes nothing.
    assertThat(FieldValues.plain(FieldValues.plain("x &amp;amp;lt; y"))).isEqualTo("x < y");
  }

  @Test
  void dropsTagsOfKnownElementsOnly() {
    assertThat(FieldValues.plain("<p>Lead <em>text</em></p>\n")).isEqualTo("Lead text");
    assertThat(FieldValues.plain("Line<br/>break")).isEqualTo("Line break");
    assertThat(FieldValues.plain("x <y> z")).isEqualTo("x <y> z");
    assertThat(FieldValues.plain("3 <p and q> 2")).isEqualTo("3 <p and q> 2");
    assertThat(FieldValues.plain("<a href=\"/x\">Jane</a> Doe")).isEqualTo("Jane Doe");
    assertThat(FieldValues.plain("One<br />two")).isEqualTo("One two");
  }

  @Test
  void datesOfEveryForm() {
    LocalDate d = LocalDate.of(2021, 11, 19);
    assertThat(FieldValues.date("2021-11-19T12:38:00.000+01:00")).isEqualTo(d);
    assertThat(FieldValues.date("Fri, 19 Nov 2021 17:38:00 GMT")).isEqualTo(d);
    assertThat(FieldValues.date("1637325480")).isEqualTo(d);
    assertThat(FieldValues.date("1637325480123")).isEqualTo(d);
    assertThat(FieldValues.date("20211119")).isEqualTo(d);
    assertThat(FieldValues.date("1800-01-01")).isNull();
    assertThat(FieldValues.date("")).isNull();
    assertThat(FieldValues.date("9".repeat(40))).isNull();
  }

  @Test
  @Timeout(5)
  void hostileValuesTakeLinearTime() {
    int n = 2_000_000;
    assertThat(FieldValues.plain("&".repeat(n))).hasSize(n);
    assertThat(FieldValues.plain("&#".repeat(n / 2))).hasSize(n);
    assertThat(FieldValues.plain("<".repeat(n) + ">")).hasSize(n + 1);
    assertThat(FieldValues.plain("<p ".repeat(n / 3) + ">")).isNotNull();
    assertThat(FieldValues.date("Nov ".repeat(n))).isNull();
  }
}
