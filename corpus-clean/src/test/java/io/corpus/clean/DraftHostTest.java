package io.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.corpus.clean.internal.EditBuffer;
import io.corpus.model.ContentType;
import org.junit.jupiter.api.Test;

class DraftHostTest {

  private static Draft draft(String url) {
    return new Draft("test", url, ContentType.TEXT, new EditBuffer("Some text."));
  }

  @Test
  void hostComesFromTheAddress() {
    Draft d = draft("https://WWW.TheHill.com/policy/123");
    assertEquals("thehill.com", d.host());
    assertEquals("thehill.com", d.host()); // asked again: the same answer
  }

  @Test
  void noAddressNoHost() {
    assertNull(draft(null).host());
    assertNull(draft("not a url with spaces").host());
  }

  @Test
  void aCanonicalAddressFoundLaterGivesTheHost() {
    Draft d = draft(null);
    assertNull(d.host());
    d.canonicalUrlIfAbsent("https://www.state.gov/briefing");
    assertEquals("state.gov", d.host());
  }
}
