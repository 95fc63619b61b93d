package io.corpus.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  private static final LocalDate NOV_18 = LocalDate.of(2021, 11, 18);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "November 18, 2021", "Nov. 18, 2021", "Nov 18, 2021", "Nov 18 2021", "NOVEMBER 18, 2021", "November 18th, 2021",
        "18 November 2021", "18 Nov 2021", "18th November, 2021", "Thursday, November 18, 2021", "Thu, Nov. 18, 2021",
        "2021-11-18", "2021-11-18T12:38:00Z", "11/18/2021", "11/18/21", "18/11/2021", "18.11.2021",
        "November 18, 2021 at 12:38 PM", "Nov. 18, 2021 12:38 p.m. ET", "November 18, 2021 | 4:15pm",
        "2021-11-18 08:15", "November 18, 2021 - 12:38 PM EST", "18 November 2021 14:38 GMT",
        // RFC 1123 as feeds, mail and HTTP write it, with a numeric offset; year-first dates.
        "Thu, 18 Nov 2021 04:00:00 +0000", "Thu, 18 Nov 2021 04:00:00 -05:00", "18 Nov 2021 23:59 +0530",
        "2021/11/18", "2021.11.18", "2021/11/18 12:38",
        // Zones written as an offset from GMT or UTC.
        "November 18, 2021 at 12:38 GMT+1", "18 Nov 2021 14:38 UTC-5", "18 Nov 2021 14:38 UTC+05:30",
        "Nov 18, 2021 4:45 PM GMT+0100"
      })
  void readsTheCommonEnglishFormats(String text) {
    assertThat(DateParser.parse(text)).contains(NOV_18);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "On November 18, 2021, the Kremlin said", "November 2021", "November 18", "February 30, 2021",
        "13/13/2021", "2021-13-01", "18 November 2021 and more", "Page 1 of 3", "11/19/21, 12:38 PM Page 1 of 3",
        "", "   ", "1 2 3", "Nov. 18, 21", "12:38 PM", "November 18, 2021 at noon", "9/11",
        "18 Nov 2021 +0000", "18 Nov 2021 04:00 +00", "18 Nov 2021 04:00 +000000", "18 Nov 2021 04:00 05:00",
        "2021/18/11", "2021/11/180", "2021/11",
        "18 Nov 2021 14:38 GMT+", "18 Nov 2021 14:38 UTC+1x", "18 Nov 2021 14:38 GMT+123456", "18 Nov 2021 14:38 XYZ+1"
      })
  void rejectsAnythingThatIsNotOnlyADate(String text) {
    assertThat(DateParser.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"3/4/2022", "03/04/2022"})
  void ambiguousSlashedDatesAreReadMonthFirst(String text) {
    assertThat(DateParser.parse(text)).contains(LocalDate.of(2022, 3, 4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.4.2022", "03.04.2022"})
  void dottedDatesAreReadDayFirst(String text) {
    assertThat(DateParser.parse(text)).contains(LocalDate.of(2022, 4, 3));
  }

  @org.junit.jupiter.api.Test
  void longInputIsRejectedWithoutScanning() {
    assertThat(DateParser.parse("November 18, 2021 " + "x".repeat(1_000_000))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"4:45 AM PDT", "15:40 IST", "9.05 a.m.", "12:38 PM", "12:38pm ET", "14:38 GMT+1", "06:00 UTC+05:30"})
  void timesOfDayAreRecognised(String text) {
    assertThat(DateParser.isTimeOfDay(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "AM", "4:45 AM PDT and more", "November 18", "2021", "45 minutes", "Page 1 of 3",
      "12:38 PM 12:38 PM 12:38 PM 12:38"})
  void otherTextIsNoTimeOfDay(String text) {
    assertThat(DateParser.isTimeOfDay(text)).isFalse();
  }
}
