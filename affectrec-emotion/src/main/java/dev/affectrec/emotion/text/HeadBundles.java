package dev.affectrec.emotion.text;

import dev.affectrec.emotion.text.head.HeadBundle;
import dev.affectrec.emotion.text.head.HeadBundleIo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates and loads head bundles: the ones shipped in the jar or files. Stateless. */
public final class HeadBundles {
  /** Classpath folder of the shipped bundles. */
  public static final String RESOURCE_DIR = "dev/affectrec/emotion/text/";

  private HeadBundles() {}

  /**
   * The shipped bundle of {@code language} ({@code en} or {@code zh}).
   *
   * @throws IllegalStateException if it is missing or corrupt
   */
  public static HeadBundle shipped(String language) {
    String name = RESOURCE_DIR + "text-heads-" + language + ".bin.gz";
    try (InputStream in = HeadBundles.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("head resource " + name + " is missing from the classpath");
      }
      return HeadBundleIo.read(in, name);
    } catch (IOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * A bundle from a file.
   *
   * @throws IllegalStateException if the file is missing or corrupt
   */
  public static HeadBundle fromFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("head file not found: " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return HeadBundleIo.read(in, file.toString());
    } catch (IOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
