package dev.affectrec.recommend.model;

/** Constants of the binary model file format. */
public final class ModelFormat {
  /** The first four bytes of every model file: {@code AFRM}. */
  public static final int MAGIC = 0x4146524D;

  /** The format version this code writes and reads. */
  public static final int VERSION = 1;

  private ModelFormat() {}
}
