package org.signpost.widgets.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.signpost.core.resource.OrganisationView;
import org.signpost.core.resource.ResourceCatalogue;

/** The organisations that provide resources, by name. */
@ApplicationScoped
@Path("v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

  @Inject ResourceCatalogue catalogue;

  @GET
  public List<OrganisationView> list() {
    return catalogue.organisations();
  }
}
