package io.corpus.clean.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates that English news pages print, leniently but only whole: the text must be a
 * date and nothing else, apart from a weekday before it and a time (and time zone) after it.
 *
 * <p>Formats: {@code "November 18, 2021"}, {@code "Nov. 18, 2021"}, {@code "Nov 18 2021"}, {@code
 * "November 18th, 2021"}, {@code "18 November 2021"}, {@code "Thursday, November 18, 2021"},
 * {@code "2021-11-18"} (also with a {@code T} time), {@code "11/18/2021"}, {@code "11/18/21"},
 * {@code "18.11.2021"}, {@code "2021/11/18"}, and any of these followed by a time such as {@code
 * "at 12:38 PM ET"}, {@code "| 4:15pm"} or {@code "04:00:00 +0000"}. Numeric dates with slashes or
 * dashes are read month first, as on US sites, unless the first number cannot be a month ({@code
 * "18/11/2021"}) or is a year; dates with dots are read day first, unless the year comes first.
 * Two-digit years are 1970–2069.
 *
 * <p>Stateless and thread-safe; linear in the input, which is capped at 80 chars.
 *
 * <pre>{@code
 * DateParser.parse("Nov. 18, 2021").orElseThrow();   // 2021-11-18
 * DateParser.parse("On Nov. 18, 2021, he said");      // empty: not only a date
 * }</pre>
 */
public final class DateParser {

  /** Longer text is not a date line. */
  static final int MAX_LENGTH = 80;

  private static final Map<String, Integer> MONTHS = months();
  private static final Set<String> WEEKDAYS =
      Set.of(
          "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
          "friday", "fri", "saturday", "sat", "sunday", "sun");
  private static final Set<String> TIME_LEADS = Set.of("at", "-", "|", "/", "·", "•", "—", "–", "@");
  private static final Set<String> ZONES =
      Set.of(
          "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet",
          "cest", "eet", "eest", "msk", "ist", "jst", "aest", "z",
          // Hawaii, Alaska, Atlantic and Newfoundland; Australia and New Zealand; Asia; Africa;
          // South America; western Europe and Turkey (set N, 2026-12-07: "January 14, 2025 08:47 HST")
          "hst", "hdt", "akst", "akdt", "ast", "adt", "nst", "ndt", "aedt", "acst", "acdt", "awst", "nzst", "nzdt",
          "sgt", "hkt", "kst", "pht", "pkt", "npt", "wib", "wita", "wit", "myt", "ict", "sast", "eat", "wat", "brt",
          "wet", "trt");

  private DateParser() {}

  /**
   * The date {@code text} states, or empty when it is not exactly a date (with optional weekday
   * and time).
   */
  public static Optional<LocalDate> parse(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    List<String> tokens = tokens(text);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    int p = 0;
    String weekday = null;
    if (WEEKDAYS.contains(stripDot(tokens.get(p)))) {
      weekday = stripDot(tokens.get(p));
      p++;
    }
    if (p >= tokens.size()) {
      return Optional.empty();
    }
    LocalDate date = null;
    String t = tokens.get(p);
    LocalDate numeric = numericDate(t);
    if (numeric != null) {
      date = weekday == null ? numeric : byWeekday(numeric, weekday);
      p++;
      int tAt = t.indexOf('t');
      if (tAt > 0) {
        // An ISO timestamp carries its own time; nothing else may follow.
        return p == tokens.size() ? Optional.of(date) : Optional.empty();
      }
    } else if (dayMonthYear(t) != null) {
      date = dayMonthYear(t); // "10-Dec-2024"
      p++;
    } else if (p + 2 < tokens.size() && month(t) > 0) {
      int d = day(tokens.get(p + 1));
      int y = year(tokens.get(p + 2));
      date = of(y, month(t), d);
      p += 3;
    } else if (p + 2 < tokens.size() && day(t) > 0) {
      int m = month(tokens.get(p + 1));
      int y = year(tokens.get(p + 2));
      date = m > 0 ? of(y, m, day(t)) : null;
      p += 3;
    }
    if (date == null) {
      return Optional.empty();
    }
    return restIsTime(tokens, p) ? Optional.of(date) : Optional.empty();
  }

  /** {@code "10-Dec-2024"}: a day, a month's name and a year joined by hyphens in one token, or null. */
  private static @Nullable LocalDate dayMonthYear(String t) {
    int a = t.indexOf('-');
    int b = a < 0 ? -1 : t.indexOf('-', a + 1);
    if (a < 1 || b < 0 || t.indexOf('-', b + 1) >= 0) {
      return null;
    }
    int m = month(t.substring(a + 1, b));
    int d = day(t.substring(0, a));
    int y = year(t.substring(b + 1));
    return m > 0 && d > 0 ? of(y, m, d) : null;
  }

