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

  /** What a listing occupies in memory, about: a resource's view holds a few short texts. */
  static final int BYTES_PER_ITEM = 1024;

  static ResourceListing of(Page<ResourceView> page) {
    return new ResourceListing(
        page.items(), page.total(), page.page() + 1, page.size(), page.pageCount());
  }

  int approximateBytes() {
    return 128 + items.size() * BYTES_PER_ITEM;
  }
}
