package org.signpost.core.resource;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.signpost.core.content.PlainText;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;
import org.signpost.core.validation.Refusal;

/**
 * The descriptive fields of a resource, written together.
 *
 * @param keyStages the stages the resource suits; empty when it is not for pupils of an age (for
 *     example guidance for staff)
 */
public record ResourceDetails(
    @NotBlank @Size(max = Resource.MAX_TITLE) String title,
    @NotBlank @Size(max = WebAddress.MAX_LENGTH) String url,
    @Size(max = Resource.MAX_DESCRIPTION) String description,
    @NotNull ResourceType type,
    @NotNull Set<KeyStage> keyStages,
    @NotNull @Size(min = 1) Set<Audience> audiences,
    @NotNull Organisation provider) {

  public ResourceDetails {
    if (title == null || title.isBlank() || title.strip().length() > Resource.MAX_TITLE) {
      throw new Refusal("resource.title", Resource.MAX_TITLE);
    }
    title = PlainText.require(title.strip(), "a resource title");
    url = WebAddress.require(url);
    description =
        description == null ? "" : PlainText.require(description.strip(), "a resource description");
    if (description.length() > Resource.MAX_DESCRIPTION) {
      throw new Refusal("resource.description-too-long", Resource.MAX_DESCRIPTION);
    }
    if (type == null) {
      throw new Refusal("resource.needs-a-type", ResourceType.codes());
    }
    keyStages = keyStages == null || keyStages.isEmpty() ? Set.of() : Set.copyOf(keyStages);
    if (audiences == null || audiences.isEmpty()) {
      throw new Refusal("resource.needs-an-audience", Audience.codes());
    }
    audiences = Set.copyOf(audiences);
    if (provider == null) {
      throw new Refusal("resource.needs-a-provider");
    }
  }

  /** The key stages in school order. */
  public Set<KeyStage> orderedKeyStages() {
    return keyStages.isEmpty() ? EnumSet.noneOf(KeyStage.class) : EnumSet.copyOf(keyStages);
  }
}
