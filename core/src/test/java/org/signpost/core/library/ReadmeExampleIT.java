package org.signpost.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the plain-Java example of README.md exactly as written, against the packaged core jar and
 * only the libraries the README names, so that the example cannot drift from the code.
 */
class ReadmeExampleIT {

  private static final Pattern EXAMPLE =
      Pattern.compile("<!-- core-example -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path work;

  @Test
  void theExampleListsTheKs3ResourcesOfTheDemoPack() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher example = EXAMPLE.matcher(readme);
    assertThat(example.find())
        .as("README.md has a java block after <!-- core-example -->")
        .isTrue();
    Path source = work.resolve("Ks3Resources.java");
    Files.writeString(source, example.group(1), StandardCharsets.UTF_8);
    String classPath = String.join(File.pathSeparator, libraryClassPath());

    int compiled =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-cp", classPath, "-d", work.toString(), source.toString());
    assertThat(compiled).as("the example compiles").isZero();

    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                work + File.pathSeparator + classPath,
                "Ks3Resources")
            .redirectErrorStream(true)
            .start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor()).as(output).isZero();
    assertThat(output)
        .contains("Making a safety plan (Childline)")
        .contains("Healthy relationships lessons for Key Stage 3 (NSPCC)")
        .doesNotContain("Key Stage 2")
        .doesNotContain("Key Stage 4");
  }

  /**
   * The core jar as packaged, what Maven brings with it (the HTML sanitiser and jsoup), and the two
   * libraries the README tells a user to add.
   */
  private static List<String> libraryClassPath() {
    List<String> path = new ArrayList<>();
    path.add(System.getProperty("signpost.core.jar"));
    Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(
            entry ->
                entry.contains("owasp-java-html-sanitizer")
                    || entry.contains("java8-shim")
                    || entry.contains("java10-shim")
                    || entry.contains("jsoup")
                    || entry.contains("jakarta.json-api")
                    || entry.contains("parsson"))
        .forEach(path::add);
    return path;
  }
}
