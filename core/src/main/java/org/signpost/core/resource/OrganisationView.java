package org.signpost.core.resource;

import java.io.Serializable;

/** An organisation as readers see it. */
public record OrganisationView(String slug, String name, String homePage) implements Serializable {

  public static OrganisationView of(Organisation organisation) {
    return new OrganisationView(organisation.slug(), organisation.name(), organisation.homePage());
  }
}
