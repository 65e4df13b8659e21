package org.signpost.admin.feedback;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.signpost.admin.forms.Messages;
import org.signpost.admin.signin.CurrentCurator;
import org.signpost.core.feedback.DailyFeedback;
import org.signpost.core.feedback.FeedbackFilter;
import org.signpost.core.feedback.FeedbackReport;
import org.signpost.core.feedback.HelpfulAnswer;
import org.signpost.core.topic.TopicChoice;
import org.signpost.core.topic.TopicsForCurators;

/** The feedback report page: filters, the table, the chart per day and the CSV link. */
@Named
@ViewScoped
public class FeedbackPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FeedbackReport report;
  @Inject TopicsForCurators topics;
  @Inject CurrentCurator curator;
  @Inject Messages messages;

  private FeedbackRowsModel rows;
  private List<TopicChoice> topicChoices;
  private List<String> sites;
  private List<DailyFeedback> days;
  private long maxPerDay;

  private String topic;
  private String helpful = "";
  private LocalDate from;
  private LocalDate to;
  private String site;

  @PostConstruct
  void open() {
    rows = new FeedbackRowsModel(report, curator);
    topicChoices = topics.choices(null);
    sites = report.sites(curator.actor());
    chart(FeedbackFilter.none());
  }

  public void search() {
    FeedbackFilter filter =
        messages.attempt("from", () -> new FeedbackFilter(topic, helpfulChoice(), from, to, site));
    if (filter != null) {
      rows.filter(filter);
      chart(filter);
    }
  }

  public void hide(long id, boolean hidden) {
    if (messages.attempt(null, () -> report.hideComment(id, hidden, curator.actor())) != null) {
      messages.confirm(hidden ? "done.comment.hidden" : "done.comment.shown");
    }
  }

  private void chart(FeedbackFilter filter) {
    days = report.perDay(filter, curator.actor());
    maxPerDay = days.stream().mapToLong(d -> d.helpful() + d.notHelpful()).max().orElse(1);
  }

  private Boolean helpfulChoice() {
    return HelpfulAnswer.parse(helpful);
  }

  /** The CSV export of what the filters show. */
  public String getCsvLink() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("topic", topic);
    query.put("helpful", helpful);
    query.put("from", from == null ? null : from.toString());
    query.put("to", to == null ? null : to.toString());
    query.put("site", site);
    String parameters =
        query.entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().isBlank())
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return "feedback.csv" + (parameters.isEmpty() ? "" : "?" + parameters);
  }

  /** How many answers the filters select, as the export link says. */
  public long getTotal() {
    return rows.total();
  }

  /** Width of a bar, as a percentage of the busiest day. */
  public long width(long count) {
    return Math.round(100.0 * count / Math.max(1, maxPerDay));
  }

  public FeedbackRowsModel getRows() {
    return rows;
  }

  /** A topic's title for its slug. */
  public String topicTitle(String slug) {
    return topicChoices.stream()
        .filter(t -> t.slug().equals(slug))
        .map(TopicChoice::title)
        .findFirst()
        .orElse(slug);
  }

  public List<TopicChoice> getTopicChoices() {
    return topicChoices;
  }

  public List<String> getSites() {
    return sites;
  }

  public List<DailyFeedback> getDays() {
    return days;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getHelpful() {
    return helpful;
  }

  public void setHelpful(String helpful) {
    this.helpful = helpful;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }
}
