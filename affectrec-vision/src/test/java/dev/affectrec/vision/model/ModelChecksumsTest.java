package dev.affectrec.vision.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelChecksumsTest {
  @TempDir Path dir;

  @Test
  void committedListCoversBothModels() {
    assertThat(ModelChecksums.faceModels().files())
        .containsExactlyInAnyOrder(
            "blazeface.json", "blazeface.bin", "emotion.json", "emotion.bin");
  }

  @Test
  void acceptsMatchingFilesAndNamesMismatches() throws IOException {
    Files.writeString(dir.resolve("a.bin"), "abc");
    String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    ModelChecksums.parse(abc + "  a.bin\n\n").verify(dir);
    Files.writeString(dir.resolve("a.bin"), "abd");
    assertThatThrownBy(() -> ModelChecksums.parse(abc + "  a.bin").verify(dir))
        .isInstanceOf(ModelIntegrityException.class)
        .hasMessageStartingWith("sha256 mismatch for model file " + dir.resolve("a.bin"))
        .hasMessageContaining("expected " + abc + ", got ");
    assertThatThrownBy(() -> ModelChecksums.parse(abc + "  b.bin").verify(dir))
        .hasMessageContaining("is missing");
    assertThatThrownBy(() -> ModelChecksums.parse("nonsense")).hasMessageContaining("nonsense");
  }

  @Test
  void loadRefusesAnAlteredModelFile() throws IOException {
    for (String name : ModelChecksums.faceModels().files()) {
      Files.writeString(dir.resolve(name), "not the model");
    }
    assertThatThrownBy(() -> FaceModels.load(dir))
        .isInstanceOf(ModelIntegrityException.class)
        .hasMessageContaining("sha256 mismatch");
  }

  @Test
  void defaultDirectoryFollowsTheSystemProperty() {
    String old = System.getProperty(FaceModels.DIR_PROPERTY);
    try {
      System.setProperty(FaceModels.DIR_PROPERTY, dir.toString());
      assertThat(FaceModels.defaultDirectory()).isEqualTo(dir);
      System.clearProperty(FaceModels.DIR_PROPERTY);
      assertThat(FaceModels.defaultDirectory().toString())
          .endsWith("vladmandic-human-" + FaceModels.HUMAN_VERSION);
    } finally {
      if (old != null) {
        System.setProperty(FaceModels.DIR_PROPERTY, old);
      }
    }
  }
}
