package io.corpus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpus.clean.internal.EditBuffer;
import io.corpus.clean.internal.SpacedRows;
import io.corpus.clean.internal.TextLines;
import io.corpus.model.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows whose items the scrape set apart by wide gaps, read in the input text through the draft's
 * offsets after the white-space step has made the gaps single spaces.
 */
class SpacedRowsTest {

  private static Draft draft(String raw, ContentType type) {
    return new Draft("t.txt", null, type, new EditBuffer(raw));
  }

  /** The draft after the white-space step (gaps made single spaces), and its first line. */
  private static TextLines.Line normalizedFirstLine(Draft d) {
    String t = d.text();
    for (int i = 0; i + 1 < t.length(); i++) {
      if (Draft.isBlank(t.charAt(i)) && t.charAt(i) != '\n') {
        int j = i;
        while (j < t.length() && Draft.isBlank(t.charAt(j)) && t.charAt(j) != '\n') {
          j++;
        }
        if (j - i > 1 || t.charAt(i) != ' ') {
          d.normalize(i, j, " ");
        }
        i = j - 1;
      }
    }
    d.buffer().commit();
    return TextLines.of(d.text()).get(0);
  }

  @Test
  void itemsSetApartByBlanksTabsOrNoBreakSpaces() {
    Draft d = draft("Home   News\tSport\u00A0\u00A0Contact us\nThe body of the story goes on here.\n", ContentType.TEXT);
    TextLines.Line row = normalizedFirstLine(d);
    assertThat(row.text()).isEqualTo("Home News Sport Contact us");
    assertThat(SpacedRows.items(d, row)).containsExactly("Home", "News", "Sport", "Contact us");
    assertThat(SpacedRows.isRow(d, row)).isTrue();
  }

  @Test
  void aLineWithSingleSpacesOrOneGapIsNoRow() {
    Draft single = draft("Home News Sport Contact us\n", ContentType.TEXT);
    assertThat(SpacedRows.items(single, normalizedFirstLine(single))).isNull();
    Draft two = draft("Download transcript (PDF)   Watch the hearing\n", ContentType.TEXT);
    TextLines.Line line = normalizedFirstLine(two);
    assertThat(SpacedRows.items(two, line)).containsExactly("Download transcript (PDF)", "Watch the hearing");
    assertThat(SpacedRows.isRow(two, line)).isFalse();
  }

  @Test
  void anHtmlPagesTextHasNoInputGapsToRead() {
    Draft d = draft("Home   News   Sport\n", ContentType.HTML);
    assertThat(SpacedRows.items(d, normalizedFirstLine(d))).isNull();
  }

  @Test
  void aLineJoinedOverRemovedTextStandsForNoInputRow() {
    // "Antony Blinken…MORE" removed from between two pieces of one sentence, its line breaks with it.
    Draft d = draft("Secretary of State\n   Antony BlinkenAntony Blinken Headline MORE\n   said on Sunday.\n", ContentType.TEXT);
    String t = d.text();
    int cut = t.indexOf("\n   Antony");
    int end = t.indexOf(" said");
    d.remove(cut, end);
    d.buffer().commit();
    TextLines.Line line = TextLines.of(d.text()).get(0);
    assertThat(line.text()).isEqualTo("Secretary of State said on Sunday.");
    assertThat(SpacedRows.items(d, line)).isNull();
  }

  @Test
  void itemsOfASpanOfTheText() {
    Draft d = draft("Intro line here.\nA   B   C\n", ContentType.TEXT);
    int start = d.text().indexOf("A");
    List<String> items = SpacedRows.items(d, start, d.text().length() - 1);
    assertThat(items).containsExactly("A", "B", "C");
  }
}
