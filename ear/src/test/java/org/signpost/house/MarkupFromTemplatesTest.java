package org.signpost.house;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * HTML comes from the jte templates only: no main class writes a tag in a string literal. The one
 * exception is the sanitiser, which rewrites what it has already cleaned.
 */
class MarkupFromTemplatesTest {

  private static final Path ROOT =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
  private static final Pattern TAG_IN_LITERAL = Pattern.compile("\"[^\"\\n]*<[a-zA-Z/][^\"\\n]*\"");
  private static final String SANITISER = "SafeHtml.java";

  @Test
  void noMainClassWritesATag() throws IOException {
    List<String> found = new ArrayList<>();
    for (String module : List.of("core", "web", "widgets")) {
      try (Stream<Path> sources = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
          if (source.getFileName().toString().equals(SANITISER)) {
            continue;
          }
          List<String> lines = Files.readAllLines(source);
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("*")
                && !line.startsWith("//")
                && TAG_IN_LITERAL.matcher(line).find()) {
              found.add(ROOT.relativize(source) + ":" + (i + 1) + ": " + line);
            }
          }
        }
      }
    }
    assertThat(found).as("HTML written in Java instead of a template").isEmpty();
  }
}
