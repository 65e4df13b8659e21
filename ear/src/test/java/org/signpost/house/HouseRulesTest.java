package org.signpost.house;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house, read from the classes the build made: core knows nothing of Faces, JAX-RS
 * or Servlet; neither war knows the other; core's packages depend on each other without a cycle.
 * Each rule is also shown to fail on a deliberate breach, so that a rule that can never fail does
 * not pass for a guard.
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

  static ArchRule keepsOutOf(String war, String otherWar) {
    return noClasses()
        .that()
        .resideInAPackage(war + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(otherWar + "..")
        .because("the wars share only core");
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
        .because(
            "the wars talk to core through its services and get records, not managed entities");
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
  void eachRuleFailsOnADeliberateBreach() {
    JavaClasses breach = new ClassFileImporter().importPackages("org.signpost.house.fixture");

    assertThatThrownBy(() -> hasNoCycles("org.signpost.house.fixture").check(breach))
        .hasMessageContaining("Cycle detected");
    assertThatThrownBy(() -> knowsNoWebFramework("org.signpost.house.fixture").check(breach))
        .hasMessageContaining("jakarta.servlet");
    assertThatThrownBy(
            () ->
                keepsOutOf("org.signpost.house.fixture.left", "org.signpost.house.fixture.right")
                    .check(breach))
        .hasMessageContaining("Right");
    assertThatThrownBy(
            () -> receivesRecordsNotEntities("org.signpost.house.fixture.left").check(breach))
        .hasMessageContaining("Held");
  }
}
