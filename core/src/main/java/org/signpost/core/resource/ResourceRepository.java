package org.signpost.core.resource;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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

  /**
   * Resources that match the query, archived ones too when asked, sorted by the column and then by
   * title; one page of them with the total.
   */
  Page<Resource> find(
      ResourceQuery query,
      boolean withArchived,
      ResourceOrder order,
      boolean ascending,
      PageRequest page);

  /** Resources at this address, ignoring case and a trailing slash, archived ones too. */
  List<Resource> findByAddress(String url);

  List<Resource> findBySlugs(Collection<String> slugs);

  /** Resources in use whose last link check found one of these, by title. */
  List<Resource> findWithLinkStatus(Collection<LinkStatus> statuses);

  /** How many resources in use have each link status, every status present. */
  Map<LinkStatus, Long> countByLinkStatus();

  Resource store(Resource resource);
}
