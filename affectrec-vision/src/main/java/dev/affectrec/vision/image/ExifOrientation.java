package dev.affectrec.vision.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads the EXIF orientation tag (0x0112) from a JPEG's APP1 segment. Defensive: any malformed
 * structure yields 1 (upright) rather than an exception. Stateless.
 */
public final class ExifOrientation {
  private static final int TAG_ORIENTATION = 0x0112;

  private ExifOrientation() {}

  /** The orientation in 1..8, or 1 when the bytes are not a JPEG or carry no valid tag. */
  public static int of(byte[] jpeg) {
    try {
      return find(jpeg);
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      return 1;
    }
  }

  private static int find(byte[] b) {
    if (b.length < 4 || (b[0] & 0xff) != 0xFF || (b[1] & 0xff) != 0xD8) {
      return 1;
    }
    int pos = 2;
    while (pos + 4 <= b.length && (b[pos] & 0xff) == 0xFF) {
      int marker = b[pos + 1] & 0xff;
      int length = ((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff);
      if (marker == 0xDA || marker == 0xD9 || length < 2) {
        return 1; // start of scan: no EXIF before the pixels
      }
      if (marker == 0xE1 && length >= 16 && isExif(b, pos + 4)) {
        return fromTiff(ByteBuffer.wrap(b, pos + 10, length - 8).slice());
      }
      pos += 2 + length;
    }
    return 1;
  }

  private static boolean isExif(byte[] b, int at) {
    return b[at] == 'E'
        && b[at + 1] == 'x'
        && b[at + 2] == 'i'
        && b[at + 3] == 'f'
        && b[at + 4] == 0
        && b[at + 5] == 0;
  }

  private static int fromTiff(ByteBuffer tiff) {
    if (tiff.get(0) == 'I' && tiff.get(1) == 'I') {
      tiff.order(ByteOrder.LITTLE_ENDIAN);
    } else if (tiff.get(0) != 'M' || tiff.get(1) != 'M') {
      return 1;
    }
    int ifd = tiff.getInt(4);
    int entries = tiff.getShort(ifd) & 0xffff;
    for (int i = 0; i < entries; i++) {
      int entry = ifd + 2 + i * 12;
      if ((tiff.getShort(entry) & 0xffff) == TAG_ORIENTATION) {
        int value = tiff.getShort(entry + 8) & 0xffff;
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }
}
