package org.signpost.widgets.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI document of the content API, written by hand next to the code it describes and served
 * as it is; a test checks that it names every operation the API has.
 */
@ApplicationScoped
@Path("openapi.yaml")
public class OpenApiResource {

  static final String DOCUMENT = "openapi.yaml";

  private static final byte[] YAML = load();

  @GET
  @Produces("application/yaml")
  public byte[] document() {
    return YAML;
  }

  private static byte[] load() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI document is missing: " + DOCUMENT);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
