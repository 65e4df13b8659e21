package org.signpost.admin.topics;

import java.io.Serializable;
import org.signpost.core.topic.SectionContent;
import org.signpost.core.topic.SectionKind;

/** One section as the editor's form holds it, typed but not yet checked by core. */
public class SectionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String heading;
  private SectionKind kind = SectionKind.TEXT;
  private String body;

  static SectionForm of(SectionContent content) {
    SectionForm form = new SectionForm();
    form.heading = content.heading();
    form.kind = content.kind();
    form.body = content.body();
    return form;
  }

  SectionContent content() {
    return new SectionContent(heading, kind, body);
  }

  public String getHeading() {
    return heading;
  }

  public void setHeading(String heading) {
    this.heading = heading;
  }

  public SectionKind getKind() {
    return kind;
  }

  public void setKind(SectionKind kind) {
    this.kind = kind;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
