package org.signpost.core.resource;

/** An organisation as readers see it. */
public record OrganisationView(String slug, String name, String homePage) {

  public static OrganisationView of(Organisation organisation) {
    return new OrganisationView(organisation.slug(), organisation.name(), organisation.homePage());
  }
}
