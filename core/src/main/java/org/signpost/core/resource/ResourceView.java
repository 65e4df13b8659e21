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

  /**
   * The other key stages it suits, for a list that shows it under {@code shownUnder} (a key stage's
   * code), such as {@code Also suits Key Stage 4.}; null when it suits no other.
   */
  public String alsoSuits(String shownUnder) {
    List<String> others =
        java.util.Arrays.stream(KeyStage.values())
            .filter(stage -> keyStages.contains(stage.code()) && !stage.code().equals(shownUnder))
            .map(KeyStage::label)
            .toList();
    if (others.isEmpty()) {
      return null;
    }
    String last = others.get(others.size() - 1);
    String list =
        others.size() == 1
            ? last
            : String.join(", ", others.subList(0, others.size() - 1)) + " and " + last;
    return "Also suits " + list + ".";
  }
}
