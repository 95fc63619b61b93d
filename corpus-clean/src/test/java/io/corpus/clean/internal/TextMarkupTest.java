package io.corpus.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextMarkupTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p>The Senate passed the bill.</p>",
        "<p>One.</p>\n<p>Two.</p>",
        "The Senate passed the bill.<br><br>The House votes next week.",
        "The Senate passed the bill.<br />\n<br />\nThe House votes next week.",
        "  <div class=\"entry\"><p>Text</p></div>",
        "The <em>Washington Post</em> reported it first.",
        "Read <a href=\"https://example.com/a\">the ruling</a>, which ran to 80 pages.",
        "<!DOCTYPE html><title>x</title>",
        "just <body> once"
      })
  void markupIsHtml(String text) {
    assertThat(TextMarkup.isHtml(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Use <p> and </p> to mark a paragraph.",
        "Wrap it in the \"<b>\" and \"</b>\" tags.",
        "x<y and y>z, so x<z.",
        "3 <p and q> 2 and 4 <p and r> 5",
        "A single line break<br>in prose.",
        "The <X> factor and the <Y> factor.",
        "Plain text with no angle brackets at all.",
        "<<<<>>>> <p <p <p",
        // Tags named in prose, next to its punctuation or as an empty element.
        "To start a paragraph, type <p> and end it with </p>. A line break is <br>, and a rule <hr>.",
        "Wrap each paragraph in <p></p>. Use <br> for a line break and <hr> for a rule.",
        "Old pages still teach <font>, which no browser needs."
      })
  void proseAboutTagsIsNot(String text) {
    assertThat(TextMarkup.isHtml(text)).isFalse();
  }

  @Test
  void referencesAreDecodedWithTheRawOffsetOfEachChar() {
    String raw = "Biden&#8217;s plan &amp; AT&T";
    TextMarkup.Decoded d = TextMarkup.decode(raw);
    assertThat(d.text()).isEqualTo("Biden’s plan & AT&T");
    assertThat(d.toRaw()).hasSize(d.text().length());
    assertThat(d.toRaw()[5]).isEqualTo(5); // the ’ stands for "&#8217;"
    assertThat(d.toRaw()[6]).isEqualTo(12); // the s after it
    assertThat(raw.charAt(d.toRaw()[d.text().length() - 1])).isEqualTo('T');
  }

  @Test
  void onlyWholeKnownReferencesAreDecoded() {
    assertThat(TextMarkup.decode("AT&T, R&D; &notes; &amp no semicolon; &#; &#xZZ; &#0; &#xD800;")).isNull();
    assertThat(TextMarkup.decode("no ampersand")).isNull();
    assertThat(TextMarkup.decodedText("&nbsp;&eacute;&#x1F600;")).isEqualTo("\u00A0é\uD83D\uDE00");
  }

  @Test
  void aReferenceEscapedAgainIsDecodedThroughAndDecodingTwiceChangesNothing() {
    String once = TextMarkup.decodedText("Biden&amp;#8217;s &amp;amp;amp; &amp;quot;x&amp;quot;");
    assertThat(once).isEqualTo("Biden’s & \"x\"");
    assertThat(TextMarkup.decodedText(once)).isEqualTo(once);
    assertThat(TextMarkup.decodedText("a &amp;amp; b")).isEqualTo("a & b");
  }

  @Test
  void escapedMarkupIsLeftAsItIs() {
    // Decoding would make markup of it, which a second cleaning would then read as HTML.
    assertThat(TextMarkup.decode("&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;")).isNull();
    assertThat(TextMarkup.decodedText("x &lt; y")).isEqualTo("x < y");
  }

  @Test
  @Timeout(5)
  void hostileTextTakesLinearTime() {
    int n = 2_000_000;
    assertThat(TextMarkup.isHtml("<p ".repeat(n / 3))).isFalse();
    assertThat(TextMarkup.isHtml("<a " + "x".repeat(n))).isFalse();
    assertThat(TextMarkup.isHtml("<!doctype html" + " ".repeat(n))).isFalse();
    assertThat(TextMarkup.decode("&".repeat(n))).isNull();
    assertThat(TextMarkup.decode("&amp;".repeat(n / 5)).text()).hasSize(n / 5);
    assertThat(TextMarkup.decode("&a".repeat(n / 2))).isNull();
  }
}
