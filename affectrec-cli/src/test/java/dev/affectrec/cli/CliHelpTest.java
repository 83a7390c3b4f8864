package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help of every command, and what a mistyped option gets instead of the usage. */
class CliHelpTest {

  /** Every command path, the root first: {@code []}, {@code [import]}, {@code [keys, list]}... */
  private static List<List<String>> commandPaths(CommandLine cli, List<String> prefix) {
    List<List<String>> out = new ArrayList<>();
    out.add(prefix);
    cli.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!name.equals("help")) {
                List<String> path = new ArrayList<>(prefix);
                path.add(name);
                out.addAll(commandPaths(sub, path));
              }
            });
    return out;
  }

  @Test
  void helpOfEveryCommandPrintsNoPicocliWarning() {
    List<List<String>> paths = commandPaths(AffectRecCli.newCommandLine(), List.of());
    assertThat(paths).hasSizeGreaterThan(10);
    PrintStream original = System.err;
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      for (List<String> path : paths) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as("%s", args).isZero();
        assertThat(run.err()).as("%s", args).isEmpty();
        assertThat(run.out()).as("%s", args).startsWith("Usage: affectrec");
      }
    } finally {
      System.setErr(original);
    }
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  /** Exit 2, nothing on stdout and exactly {@code lines} on stderr. */
  private static void assertUsageError(CliRun run, String... lines) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().split("\n")).containsExactly(lines);
  }

  @Test
  void aMistypedOptionIsNamedWithTheClosestOneAndAPointerToHelp() {
    assertUsageError(
        CliRun.of("recommend", "--usr", "1"),
        "recommend: unknown option '--usr'; did you mean --user?",
        "see 'affectrec recommend --help' for every option");
    assertUsageError(
        CliRun.of("stats", "--jsn"),
        "stats: unknown option '--jsn'; did you mean --json?",
        "see 'affectrec stats --help' for every option");
  }

  @Test
  void aMistypedCommandIsNamedWithTheClosestOne() {
    assertUsageError(
        CliRun.of("stat"),
        "affectrec: unknown command 'stat'; did you mean stats?",
        "see 'affectrec --help' for every command");
  }

  @Test
  void aMissingCommandPointsToTheListOfCommands() {
    assertUsageError(
        CliRun.of(),
        "affectrec: a command is required",
        "see 'affectrec --help' for every command");
    assertUsageError(
        CliRun.of("keys"),
        "keys: a subcommand is required: create, list or revoke",
        "see 'affectrec keys --help' for every command");
    assertUsageError(
        CliRun.of("emotion"),
        "emotion: a subcommand is required: text, batch, eval, check, train or face",
        "see 'affectrec emotion --help' for every command");
  }

  @Test
  void aMissingRequiredOptionIsOneLineAndAPointerToHelp() {
    assertUsageError(
        CliRun.of("recommend", "-k", "4"),
        "recommend: Missing required option: '--user=ID'",
        "see 'affectrec recommend --help' for every option");
  }

  @Test
  void theReadmeNamesExactlyTheCommandsThatTakeDataDir() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    String sentence =
        "The commands that use the store (`import`,\n`stats`, `serve`, `demo`, `recommend`, `keys`,"
            + " `analyze`, `train`, `export`, `read-texts`)"
            + " accept `--data-dir DIR`";
    assertThat(readme).contains(sentence);
    List<String> documented =
        List.of(
            "import",
            "stats",
            "serve",
            "demo",
            "recommend",
            "keys",
            "analyze",
            "train",
            "export",
            "read-texts");
    for (List<String> path : commandPaths(AffectRecCli.newCommandLine(), List.of())) {
      if (path.isEmpty()
          || (path.get(0).equals("keys") || path.get(0).equals("analyze")) && path.size() == 1) {
        continue;
      }
      String help = CliRun.of(path, "--help").out();
      boolean takesDataDir = help.contains("--data-dir") && help.contains("--db");
      assertThat(takesDataDir).as("%s", path).isEqualTo(documented.contains(path.get(0)));
    }
    CliRun evaluate = CliRun.of("evaluate", "--data-dir", "x");
    assertThat(evaluate.exitCode()).isEqualTo(2);
    assertThat(evaluate.err()).startsWith("evaluate: unknown option '--data-dir'");
  }
}
