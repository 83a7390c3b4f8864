package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code ./affectrec} command line of the README's shell blocks as written, in order,
 * in-process: data directories named there live in a temporary directory, and {@code ../shared} is
 * the shared data of the build. {@code demo} and {@code serve} start a long-running server and are
 * only checked to parse ({@code --help}).
 */
class ReadmeCommandsTest {
  @TempDir Path work;

  /** The {@code ./affectrec} lines of the README's {@code bash} blocks. */
  static List<List<String>> commandLines(String readme) {
    List<List<String>> out = new ArrayList<>();
    boolean inBlock = false;
    for (String line : readme.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("```")) {
        inBlock = !inBlock && trimmed.equals("```bash");
        continue;
      }
      if (inBlock && trimmed.startsWith("./affectrec ")) {
        out.add(words(trimmed.substring("./affectrec ".length())));
      }
    }
    return out;
  }

  /** Splits a shell line into words: whitespace separates, double quotes group, # ends it. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (!quoted && c == '#') {
        break;
      } else if (!quoted && Character.isWhitespace(c)) {
        if (any) {
          out.add(word.toString());
          word.setLength(0);
          any = false;
        }
      } else {
        word.append(c);
        any = true;
      }
    }
    if (any) {
      out.add(word.toString());
    }
    return out;
  }

  @Test
  void wordsFollowTheShellsQuotingAndComments() {
    assertThat(words("emotion text \"I am furious, it broke\" -k 5  # note"))
        .containsExactly("emotion", "text", "I am furious, it broke", "-k", "5");
  }

  @Test
  void everyCommandOfTheReadmeRunsAsWritten() throws Exception {
    Path shared = SharedData.require("data/movielens-100k");
    String readme = Files.readString(Path.of("..", "README.md"));
    List<List<String>> lines = commandLines(readme);
    assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
    for (List<String> line : lines) {
      List<String> args = new ArrayList<>();
      for (String word : line) {
        args.add(resolve(word, shared.getParent().getParent()));
      }
      if (args.get(0).equals("demo") || args.get(0).equals("serve")) {
        args = List.of(args.get(0), "--help");
      }
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode())
          .as("./affectrec %s%n%s", String.join(" ", line), run.err())
          .isZero();
      assertThat(run.out()).as(String.join(" ", line)).isNotBlank();
    }
  }

  /** {@code ../shared/...} to the build's shared directory; a data directory into the temp dir. */
  private String resolve(String word, Path sharedRoot) {
    if (word.startsWith("../shared/")) {
      return sharedRoot.resolve(word.substring("../shared/".length())).toString();
    }
    if (word.endsWith("-data") && !word.startsWith("-")) {
      return work.resolve(word).toString();
    }
    return word;
  }
}
