package org.signpost.core.publication;

import java.util.List;
import org.signpost.core.resource.ResourceView;

/**
 * Resources of one key stage (or of none) from one provider, as a topic page lists them.
 *
 * @param heading such as {@code Key Stage 3, ages 11 to 14} or {@code For all ages}
 * @param anchor an id for the group, such as {@code ks3}
 */
public record ResourceGroup(String heading, String anchor, List<ProviderResources> providers) {

  /** The resources of one provider within a group. */
  public record ProviderResources(String provider, String homePage, List<ResourceView> resources) {}

  /** How many resources the group lists in all. */
  public int size() {
    return providers.stream().mapToInt(p -> p.resources().size()).sum();
  }
}
