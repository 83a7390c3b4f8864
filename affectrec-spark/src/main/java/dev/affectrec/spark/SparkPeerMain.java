package dev.affectrec.spark;

import dev.affectrec.eval.job.JobMain;

/**
 * Runs the evaluation jobs with Spark on the class path, so {@code spark-als} can be compared with
 * our algorithms in the same run, for example {@code evaluate --format movielens --input DIR
 * --protocol holdout --algorithms ease,als,spark-als}. Prints the Spark session start time to
 * stderr, since the harness's fit times exclude it.
 */
public final class SparkPeerMain {
  private SparkPeerMain() {}

  /** Same arguments and exit codes as {@link JobMain}. */
  public static void main(String[] args) {
    int code = JobMain.run(args, System.out, System.err);
    if (!Double.isNaN(LocalSpark.startSeconds())) {
      System.err.printf("spark session start: %.2f s%n", LocalSpark.startSeconds());
    }
    System.exit(code);
  }
}
