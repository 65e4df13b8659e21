package org.signpost.widgets.api;

import java.util.List;
import org.signpost.core.persistence.Page;
import org.signpost.core.resource.ResourceView;

/**
 * One page of resources with what a reader needs to page on.
 *
 * @param page 1-based
 * @param pages how many pages there are in all, at least 1
 */
public record ResourceListing(List<ResourceView> items, long total, int page, int size, int pages) {

  static ResourceListing of(Page<ResourceView> page) {
    return new ResourceListing(
        page.items(), page.total(), page.page() + 1, page.size(), page.pageCount());
  }
}
