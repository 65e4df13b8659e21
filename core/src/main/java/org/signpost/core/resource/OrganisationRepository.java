package org.signpost.core.resource;

import java.util.List;
import java.util.Optional;

/** Where organisations are kept. */
public interface OrganisationRepository {

  Optional<Organisation> findBySlug(String slug);

  /** Every organisation by name. */
  List<Organisation> findAll();

  Organisation store(Organisation organisation);
}
