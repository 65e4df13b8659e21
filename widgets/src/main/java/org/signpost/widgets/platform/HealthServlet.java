package org.signpost.widgets.platform;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.signpost.core.publication.CachePolicy;

/**
 * The deployment's health, answered by the deployment itself, in MicroProfile Health's form: {@code
 * /health/ready}, {@code /health/live} and {@code /health} for both. As an address of the
 * application, it answers only once the server serves the application, so it is never UP before the
 * application answers; the server's own health endpoint, which the bundle switches off, said UP
 * with no checks at all while the application was still deploying. UP is 200, anything else 503.
 */
@WebServlet({HealthServlet.BOTH, HealthServlet.READY, HealthServlet.LIVE})
public class HealthServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String BOTH = "/health";
  static final String READY = "/health/ready";
  static final String LIVE = "/health/live";

  /** Whether a request is one of the health probes. */
  public static boolean isProbe(HttpServletRequest request) {
    String path = request.getServletPath();
    return BOTH.equals(path) || READY.equals(path) || LIVE.equals(path);
  }

  @Inject @Any transient Instance<HealthCheck> checks;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath();
    List<HealthCheckResponse> answers = new ArrayList<>();
    if (!LIVE.equals(path)) {
      checks.select(Readiness.Literal.INSTANCE).forEach(check -> answers.add(call(check)));
    }
    if (!READY.equals(path)) {
      checks.select(Liveness.Literal.INSTANCE).forEach(check -> answers.add(call(check)));
    }
    boolean up =
        !answers.isEmpty()
            && answers.stream().allMatch(a -> a.getStatus() == HealthCheckResponse.Status.UP);
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (HealthCheckResponse answer : answers) {
      JsonObjectBuilder data = Json.createObjectBuilder();
      answer.getData().ifPresent(d -> d.forEach((k, v) -> data.add(k, String.valueOf(v))));
      list.add(
          Json.createObjectBuilder()
              .add("name", answer.getName())
              .add("status", answer.getStatus().name())
              .add("data", data));
    }
    String body =
        Json.createObjectBuilder()
            .add("status", up ? "UP" : "DOWN")
            .add("checks", list)
            .build()
            .toString();
    response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Cache-Control", CachePolicy.NO_STORE);
    response.setContentType("application/json");
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  private static HealthCheckResponse call(HealthCheck check) {
    try {
      return check.call();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named(check.getClass().getSimpleName()).down().build();
    }
  }
}
