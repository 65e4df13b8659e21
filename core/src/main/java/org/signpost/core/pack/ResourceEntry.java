package org.signpost.core.pack;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.signpost.core.resource.Resource;
import org.signpost.core.resource.ResourceDraft;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;

/**
 * A resource in a content pack; key stages and audiences are kept distinct and in their natural
 * order, so that equal content is an equal entry.
 *
 * @param provider the slug of an organisation in the same pack
 */
public record ResourceEntry(
    String slug,
    String title,
    String url,
    String description,
    ResourceType type,
    List<KeyStage> keyStages,
    List<Audience> audiences,
    String provider) {

  public ResourceEntry {
    keyStages = ordered(keyStages);
    audiences = ordered(audiences);
    description = description == null ? "" : description;
  }

  public static ResourceEntry of(Resource resource) {
    return new ResourceEntry(
        resource.slug(),
        resource.title(),
        resource.url(),
        resource.description(),
        resource.type(),
        List.copyOf(resource.keyStages()),
        List.copyOf(resource.audiences()),
        resource.provider().slug());
  }

  /** The resource as it stands, holding what a curator wrote in place of its content. */
  public static ResourceEntry of(Resource resource, ResourceDraft draft) {
    return new ResourceEntry(
        resource.slug(),
        draft.title(),
        draft.url(),
        draft.description(),
        draft.type(),
        List.copyOf(draft.keyStages()),
        List.copyOf(draft.audiences()),
        draft.provider());
  }

  /** What the entry holds, as a curator would write it, in these topics. */
  public ResourceDraft draft(List<String> topics) {
    return new ResourceDraft(
        title,
        url,
        description,
        type,
        Set.copyOf(keyStages),
        Set.copyOf(audiences),
        provider,
        topics);
  }

  public boolean suits(KeyStage keyStage) {
    return keyStages.contains(keyStage);
  }

  private static <E extends Enum<E>> List<E> ordered(Collection<E> values) {
    return values == null ? List.of() : values.stream().distinct().sorted().toList();
  }
}
