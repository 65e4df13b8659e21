package org.signpost.core.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.signpost.core.persistence.Page;
import org.signpost.core.persistence.PageRequest;

/** The public reading of resources and organisations. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResourceCatalogue {

  @Inject ResourceRepository resources;
  @Inject OrganisationRepository organisations;

  protected ResourceCatalogue() {}

  public ResourceCatalogue(ResourceRepository resources, OrganisationRepository organisations) {
    this.resources = resources;
    this.organisations = organisations;
  }

  /** Resources in use that match the query, a page at a time. */
  public Page<ResourceView> search(@NotNull @Valid ResourceQuery query, @NotNull PageRequest page) {
    return resources.search(query, page).map(ResourceView::of);
  }

  /**
   * The address as Signpost lists it, when readers reach it from Signpost's pages: that of a public
   * resource or of an organisation's home page; empty for any other address.
   */
  public Optional<String> listedAddress(String address) {
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    Optional<String> resource =
        resources.findByAddress(address).stream()
            .filter(Resource::isPublic)
            .map(Resource::url)
            .findFirst();
    if (resource.isPresent()) {
      return resource;
    }
    String plain = address.strip();
    return organisations.findAll().stream()
        .map(Organisation::homePage)
        .filter(home -> home.equalsIgnoreCase(plain))
        .findFirst();
  }

  public List<OrganisationView> organisations() {
    return organisations.findAll().stream().map(OrganisationView::of).toList();
  }
}
