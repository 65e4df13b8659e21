package org.signpost.core.resource;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;

/**
 * Everything a curator writes about a resource at once, naming its provider and topics by slug.
 *
 * @param topics slugs of the topics the resource belongs to
 */
public record ResourceDraft(
    @NotBlank @Size(max = Resource.MAX_TITLE) String title,
    @NotBlank @Size(max = WebAddress.MAX_LENGTH) String url,
    @Size(max = Resource.MAX_DESCRIPTION) String description,
    @NotNull ResourceType type,
    @NotNull Set<KeyStage> keyStages,
    @NotNull @Size(min = 1) Set<Audience> audiences,
    @NotBlank String provider,
    @NotNull List<String> topics)
    implements Serializable {

  public ResourceDraft {
    keyStages = keyStages == null ? Set.of() : Set.copyOf(keyStages);
    audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
    topics = topics == null ? List.of() : topics.stream().distinct().toList();
  }

  /** The same draft in these topics. */
  public ResourceDraft inTopics(List<String> slugs) {
    return new ResourceDraft(title, url, description, type, keyStages, audiences, provider, slugs);
  }

  /** The same draft suiting this key stage too. */
  public ResourceDraft withKeyStage(KeyStage keyStage) {
    Set<KeyStage> more = new java.util.HashSet<>(keyStages);
    more.add(keyStage);
    return new ResourceDraft(title, url, description, type, more, audiences, provider, topics);
  }

  /** The details with the provider found, checked by the rules for every resource. */
  public ResourceDetails details(Organisation organisation) {
    return new ResourceDetails(title, url, description, type, keyStages, audiences, organisation);
  }
}
