package org.signpost.core.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.signpost.core.content.PlainText;
import org.signpost.core.content.SafeHtml;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.validation.Refusal;

/**
 * The descriptive fields of a topic, written together.
 *
 * @param introduction HTML, kept as the house policy sanitises it ({@link SafeHtml})
 * @param owner the person or team answerable for the topic's accuracy
 * @param quickExit whether its pages offer readers a quick way to leave for a neutral site, for
 *     sensitive subjects a child may need to hide from someone nearby
 */
public record TopicDetails(
    @NotBlank @Size(max = Topic.MAX_TITLE) String title,
    @NotBlank @Size(max = Topic.MAX_SUMMARY) String summary,
    @Size(max = Section.MAX_BODY) String introduction,
    @NotNull Audience audience,
    @Size(max = Topic.MAX_OWNER) String owner,
    boolean quickExit) {

  /** Details of a topic that needs no quick exit. */
  public TopicDetails(
      String title, String summary, String introduction, Audience audience, String owner) {
    this(title, summary, introduction, audience, owner, false);
  }

  public TopicDetails {
    title = requireText(title, "title", Topic.MAX_TITLE);
    summary = requireText(summary, "summary", Topic.MAX_SUMMARY);
    if (audience == null) {
      throw new Refusal("topic.needs-an-audience", Audience.codes());
    }
    introduction = SafeHtml.sanitise(introduction);
    if (introduction.length() > Section.MAX_BODY) {
      throw new Refusal("topic.introduction-too-long", Section.MAX_BODY);
    }
    owner = owner == null || owner.isBlank() ? null : PlainText.require(owner.strip(), "an owner");
    if (owner != null && owner.length() > Topic.MAX_OWNER) {
      throw new Refusal("topic.owner-too-long", Topic.MAX_OWNER);
    }
  }

  private static String requireText(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new Refusal("topic.needs-field", field);
    }
    String stripped = PlainText.require(value.strip(), "a topic " + field);
    if (stripped.length() > max) {
      throw new Refusal("topic.field-too-long", field, max);
    }
    return stripped;
  }
}
