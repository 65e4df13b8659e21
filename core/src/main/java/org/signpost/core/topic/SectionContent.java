package org.signpost.core.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a section says, apart from where it sits: used to write sections and to read them back.
 *
 * @param body HTML; sanitised when it is stored
 */
public record SectionContent(
    @NotBlank @Size(max = Section.MAX_HEADING) String heading,
    @NotNull SectionKind kind,
    @NotNull @Size(max = Section.MAX_BODY) String body) {

  public SectionContent {
    if (heading == null || heading.isBlank()) {
      throw new IllegalArgumentException("a section needs a heading");
    }
    if (heading.strip().length() > Section.MAX_HEADING) {
      throw new IllegalArgumentException(
          "a section heading may have at most " + Section.MAX_HEADING + " characters");
    }
    if (kind == null) {
      throw new IllegalArgumentException("a section needs a kind: " + SectionKind.codes());
    }
    if (body != null && body.length() > Section.MAX_BODY) {
      throw new IllegalArgumentException(
          "a section body may have at most " + Section.MAX_BODY + " characters");
    }
    heading = heading.strip();
    body = body == null ? "" : body;
  }
}
