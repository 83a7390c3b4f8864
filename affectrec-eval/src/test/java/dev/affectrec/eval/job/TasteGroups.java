package dev.affectrec.eval.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** A small rated dataset with structure the algorithms can find, for the job tests. */
final class TasteGroups {
  private TasteGroups() {}

  /**
   * Writes 30 users in two taste groups over 20 items, ratings 3-5, as {@code user item rating
   * time} TSV to {@code file}.
   */
  static Path write(Path file) throws IOException {
    StringBuilder sb = new StringBuilder();
    Random random = new Random(1);
    for (int u = 0; u < 30; u++) {
      int group = u % 2;
      for (int i = 0; i < 20; i++) {
        if (i % 2 == group && random.nextDouble() < 0.7) {
          sb.append("u").append(u).append('\t').append("i").append(i).append('\t');
          sb.append(3 + random.nextInt(3)).append('\t').append(1000 + u * 20 + i).append('\n');
        }
      }
    }
    return Files.writeString(file, sb.toString());
  }
}
