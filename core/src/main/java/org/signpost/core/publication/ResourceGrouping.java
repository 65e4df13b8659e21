package org.signpost.core.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signpost.core.resource.ResourceView;
import org.signpost.core.taxonomy.KeyStage;

/**
 * How a topic's resources are shown: grouped by key stage in school order, then by provider in the
 * order curators attached them. A resource that suits two stages is listed under both; resources
 * for no particular stage (guidance for staff, say) come last, under "For all ages". Filtered to
 * one key stage, only the resources that suit it are shown.
 */
public final class ResourceGrouping {

  public static final String ALL_AGES = "For all ages";

  private ResourceGrouping() {}

  public static List<ResourceGroup> group(List<ResourceView> resources, KeyStage only) {
    List<ResourceGroup> groups = new ArrayList<>();
    for (KeyStage stage : KeyStage.values()) {
      if (only != null && stage != only) {
        continue;
      }
      List<ResourceView> suited =
          resources.stream().filter(r -> r.keyStages().contains(stage.code())).toList();
      if (!suited.isEmpty()) {
        groups.add(new ResourceGroup(stage.labelWithAges(), stage.code(), byProvider(suited)));
      }
    }
    if (only == null) {
      List<ResourceView> general = resources.stream().filter(r -> r.keyStages().isEmpty()).toList();
      if (!general.isEmpty()) {
        groups.add(new ResourceGroup(ALL_AGES, "all-ages", byProvider(general)));
      }
    }
    return groups;
  }

  /** The resources that suit the key stage, or all of them when none is given, in order. */
  public static List<ResourceView> suiting(List<ResourceView> resources, KeyStage only) {
    return only == null
        ? resources
        : resources.stream().filter(r -> r.keyStages().contains(only.code())).toList();
  }

  private static List<ResourceGroup.ProviderResources> byProvider(List<ResourceView> resources) {
    Map<String, List<ResourceView>> byProvider = new LinkedHashMap<>();
    for (ResourceView resource : resources) {
      byProvider
          .computeIfAbsent(resource.provider().slug(), slug -> new ArrayList<>())
          .add(resource);
    }
    return byProvider.values().stream()
        .map(
            list ->
                new ResourceGroup.ProviderResources(
                    list.get(0).provider().name(),
                    list.get(0).provider().homePage(),
                    List.copyOf(list)))
        .toList();
  }
}
