package org.signpost.widgets.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.signpost.widgets.feedback.FeedbackResource;

/** The hand-written OpenAPI document names every operation of the API, so it cannot fall behind. */
class OpenApiDocumentTest {

  private static final List<Class<?>> RESOURCES =
      List.of(
          TopicsResource.class,
          ResourcesResource.class,
          OrganisationsResource.class,
          KeyStagesResource.class);

  @Test
  void feedbackIsDocumented() throws IOException {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
      String document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String path = "/api/" + FeedbackResource.class.getAnnotation(Path.class).value();
      assertThat(document).contains("\n  " + path + ":\n    post:");
    }
  }

  @Test
  void everyGetOfTheApiIsDocumented() throws IOException {
    String document;
    try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    List<String> paths = RESOURCES.stream().flatMap(OpenApiDocumentTest::getPaths).toList();

    assertThat(paths).hasSize(5);
    assertThat(paths)
        .allSatisfy(path -> assertThat(document).contains("\n  " + path + ":\n    get:"));
  }

  private static Stream<String> getPaths(Class<?> resource) {
    String root = "/api/" + resource.getAnnotation(Path.class).value();
    return Stream.of(resource.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(GET.class))
        .map(m -> root + sub(m));
  }

  private static String sub(Method method) {
    Path path = method.getAnnotation(Path.class);
    return path == null ? "" : "/" + path.value();
  }
}
