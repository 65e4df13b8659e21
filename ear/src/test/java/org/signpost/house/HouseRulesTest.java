package org.signpost.house;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of the house, read from the classes the build made: core knows nothing of Faces, JAX-RS
 * or Servlet, and names EclipseLink and Payara only in its infrastructure package; neither war
 * knows the other; core's packages depend on each other without a cycle. Each rule is also shown to
 * fail on a deliberate breach, so that a rule that can never fail does not pass for a guard.
 */
class HouseRulesTest {

  private static JavaClasses built;

  @BeforeAll
  static void importTheBuiltClasses() {
    Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    Path[] modules = {
      root.resolve("core/target/classes"),
      root.resolve("web/target/classes"),
      root.resolve("widgets/target/classes")
    };
    for (Path module : modules) {
      if (!Files.isDirectory(module.resolve("org/signpost"))) {
        throw new IllegalStateException("Build " + module + " first: it holds no classes");
      }
    }
    built = new ClassFileImporter().importPaths(modules);
  }

  static ArchRule knowsNoWebFramework(String library) {
    return noClasses()
        .that()
        .resideInAPackage(library + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.faces..",
            "jakarta.ws.rs..",
            "jakarta.servlet..",
            "org.primefaces..",
            "org.signpost.admin..",
            "org.signpost.widgets..")
        .because("core is a library for any Jakarta EE server and plain Java programs");
  }

  static ArchRule namesTheProviderAndServerOnlyInItsInfrastructure(String library) {
    return noClasses()
        .that()
        .resideInAPackage(library + "..")
        .and()
        .resideOutsideOfPackage(library + ".infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.eclipse.persistence..",
            "com.hazelcast..",
            "fish.payara..",
            "io.github.bucket4j.grid..")
        .because(
            "the domain is written against Jakarta EE's standard APIs; what is EclipseLink's or"
                + " Payara's lives in core's infrastructure package alone");
  }

  static ArchRule keepsOutOf(String war, String otherWar) {
    return noClasses()
        .that()
        .resideInAPackage(war + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(otherWar + "..")
        .because("the console and the public side share only core");
  }

  static ArchRule hasNoCycles(String library) {
    return slices()
        .matching(library + ".(**)")
        .should()
        .beFreeOfCycles()
        .because("a package can then be understood, tested and changed without the rest");
  }

  @Test
  void coreImportsNeitherFacesNorJaxRsNorServletNorTheWars() {
    knowsNoWebFramework("org.signpost.core").check(built);
  }

  @Test
  void onlyCoresInfrastructureNamesThePersistenceProviderOrTheServer() {
    namesTheProviderAndServerOnlyInItsInfrastructure("org.signpost.core").check(built);
  }

  @Test
  void neitherWarImportsTheOther() {
    keepsOutOf("org.signpost.admin", "org.signpost.widgets").check(built);
    keepsOutOf("org.signpost.widgets", "org.signpost.admin").check(built);
  }

  static ArchRule receivesRecordsNotEntities(String war) {
    return noClasses()
        .that()
        .resideInAPackage(war + "..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(jakarta.persistence.Entity.class)
        .orShould()
        .dependOnClassesThat()
        .areAnnotatedWith(jakarta.persistence.Embeddable.class)
        .because(
            "the console and the public side talk to core through its services and get records,"
                + " not managed entities or their parts");
  }

  @Test
  void neitherWarHandlesEntities() {
    receivesRecordsNotEntities("org.signpost.admin").check(built);
    receivesRecordsNotEntities("org.signpost.widgets").check(built);
  }

  @Test
  void coresPackagesFormNoCycle() {
    hasNoCycles("org.signpost.core").check(built);
  }

  @Test
  void thePackagesOfTheConsoleAndOfThePublicSideFormNoCycle() {
    hasNoCycles("org.signpost.admin").check(built);
    hasNoCycles("org.signpost.widgets").check(built);
  }

  /** The most lines a class's source may have: past it, it does more than one thing. */
  static final int MOST_LINES = 300;

  /** The sources under {@code folder} longer than {@link #MOST_LINES}, with their length. */
  static List<String> tooLong(Path folder) throws IOException {
    try (Stream<Path> sources = Files.walk(folder)) {
      List<String> found = new ArrayList<>();
      for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
        long lines = Files.readAllLines(source).size();
        if (lines > MOST_LINES) {
          found.add(folder.relativize(source) + ": " + lines + " lines");
        }
      }
      return found;
    }
  }

  @Test
  void noClassIsLongerThanThreeHundredLines() throws IOException {
    Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    List<String> found = new ArrayList<>();
    for (String module : List.of("core", "widgets", "web")) {
      found.addAll(tooLong(root.resolve(module + "/src/main/java")));
    }
    assertThat(found).as("classes to split by responsibility").isEmpty();
  }

  @Test
  void eachRuleFailsOnADeliberateBreach(@TempDir Path sources) throws IOException {
    Files.write(
        sources.resolve("Long.java"), java.util.Collections.nCopies(MOST_LINES + 1, "// a line"));
    assertThat(tooLong(sources)).containsExactly("Long.java: 301 lines");

    JavaClasses breach = new ClassFileImporter().importPackages("org.signpost.house.fixture");

    assertThatThrownBy(() -> hasNoCycles("org.signpost.house.fixture").check(breach))
        .hasMessageContaining("Cycle detected");
    assertThatThrownBy(() -> knowsNoWebFramework("org.signpost.house.fixture").check(breach))
        .hasMessageContaining("jakarta.servlet");
    assertThatThrownBy(
            () ->
                namesTheProviderAndServerOnlyInItsInfrastructure("org.signpost.house.fixture")
                    .check(breach))
        .hasMessageContaining("com.hazelcast");
    assertThatThrownBy(
            () ->
                keepsOutOf("org.signpost.house.fixture.left", "org.signpost.house.fixture.right")
                    .check(breach))
        .hasMessageContaining("Right");
    assertThatThrownBy(
            () -> receivesRecordsNotEntities("org.signpost.house.fixture.left").check(breach))
        .hasMessageContaining("Held>")
        .hasMessageContaining("HeldPart>");
  }
}
