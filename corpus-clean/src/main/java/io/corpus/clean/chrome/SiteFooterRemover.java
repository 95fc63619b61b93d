package io.corpus.clean.chrome;

import com.fasterxml.jackson.databind.JsonNode;
import io.corpus.clean.CleanStep;
import io.corpus.clean.Draft;
import io.corpus.clean.Phase;
import io.corpus.clean.internal.DataFiles;
import io.corpus.clean.internal.LineRemoval;
import io.corpus.clean.internal.Prose;
import io.corpus.clean.internal.TextLines;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Removes site footers at the end of the text and recovers the publisher they name.
 *
 * <p>A footer is the trailing run of short lines (at most 120 chars, none ending like a sentence)
 * that starts with a known site name ({@code site-footers.yaml}), such as state.gov's
 * {@code "U.S. Department of State"} followed by a featured-story link ({@code "The Lessons of
 * 1989: Freedom and Our Future"}) and navigation links; the name becomes the publisher. A trailing
 * copyright notice ({@code "© 2021 The Hill. All rights reserved."}, {@code "Copyright 2022 The
 * Associated Press. All rights reserved. This material may not be published…"}) goes too, but
 * gives no publisher: the holder is often a parent company. The site name inside a sentence, or
 * followed by a real closing paragraph, is no footer and stays. Stateless and thread-safe.
 *
 * <pre>{@code
 * // "…thank you very much.\n\nU.S. Department of State\n\nThe Lessons of 1989: Freedom and Our Future"
 * //   -> "…thank you very much."  publisher "U.S. Department of State"
 * }</pre>
 */
public final class SiteFooterRemover implements CleanStep {

  public static final String ID = "chrome.site-footer";
  static final int MAX_FOOTER_LINE = 120;
  static final int MAX_FOOTER_LINES = 25;

  private record Footer(String name, String publisher, List<String> hosts) {}

  private final List<Footer> footers;

  /** The built-in site footers. */
  public SiteFooterRemover() {
    String where = "site-footers.yaml";
    JsonNode root = DataFiles.read(SiteFooterRemover.class, where);
    JsonNode list = DataFiles.requiredList(root, "footers", where);
    List<Footer> out = new ArrayList<>();
    int index = 0;
    for (JsonNode f : list) {
      index++;
      String name = DataFiles.text(f, "name");
      if (name == null || name.isEmpty()) {
        throw new IllegalStateException(where + ": footer " + index + " has no 'name'");
      }
      String publisher = DataFiles.text(f, "publisher");
      out.add(new Footer(name, publisher == null ? name : publisher, DataFiles.strings(f, "hosts", where)));
    }
    this.footers = List.copyOf(out);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Site footers at the end (\"U.S. Department of State\" + featured link, copyright lines); gives the publisher.";
  }

  @Override
  public Phase phase() {
    return Phase.CHROME;
  }

  @Override
  public void apply(Draft draft) {
    TextLines lines = TextLines.of(draft.text());
    int n = lines.size();
    int runStart = n;
    while (runStart > 1 && n - runStart < MAX_FOOTER_LINES) {
      if (lines.get(runStart - 1).length() > 300) {
        break;
      }
      String t = lines.get(runStart - 1).text();
      boolean footerLike = isCopyright(t) || (t.length() <= MAX_FOOTER_LINE && !Prose.endsLikeSentence(t));
      if (!footerLike) {
        break;
      }
      runStart--;
    }
    int cut = -1;
    for (int i = runStart; i < n && cut < 0; i++) {
      String t = lines.get(i).text();
      Footer f = footerNamed(t, draft);
      if (f != null) {
        cut = i;
        draft.publisherIfAbsent(f.publisher());
      } else if (isCopyright(t)) {
        cut = i;
      }
    }
    if (cut > 0) {
      LineRemoval.removeRun(draft, lines, cut, n, ID);
    }
  }

  private @Nullable Footer footerNamed(String line, Draft draft) {
    String folded = Prose.fold(line);
    for (Footer f : footers) {
      if (folded.equals(Prose.fold(f.name())) && appliesTo(f, draft)) {
        return f;
      }
    }
    return null;
  }

  /**
   * Whether {@code f} may end a page from the draft's host; asked only for a footer line that is
   * there, since finding the host parses the address.
   */
  private static boolean appliesTo(Footer f, Draft draft) {
    if (f.hosts().isEmpty()) {
      return true;
    }
    String host = draft.host();
    if (host == null) {
      return true;
    }
    for (String h : f.hosts()) {
      if (host.equals(h) || host.endsWith("." + h)) {
        return true;
      }
    }
    return false;
  }

  /** {@code "© 2021 …"}, {@code "Copyright © 2019-2021 …"}, {@code "(c) 2020 …"}: a year right after the mark. */
  static boolean isCopyright(String line) {
    if (line.length() > 300) {
      return false;
    }
    int p;
    if (line.startsWith("\u00A9")) {
      p = 1;
    } else if (line.regionMatches(true, 0, "(c)", 0, 3)) {
      p = 3;
    } else if (line.regionMatches(true, 0, "copyright", 0, 9)) {
      p = 9;
      while (p < line.length() && line.charAt(p) == ' ') {
        p++;
      }
      if (line.startsWith("\u00A9", p)) {
        p++;
      } else if (line.regionMatches(true, p, "(c)", 0, 3)) {
        p += 3;
      }
    } else {
      return false;
    }
    while (p < line.length() && line.charAt(p) == ' ') {
      p++;
    }
    int digits = 0;
    while (p + digits < line.length() && Character.isDigit(line.charAt(p + digits))) {
      digits++;
    }
    return digits == 4;
  }
}
