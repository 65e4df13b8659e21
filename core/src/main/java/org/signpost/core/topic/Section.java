package org.signpost.core.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.signpost.core.content.SafeHtml;

/**
 * One themed part of a topic: a heading and a body of sanitised HTML, presented by its kind. A
 * section lives and dies with its topic, which keeps the order.
 */
@Entity
@Table(name = "section")
public class Section {

  public static final int MAX_HEADING = 200;
  public static final int MAX_BODY = 100_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(optional = false)
  @JoinColumn(name = "topic_id")
  private Topic topic;

  @Column(name = "sort_order", nullable = false)
  private int position;

  @NotBlank
  @Size(max = MAX_HEADING)
  @Column(nullable = false, length = MAX_HEADING)
  private String heading;

  @NotNull
  @Size(max = MAX_BODY)
  @Column(nullable = false, length = MAX_BODY)
  private String body;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SectionKind kind;

  protected Section() {}

  Section(Topic topic, int position, SectionContent content) {
    this.topic = Objects.requireNonNull(topic, "topic");
    this.position = position;
    rewrite(content);
  }

  /** Replaces heading, kind and body; the body is sanitised by the house HTML policy. */
  public final void rewrite(SectionContent content) {
    this.heading = content.heading();
    this.kind = content.kind();
    this.body = SafeHtml.sanitise(content.body());
  }

  void moveTo(int position) {
    this.position = position;
  }

  public Long id() {
    return id;
  }

  public Topic topic() {
    return topic;
  }

  public int position() {
    return position;
  }

  public String heading() {
    return heading;
  }

  public String body() {
    return body;
  }

  public SectionKind kind() {
    return kind;
  }

  /** What the section says, as a value. */
  public SectionContent content() {
    return new SectionContent(heading, kind, body);
  }
}
