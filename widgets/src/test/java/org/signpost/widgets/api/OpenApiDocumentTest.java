package org.signpost.widgets.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written OpenAPI document names every operation of every JAX-RS resource the war holds,
 * found in its classes rather than listed here, so that neither can fall behind.
 */
class OpenApiDocumentTest {

  @Test
  void everyOperationOfTheApiIsDocumented() throws IOException {
    String document;
    try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    List<String> operations =
        resources().stream().flatMap(OpenApiDocumentTest::operations).toList();

    assertThat(operations)
        .as("topics, one topic, resources, organisations, key stages, feedback and oEmbed")
        .hasSize(7);
    assertThat(operations).allSatisfy(operation -> assertThat(document).contains(operation));
  }

  /** The war's resource classes, apart from the one that serves the document itself. */
  private static List<Class<?>> resources() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.signpost.widgets")
            .stream()
            .filter(c -> c.isAnnotatedWith(Path.class))
            .map(JavaClass::reflect)
            .filter(c -> c != OpenApiResource.class)
            .<Class<?>>map(c -> c)
            .toList();
  }

  /** Each operation as the document writes it, such as {@code "\n /api/v1/topics:\n get:"}. */
  private static Stream<String> operations(Class<?> resource) {
    String root = "/api/" + resource.getAnnotation(Path.class).value();
    return Stream.of(resource.getDeclaredMethods())
        .flatMap(
            m ->
                Arrays.stream(m.getAnnotations())
                    .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                    .filter(h -> h != null)
                    .map(h -> "\n  " + root + sub(m) + ":\n    " + verb(h)))
        .distinct();
  }

  private static String verb(HttpMethod method) {
    return method.value().toLowerCase(Locale.ROOT) + ":";
  }

  private static String sub(Method method) {
    Path path = method.getAnnotation(Path.class);
    return path == null ? "" : "/" + path.value();
  }
}
