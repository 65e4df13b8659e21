package org.signpost.core.linkhealth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.signpost.core.resource.LinkHealth;
import org.signpost.core.resource.LinkStatus;
import org.signpost.core.resource.Resource;
import org.signpost.core.resource.ResourceRepository;
import org.signpost.core.resource.ResourceRow;

/** Reads the addresses to check and records each result, every one in its own transaction. */
@ApplicationScoped
public class LinkHealthRecorder {

  @Inject ResourceRepository resources;

  protected LinkHealthRecorder() {}

  public LinkHealthRecorder(ResourceRepository resources) {
    this.resources = resources;
  }

  /** The distinct addresses of the resources in use. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> addresses() {
    return resources.findAll().stream()
        .filter(r -> !r.isArchived())
        .map(Resource::url)
        .distinct()
        .toList();
  }

  /** Resources whose last check found a problem: broken, unreachable, private or redirected. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ResourceRow> problems() {
    return resources
        .findWithLinkStatus(
            List.of(
                LinkStatus.BROKEN,
                LinkStatus.UNREACHABLE,
                LinkStatus.PRIVATE_ADDRESS,
                LinkStatus.REDIRECTED))
        .stream()
        .map(ResourceRow::of)
        .toList();
  }

  /** Records the check on every resource at the address. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String address, LinkHealth health) {
    resources.findByAddress(address).stream()
        .filter(r -> r.url().equals(address))
        .forEach(r -> r.recordLinkCheck(health));
  }
}