  /**
   * A numeric date read month first ({@code 05/12/2024}, May 12) whose weekday says otherwise
   * ({@code "Thursday 05/12/2024"}): read day first (December 5) when that day is the weekday.
   */
  private static LocalDate byWeekday(LocalDate monthFirst, String weekday) {
    java.time.DayOfWeek wanted = dayOf(weekday);
    if (wanted == null || monthFirst.getDayOfWeek() == wanted || monthFirst.getDayOfMonth() > 12) {
      return monthFirst;
    }
    LocalDate dayFirst = of(monthFirst.getYear(), monthFirst.getDayOfMonth(), monthFirst.getMonthValue());
    return dayFirst != null && dayFirst.getDayOfWeek() == wanted ? dayFirst : monthFirst;
  }

  private static java.time.@Nullable DayOfWeek dayOf(String weekday) {
    String w = weekday.toLowerCase(java.util.Locale.ROOT);
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      if (d.name().toLowerCase(java.util.Locale.ROOT).startsWith(w.length() >= 3 ? w.substring(0, 3) : w)) {
        return d;
      }
    }
    return null;
  }

  /**
   * Whether {@code text} is a time of day alone, maybe with its meridiem and zone: {@code "4:45 AM
   * PDT"}, {@code "15:40 IST"}, {@code "9.05 a.m."}. A date line may set one beside its date.
   */
  static boolean isTimeOfDay(String text) {
    if (text.isEmpty() || text.length() > 24 || !Character.isDigit(text.charAt(0))) {
      return false;
    }
    List<String> tokens = tokens(text);
    return !tokens.isEmpty() && isTime(tokens.get(0)) && restIsTime(tokens, 0);
  }

  /** Whether the tokens from {@code p} are empty or a time: {@code [at|-|…] 12:38[:00][pm] [PM] [ET]}. */
  private static boolean restIsTime(List<String> tokens, int p) {
    if (p == tokens.size()) {
      return true;
    }
    if (TIME_LEADS.contains(tokens.get(p))) {
      p++;
    }
    if (p == tokens.size() || !isTime(tokens.get(p))) {
      return false;
    }
    p++;
    if (p < tokens.size() && isMeridiem(tokens.get(p))) {
      p++;
    }
    if (p < tokens.size() && (ZONES.contains(stripParens(tokens.get(p))) || isZoneWithOffset(stripParens(tokens.get(p))))) {
      p++;
    }
    if (p < tokens.size() && isOffset(tokens.get(p))) {
      p++;
    }
    return p == tokens.size();
  }

  private static boolean isTime(String t) {
    int i = 0;
    int h = 0;
    while (i < t.length() && i < 2 && Character.isDigit(t.charAt(i))) {
      h = h * 10 + (t.charAt(i) - '0');
      i++;
    }
    if (i == 0 || h > 23) {
      return false;
    }
    if (i < t.length() && (t.charAt(i) == ':' || t.charAt(i) == '.')) {
      String rest = t.substring(i + 1);
      if (rest.length() < 2 || !Character.isDigit(rest.charAt(0)) || !Character.isDigit(rest.charAt(1))) {
        return false;
      }
      rest = rest.substring(2);
      if (rest.startsWith(":") && rest.length() >= 3 && Character.isDigit(rest.charAt(1)) && Character.isDigit(rest.charAt(2))) {
        rest = rest.substring(3);
      }
      return rest.isEmpty() || isMeridiem(rest);
    }
    // "4pm"
    return i < t.length() && isMeridiem(t.substring(i));
  }

  /**
   * A zone written as an offset from GMT or UTC, as Bloomberg and European sites print it: {@code
   * gmt+1}, {@code utc-5}, {@code utc+05:30}, {@code gmt+0100} (tokens are lower case).
   */
  private static boolean isZoneWithOffset(String t) {
    if (t.length() < 5 || !(t.startsWith("gmt") || t.startsWith("utc")) || (t.charAt(3) != '+' && t.charAt(3) != '-')) {
      return false;
    }
    String off = t.substring(4);
    int n = off.length();
    if (n <= 2) {
      return allDigits(off);
    }
    return isOffset(t.substring(3));
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /** A numeric UTC offset: {@code +0000}, {@code -05:00}, {@code +0530}. */
  private static boolean isOffset(String t) {
    int n = t.length();
    if ((n != 5 && n != 6) || (t.charAt(0) != '+' && t.charAt(0) != '-') || (n == 6 && t.charAt(3) != ':')) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      if (!(n == 6 && i == 3) && !Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMeridiem(String t) {
    return t.equals("am") || t.equals("pm") || t.equals("a.m.") || t.equals("p.m.") || t.equals("a.m") || t.equals("p.m");
  }

  /** ISO {@code 2021-11-18} (maybe with a {@code T} time) or numeric {@code 11/18/2021}, {@code 18.11.2021}, {@code 2025.03.12.}. */
  private static LocalDate numericDate(String t) {
    String s = t;
    int tAt = s.indexOf('t');
    if (tAt == 10) {
      s = s.substring(0, 10);
    }
    if (s.length() == 11 && s.charAt(4) == '.' && s.charAt(7) == '.' && s.charAt(10) == '.') {
      s = s.substring(0, 10); // Hungarian writes a dot after the day too: "2025.03.12."
    }
    char sep = 0;
    int[] parts = new int[3];
    int[] widths = new int[3];
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        if (widths[k] >= 4) {
          return null;
        }
        parts[k] = parts[k] * 10 + (c - '0');
        widths[k]++;
      } else if (c == '/' || c == '-' || c == '.') {
        if ((sep != 0 && c != sep) || k == 2 || widths[k] == 0) {
          return null;
        }
        sep = c;
        k++;
      } else {
        return null;
      }
    }
    if (k != 2 || widths[2] == 0) {
      return null;
    }
    if (widths[0] == 4) {
      // Year first is always year, month, day: 2021-11-18, 2021/11/18, 2021.11.18.
      return widths[1] <= 2 && widths[2] <= 2 ? of(parts[0], parts[1], parts[2]) : null;
    }
    if (widths[0] > 2 || widths[1] > 2 || (widths[2] != 2 && widths[2] != 4)) {
      return null;
    }
    int y = widths[2] == 2 ? twoDigitYear(parts[2]) : parts[2];
    if (sep == '.' || parts[0] > 12) {
      return of(y, parts[1], parts[0]);
    }
    return of(y, parts[0], parts[1]);
  }

  private static int twoDigitYear(int yy) {
    return yy < 70 ? 2000 + yy : 1900 + yy;
  }

  private static LocalDate of(int y, int m, int d) {
    if (y < 1900 || y > 2100 || m < 1 || d < 1) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int month(String t) {
    Integer m = MONTHS.get(stripDot(t));
    return m == null ? -1 : m;
  }

  /** {@code 18}, {@code 18th}, {@code 1st}: 1–31, else -1. */
  private static int day(String t) {
    int i = 0;
    int d = 0;
    while (i < t.length() && i < 2 && Character.isDigit(t.charAt(i))) {
      d = d * 10 + (t.charAt(i) - '0');
      i++;
    }
    if (i == 0) {
      return -1;
    }
    String suffix = t.substring(i);
    if (!(suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
      return -1;
    }
    return d >= 1 && d <= 31 ? d : -1;
  }

  private static int year(String t) {
    if (t.length() != 4) {
      return -1;
    }
    int y = 0;
    for (int i = 0; i < 4; i++) {
      char c = t.charAt(i);
      if (!Character.isDigit(c)) {
        return -1;
      }
      y = y * 10 + (c - '0');
    }
    return y;
  }

  /** Lower-cased words; commas are separators; a time glued to a bar or dot is split off. */
  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        flush(cur, out);
      } else {
        cur.append(Character.toLowerCase(c));
      }
    }
    flush(cur, out);
    return out;
  }

  private static void flush(StringBuilder cur, List<String> out) {
    if (cur.length() > 0) {
      out.add(cur.toString());
      cur.setLength(0);
    }
  }

  /** Whether {@code word} is a month's name or its abbreviation, maybe with a period ("May", "Sept."). */
  static boolean isMonthName(String word) {
    return month(word.toLowerCase(java.util.Locale.ROOT)) > 0;
  }

  /** Whether {@code word} is a weekday's name or its abbreviation, any case, maybe with a period ("Thursday", "Thu."). */
  static boolean isWeekday(String word) {
    return WEEKDAYS.contains(stripDot(word).toLowerCase(java.util.Locale.ROOT));
  }

  private static String stripDot(String t) {
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static String stripParens(String t) {
    return t.startsWith("(") && t.endsWith(")") && t.length() > 2 ? t.substring(1, t.length() - 1) : t;
  }

  private static Map<String, Integer> months() {
    String[] full = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december"
    };
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < 12; i++) {
      m.put(full[i], i + 1);
      m.put(full[i].substring(0, 3), i + 1);
    }
    m.put("sept", 9);
    m.put("june", 6);
    m.put("july", 7);
    // The full names of the languages English-language editions print their dates in ("9 Outubro
    // 2024, 17:05" on a Portuguese daily's English site); no abbreviations, which read as words.
    String[][] other = {
      {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
      {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
      {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
      {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"}
    };
    for (String[] names : other) {
      for (int i = 0; i < 12; i++) {
        m.putIfAbsent(names[i], i + 1);
      }
    }
    return Map.copyOf(m);
  }
}
