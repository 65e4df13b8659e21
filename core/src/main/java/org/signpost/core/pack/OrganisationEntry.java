package org.signpost.core.pack;

import org.signpost.core.resource.Organisation;

/** An organisation in a content pack. */
public record OrganisationEntry(String slug, String name, String homePage) {

  public static OrganisationEntry of(Organisation organisation) {
    return new OrganisationEntry(organisation.slug(), organisation.name(), organisation.homePage());
  }
}
