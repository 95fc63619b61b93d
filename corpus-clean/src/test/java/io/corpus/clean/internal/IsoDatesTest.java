package io.corpus.clean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

  private static LocalDate jdk(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Random ten-char texts, most of them date-shaped, read as the JDK's formatter reads them. */
  @Test
  void readsEveryTextAsTheJdkDoes() {
    Random random = new Random(17);
    String alphabet = "0123456789-+ T\u0663\uFF11/.";
    int dates = 0;
    for (int round = 0; round < 300_000; round++) {
      StringBuilder sb = new StringBuilder();
      if (random.nextInt(4) > 0) {
        sb.append(String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33)));
        if (random.nextInt(5) == 0) {
          sb.setCharAt(random.nextInt(10), alphabet.charAt(random.nextInt(alphabet.length())));
        }
      } else {
        for (int k = 0; k < 10; k++) {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String s = sb.toString();
      LocalDate expected = jdk(s);
      dates += expected == null ? 0 : 1;
      assertEquals(expected, IsoDates.parse(s), s);
    }
    assertEquals(true, dates > 100_000, "enough valid dates: " + dates);
  }

  @Test
  void otherShapesGoToTheFormatter() {
    assertEquals(LocalDate.of(2019, 11, 18), IsoDates.parse("2019-11-18"));
    assertEquals(null, IsoDates.parse("2019-02-29"));
    assertEquals(LocalDate.of(2020, 2, 29), IsoDates.parse("2020-02-29"));
    assertEquals(LocalDate.of(12019, 11, 18), IsoDates.parse("+12019-11-18"));
    assertEquals(null, IsoDates.parse("2019-11-1"));
  }
}
