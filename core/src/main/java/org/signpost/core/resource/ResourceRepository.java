package org.signpost.core.resource;

import java.util.List;
import java.util.Optional;
import org.signpost.core.persistence.Page;
import org.signpost.core.persistence.PageRequest;

/** Where resources are kept, and the catalogue search over them. */
public interface ResourceRepository {

  Optional<Resource> findBySlug(String slug);

  /** Every resource, archived ones too, by title. */
  List<Resource> findAll();

  /** Resources that match the query, by title, one page of them with the total. */
  Page<Resource> search(ResourceQuery query, PageRequest page);

  Resource store(Resource resource);
}
