package org.signpost.widgets.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * Mounts the JAX-RS resources of the content API at {@code /api}. The resources are application
 * scoped: made once, not per request, which spares each request the server's injection work. The
 * API is described by the OpenAPI document served at {@code /api/openapi.yaml}.
 */
@ApplicationPath("api")
public class ContentApi extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // OPTIONS answers with the allowed methods only, not a WADL description.
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
