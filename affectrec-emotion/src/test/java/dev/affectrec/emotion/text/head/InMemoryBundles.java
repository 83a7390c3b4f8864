package dev.affectrec.emotion.text.head;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Saves head bundles to memory and reloads them: the round trip of the head tests. */
final class InMemoryBundles {
  private InMemoryBundles() {}

  /** {@code bundle} in the file format. */
  static byte[] bytes(HeadBundle bundle) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HeadBundleIo.write(bundle, out);
    return out.toByteArray();
  }

  /** {@code bundle} written and read back; {@code source} names it in error messages. */
  static HeadBundle reload(HeadBundle bundle, String source) throws IOException {
    return HeadBundleIo.read(new ByteArrayInputStream(bytes(bundle)), source);
  }
}
