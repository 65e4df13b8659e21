package org.signpost.core.resource;

import java.util.List;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;

/**
 * A resource as readers see it; key stages and audiences as their canonical codes, in order.
 *
 * @param type the resource type's code, such as {@code lesson-plan}
 * @param keyStages codes such as {@code ks3}
 * @param audiences codes such as {@code professionals}
 */
public record ResourceView(
    String slug,
    String title,
    String url,
    String description,
    String type,
    List<String> keyStages,
    List<String> audiences,
    OrganisationView provider) {

  public static ResourceView of(Resource resource) {
    return new ResourceView(
        resource.slug(),
        resource.title(),
        resource.url(),
        resource.description(),
        resource.type().code(),
        resource.keyStages().stream().map(KeyStage::code).toList(),
        resource.audiences().stream().map(Audience::code).toList(),
        OrganisationView.of(resource.provider()));
  }

  /** The kind of resource as readers read it, such as {@code Lesson plan}. */
  public String typeLabel() {
    return ResourceType.parse(type).label();
  }
}
