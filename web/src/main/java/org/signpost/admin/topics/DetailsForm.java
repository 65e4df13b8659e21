package org.signpost.admin.topics;

import java.io.Serializable;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.topic.TopicDetails;

/** The topic editor's descriptive fields, as the curator types them. */
public class DetailsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String summary;
  private String introduction;
  private Audience audience = Audience.PROFESSIONALS;
  private String owner;
  private boolean quickExit;

  /** The fields filled from what is stored. */
  static DetailsForm of(TopicDetails details) {
    DetailsForm form = new DetailsForm();
    form.title = details.title();
    form.summary = details.summary();
    form.introduction = details.introduction();
    form.audience = details.audience();
    form.owner = details.owner();
    form.quickExit = details.quickExit();
    return form;
  }

  /** What was typed, for core to check and store. */
  TopicDetails details() {
    return new TopicDetails(title, summary, introduction, audience, owner, quickExit);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getIntroduction() {
    return introduction;
  }

  public void setIntroduction(String introduction) {
    this.introduction = introduction;
  }

  public Audience getAudience() {
    return audience;
  }

  public void setAudience(Audience audience) {
    this.audience = audience;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public boolean isQuickExit() {
    return quickExit;
  }

  public void setQuickExit(boolean quickExit) {
    this.quickExit = quickExit;
  }
}
