package org.signpost.core.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.signpost.core.content.PlainText;
import org.signpost.core.content.SafeHtml;
import org.signpost.core.validation.Refusal;

/**
 * What a section says, apart from where it sits: used to write sections and to read them back.
 *
 * @param body HTML, kept as the house policy sanitises it ({@link SafeHtml}), so that a draft held
 *     for review and compared line by line is exactly what readers will get
 */
public record SectionContent(
    @NotBlank @Size(max = Section.MAX_HEADING) String heading,
    @NotNull SectionKind kind,
    @NotNull @Size(max = Section.MAX_BODY) String body) {

  public SectionContent {
    if (heading == null || heading.isBlank()) {
      throw new Refusal("topic.section-needs-heading");
    }
    if (heading.strip().length() > Section.MAX_HEADING) {
      throw new Refusal("topic.section-heading-too-long", Section.MAX_HEADING);
    }
    if (kind == null) {
      throw new Refusal("topic.section-needs-kind", SectionKind.codes());
    }
    body = SafeHtml.sanitise(body);
    if (body.length() > Section.MAX_BODY) {
      throw new Refusal("topic.section-body-too-long", Section.MAX_BODY);
    }
    heading = PlainText.require(heading.strip(), "a section heading");
  }
}
