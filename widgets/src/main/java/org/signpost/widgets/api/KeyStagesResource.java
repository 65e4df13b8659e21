package org.signpost.widgets.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.signpost.core.taxonomy.KeyStage;

/** The key stages with their codes and ages, in school order. */
@ApplicationScoped
@Path("v1/key-stages")
@Produces(MediaType.APPLICATION_JSON)
public class KeyStagesResource {

  @GET
  public List<KeyStageView> list() {
    return Arrays.stream(KeyStage.values()).map(KeyStageView::of).toList();
  }
}
