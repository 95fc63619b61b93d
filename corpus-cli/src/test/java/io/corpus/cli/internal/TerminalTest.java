package io.corpus.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {

  @Test
  void theLaunchersPropertyDecidesFirst() {
    assertThat(Terminal.decide("true", "/tmp/log.txt", false)).isTrue();
    assertThat(Terminal.decide(" false ", "/dev/pts/3", true)).isFalse();
  }

  @Test
  void thenWhereStandardErrorPoints() {
    assertThat(Terminal.decide(null, "/dev/pts/0", false)).as("stdin or stdout redirected, stderr a terminal").isTrue();
    assertThat(Terminal.decide(null, "/dev/tty1", false)).isTrue();
    assertThat(Terminal.decide("", "/dev/console", false)).isTrue();
    assertThat(Terminal.decide(null, "pipe:[12345]", true)).as("stderr piped, the rest a terminal").isFalse();
    assertThat(Terminal.decide(null, "/home/me/run.log", true)).isFalse();
    assertThat(Terminal.decide(null, "/dev/null", true)).isFalse();
  }

  @Test
  void elseTheConsole() {
    assertThat(Terminal.decide(null, null, true)).isTrue();
    assertThat(Terminal.decide(null, null, false)).isFalse();
  }
}
