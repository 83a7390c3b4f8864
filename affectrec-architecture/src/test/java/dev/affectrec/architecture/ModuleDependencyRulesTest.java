package dev.affectrec.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module graph of docs/ARCHITECTURE.md as executable rules over the main classes of every
 * runtime module: each module may use only the modules listed for it, so a forbidden dependency
 * fails the build even when Maven's dependency declarations would allow it.
 */
class ModuleDependencyRulesTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.affectrec");
  }

  static Stream<Arguments> modules() {
    return ModuleGraph.ALLOWED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0} uses only {1}")
  @MethodSource("modules")
  void moduleUsesOnlyWhatItMay(String module, Set<String> allowed) {
    ruleFor(module, allowed).check(classes);
  }

  @Test
  void aRuleReportsADependencyItForbids() {
    assertThatThrownBy(() -> ruleFor("hybrid", Set.of("api")).check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dev.affectrec.recommend");
  }

  /** No class of {@code module} may use a module outside {@code allowed}, cli or bench. */
  private static ArchRule ruleFor(String module, Set<String> allowed) {
    Set<String> forbidden = new TreeSet<>(ModuleGraph.ALLOWED.keySet());
    forbidden.add("cli");
    forbidden.add("bench");
    forbidden.removeAll(allowed);
    forbidden.remove(module);
    return noClasses()
        .that()
        .resideInAPackage(ModuleGraph.packageOf(module))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden.stream().map(ModuleGraph::packageOf).toArray(String[]::new))
        .because("docs/ARCHITECTURE.md: " + module + " may use only " + allowed);
  }

  @Test
  void cliStartsTheServerButUsesTheDomainLayerForEverythingElse() {
    noClasses()
        .that()
        .resideInAPackage(ModuleGraph.packageOf("cli"))
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "server classes other than AffectRecServer and ServerConfig",
                c ->
                    (c.getPackageName().equals("dev.affectrec.server")
                            || c.getPackageName().startsWith("dev.affectrec.server."))
                        && Stream.of(
                                "dev.affectrec.server.AffectRecServer",
                                "dev.affectrec.server.ServerConfig")
                            .noneMatch(
                                name ->
                                    c.getName().equals(name)
                                        || c.getName().startsWith(name + "$"))))
        .because("the CLI calls the domain services in affectrec-serving, as the server does")
        .check(classes);
  }
}
