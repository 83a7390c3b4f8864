package dev.affectrec.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * Keeps the SQLite database file and its {@code -wal} and {@code -shm} siblings readable by their
 * owner only ({@code rw-------}), as the model files are: they hold user ids, review texts and
 * search texts. {@link #restrict} creates a missing database file with those permissions before
 * SQLite opens it (SQLite gives the WAL and shared-memory files the mode of the database file) and
 * tightens the permissions of files an older version left world-readable. On a file system without
 * POSIX permissions it does nothing.
 */
final class SqliteFiles {
  /** The permissions of the database file and its siblings. */
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private static final List<String> SIBLING_SUFFIXES = List.of("", "-wal", "-shm", "-journal");

  private SqliteFiles() {}

  /**
   * Creates {@code database} with owner-only permissions if it is missing, and sets those
   * permissions on it and on each of its siblings that exists.
   *
   * @throws UncheckedIOException naming the file that cannot be created or changed
   */
  static void restrict(Path database) {
    if (Files.getFileAttributeView(database.getParent(), PosixFileAttributeView.class) == null) {
      return;
    }
    try {
      Files.createFile(database, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (FileAlreadyExistsException e) {
      // an existing store: tightened below
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database file " + database, e);
    }
    for (String suffix : SIBLING_SUFFIXES) {
      Path file = database.resolveSibling(database.getFileName() + suffix);
      try {
        if (Files.exists(file)) {
          Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot make " + file + " readable by its owner only; check who owns it", e);
      }
    }
  }
}
