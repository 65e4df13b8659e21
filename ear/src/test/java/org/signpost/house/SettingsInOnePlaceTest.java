package org.signpost.house;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One name per setting and every default in one file: each key the code reads is in core's {@code
 * microprofile-config.properties}, nowhere else has a default, and README's table lists each key by
 * its environment variable with the same default.
 */
class SettingsInOnePlaceTest {

  private static final Path ROOT =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
  private static final String CONFIG_PROPERTY =
      "org.eclipse.microprofile.config.inject.ConfigProperty";
  private static final String CONFIG_PROPERTIES =
      "org.eclipse.microprofile.config.inject.ConfigProperties";
  private static final String UNCONFIGURED =
      "org.eclipse.microprofile.config.configproperty.unconfigureddvalue";
  private static final Pattern MPCONFIG = Pattern.compile("\\$\\{MPCONFIG=([a-z0-9.-]+)}");
  private static final Pattern README_ROW =
      Pattern.compile("^\\| `(SIGNPOST_[A-Z0-9_]+)` \\| (.+?) \\| (.+) \\|$");

  private static Properties defaults;
  private static List<JavaField> injected;

  @BeforeAll
  static void read() throws IOException {
    defaults = new Properties();
    try (Reader file =
        Files.newBufferedReader(
            ROOT.resolve("core/src/main/resources/META-INF/microprofile-config.properties"))) {
      defaults.load(file);
    }
    JavaClasses classes =
        new ClassFileImporter()
            .importPaths(
                ROOT.resolve("core/target/classes"),
                ROOT.resolve("web/target/classes"),
                ROOT.resolve("widgets/target/classes"));
    injected =
        classes.stream()
            .flatMap(c -> c.getFields().stream())
            .filter(f -> f.isAnnotatedWith(CONFIG_PROPERTY))
            .toList();
  }

  static String environmentName(String key) {
    return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  @Test
  void everySettingTheCodeReadsHasItsDefaultInTheOneFileAndNowhereElse() throws IOException {
    Set<String> read = new TreeSet<>(settingsRead());
    assertThat(read).isNotEmpty();
    assertThat(defaults.stringPropertyNames()).containsAll(read);
    List<String> withOwnDefault = new ArrayList<>();
    for (JavaField field : injected) {
      Object own =
          field.getAnnotationOfType(CONFIG_PROPERTY).get("defaultValue").orElse(UNCONFIGURED);
      if (!own.equals(UNCONFIGURED)) {
        withOwnDefault.add(field.getFullName() + " (" + nameOf(field) + ")");
      }
    }
    assertThat(withOwnDefault).as("settings with a default of their own").isEmpty();
  }

  @Test
  void theOneFileHoldsNoSettingThatNothingReads() throws IOException {
    Set<String> read = new TreeSet<>(settingsRead());
    assertThat(
            defaults.stringPropertyNames().stream().filter(k -> k.startsWith("signpost.")).toList())
        .allSatisfy(key -> assertThat(read).as("settings read by the code").contains(key));
  }

  @Test
  void readmeListsEverySettingWithTheDefaultOfTheFile() throws IOException {
    Map<String, String> documented = readmeDefaults();
    for (String key : defaults.stringPropertyNames()) {
      if (!key.startsWith("signpost.")) {
        continue;
      }
      String name = environmentName(key);
      assertThat(documented).as("README's configuration table").containsKey(name);
      String value = defaults.getProperty(key);
      if (value.isEmpty()) {
        assertThat(documented.get(name)).as(name + " has no default").startsWith("(");
      } else {
        assertThat(documented.get(name)).as(name + "'s default").isEqualTo("`" + value + "`");
      }
    }
    for (String name : documented.keySet()) {
      boolean known =
          defaults.stringPropertyNames().stream().anyMatch(k -> environmentName(k).equals(name));
      assertThat(known || runScriptOnly(name) || readByTheServer(name))
          .as(name + " in README names a setting of the file (or of run.sh, or of Payara's boot)")
          .isTrue();
    }
  }

  private static boolean runScriptOnly(String name) throws IOException {
    return Files.readString(ROOT.resolve("run.sh")).contains(name);
  }

  /** A setting the bundle's boot commands read from the environment, such as the HTTP address. */
  private static boolean readByTheServer(String name) throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("ear/src/main/payara"))) {
      for (Path file : files.toList()) {
        if (Files.readString(file).contains("${ENV=" + name + ":")) {
          return true;
        }
      }
    }
    return false;
  }

  private static Map<String, String> readmeDefaults() throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
      Matcher row = README_ROW.matcher(line);
      if (row.matches()) {
        rows.put(row.group(1), row.group(2));
      }
    }
    return rows;
  }

  /** The setting's full name: a settings holder's prefix (@ConfigProperties) and the field's. */
  static String nameOf(JavaField field) {
    String name = (String) field.getAnnotationOfType(CONFIG_PROPERTY).get("name").orElseThrow();
    if (!field.getOwner().isAnnotatedWith(CONFIG_PROPERTIES)) {
      return name;
    }
    String prefix =
        (String)
            field.getOwner().getAnnotationOfType(CONFIG_PROPERTIES).get("prefix").orElseThrow();
    return prefix + "." + name;
  }

  private static List<String> settingsRead() throws IOException {
    List<String> names =
        new ArrayList<>(injected.stream().map(SettingsInOnePlaceTest::nameOf).toList());
    for (String module : List.of("core", "web", "widgets")) {
      try (Stream<Path> sources = Files.walk(ROOT.resolve(module).resolve("src/main"))) {
        for (Path source : sources.filter(Files::isRegularFile).toList()) {
          Matcher reference = MPCONFIG.matcher(Files.readString(source));
          while (reference.find()) {
            names.add(reference.group(1));
          }
        }
      }
    }
    return names;
  }
}
