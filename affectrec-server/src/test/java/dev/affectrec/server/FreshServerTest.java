package dev.affectrec.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the test classes whose every test talks to its own fresh server ({@link #http}, default
 * configuration, data in a temporary folder), closed after the test.
 */
abstract class FreshServerTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  HttpFixture http;

  @BeforeEach
  void start() {
    http = new HttpFixture(dir);
  }

  @AfterEach
  void stop() {
    http.close();
  }
}
