package io.corpus.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

  @Test
  void drawsDocumentsRateShareAndEtaThenClearsTheLine() throws InterruptedException {
    StringWriter out = new StringWriter();
    AtomicLong bytes = new AtomicLong();
    ConsoleProgress bar = new ConsoleProgress(new PrintWriter(out), bytes::get, OptionalLong.of(10_000_000));
    bar.update(1);
    assertThat(out.toString()).as("nothing before the first interval").isEmpty();
    Thread.sleep(250);
    bytes.set(2_500_000);
    bar.update(1234);
    String line = out.toString();
    assertThat(line).startsWith("\r[#####               ] 1,234 documents  2.5 MB").contains(" 25%").contains("ETA ");
    bar.finish();
    assertThat(out.toString()).endsWith("\r");
  }

  @Test
  void withoutATotalThereIsNoShareOrEta() throws InterruptedException {
    StringWriter out = new StringWriter();
    ConsoleProgress bar = new ConsoleProgress(new PrintWriter(out), () -> 5_000_000, OptionalLong.empty());
    Thread.sleep(250);
    bar.update(10);
    assertThat(out.toString()).startsWith("\r10 documents  5.0 MB").doesNotContain("%").doesNotContain("ETA");
  }

  @Test
  void oneDocumentIsSingular() throws InterruptedException {
    StringWriter out = new StringWriter();
    ConsoleProgress bar = new ConsoleProgress(new PrintWriter(out), () -> 1_800_000, OptionalLong.empty());
    Thread.sleep(250);
    bar.update(1);
    assertThat(out.toString()).startsWith("\r1 document  1.8 MB");
  }
}
