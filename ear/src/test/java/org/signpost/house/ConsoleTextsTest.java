package org.signpost.house;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console's beans say what they say through its text bundle: every key they name is in it, so
 * that no confirmation or refusal fails at the moment a curator would read it.
 */
class ConsoleTextsTest {

  private static final Path ROOT =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
  private static final Pattern KEY_USE =
      Pattern.compile(
          "\\.(?:confirm|text)\\(\\s*\"([a-zA-Z0-9.]+)\"|\\.refuse\\(\\s*[^,]+,\\s*\"([a-zA-Z0-9.]+)\"");

  @Test
  void everyKeyTheBeansNameIsInTheBundle() throws IOException {
    Properties bundle = new Properties();
    try (Reader file =
        Files.newBufferedReader(
            ROOT.resolve("web/src/main/resources/org/signpost/admin/text.properties"))) {
      bundle.load(file);
    }
    List<String> named = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(ROOT.resolve("web/src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher use = KEY_USE.matcher(Files.readString(source));
        while (use.find()) {
          named.add(use.group(1) != null ? use.group(1) : use.group(2));
        }
      }
    }
    assertThat(named).hasSizeGreaterThan(20);
    assertThat(named).allSatisfy(key -> assertThat(bundle).containsKey(key));
  }
}
