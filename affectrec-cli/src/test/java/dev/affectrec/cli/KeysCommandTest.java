package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysCommandTest {
  @TempDir Path dir;

  @Test
  void createListRevoke() {
    String dataDir = dir.toString();
    CliRun created =
        CliRun.of("keys", "create", "--data-dir", dataDir, "--role", "read", "--label", "analyst");
    assertThat(created.exitCode()).as(created.err()).isZero();
    String key = created.lastLine();
    assertThat(key).startsWith("ark_");
    CliRun listed = CliRun.of("keys", "list", "--data-dir", dataDir);
    assertThat(listed.out())
        .contains("read")
        .contains("analyst")
        .contains("active")
        .doesNotContain(key);
    String id = listed.out().strip().split("\\s+")[0];
    assertThat(CliRun.of("keys", "revoke", "--data-dir", dataDir, id).exitCode()).isZero();
    assertThat(CliRun.of("keys", "list", "--data-dir", dataDir).out()).contains("revoked");
  }

  @Test
  void badRoleAndUnknownIdAreInputErrors() {
    CliRun badRole = CliRun.of("keys", "create", "--data-dir", dir.toString(), "--role", "root");
    assertThat(badRole.exitCode()).isEqualTo(2);
    assertThat(badRole.err()).contains("--role");
    CliRun.of("keys", "create", "--data-dir", dir.toString(), "--role", "read");
    CliRun unknown = CliRun.of("keys", "revoke", "--data-dir", dir.toString(), "nope");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("nope");
    assertThat(CliRun.of("keys", "--data-dir", dir.toString()).exitCode()).isEqualTo(2);
  }
}
