package org.signpost.admin.topics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.UnknownTermException;
import org.signpost.core.topic.TopicFilter;
import org.signpost.core.topic.TopicStatus;
import org.signpost.core.topic.TopicsForCurators;

/** The topic list: a search form over a lazy, sortable, paged table. */
@Named
@ViewScoped
public class TopicsTable implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TopicsForCurators listing;

  private TopicRowsModel rows;
  private String text;
  private TopicStatus status;
  private Audience audience;

  @PostConstruct
  void open() {
    rows = new TopicRowsModel(listing);
  }

  public void search() {
    rows.filter(new TopicFilter(text, status, audience));
  }

  public void clear() {
    text = null;
    status = null;
    audience = null;
    rows.filter(TopicFilter.none());
  }

  public TopicRowsModel getRows() {
    return rows;
  }

  /**
   * The status a link to the list names, such as {@code ?status=in-review} from the dashboard; an
   * unknown one filters nothing.
   */
  public String getStatusCode() {
    return status == null ? null : status.code();
  }

  public void setStatusCode(String code) {
    try {
      status = code == null || code.isBlank() ? null : TopicStatus.parse(code);
    } catch (UnknownTermException unknown) {
      status = null;
    }
  }

  public List<TopicStatus> getStatuses() {
    return List.of(TopicStatus.values());
  }

  public List<Audience> getAudiences() {
    return List.of(Audience.values());
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public TopicStatus getStatus() {
    return status;
  }

  public void setStatus(TopicStatus status) {
    this.status = status;
  }

  public Audience getAudience() {
    return audience;
  }

  public void setAudience(Audience audience) {
    this.audience = audience;
  }
}
