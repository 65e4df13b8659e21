package org.signpost.admin.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.signpost.admin.signin.CurrentCurator;
import org.signpost.core.curation.Dashboard;
import org.signpost.core.curation.DashboardService;
import org.signpost.core.resource.LinkStatus;
import org.signpost.core.topic.TopicStatus;

/** The dashboard, read once per request. */
@Named
@RequestScoped
public class DashboardPage {

  @Inject DashboardService service;
  @Inject CurrentCurator curator;

  private Dashboard dashboard;

  @PostConstruct
  void read() {
    dashboard = service.dashboard(curator.actor());
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public List<Map.Entry<TopicStatus, Long>> getStatuses() {
    return List.copyOf(dashboard.topicsByStatus().entrySet());
  }

  public List<Map.Entry<LinkStatus, Long>> getLinks() {
    return List.copyOf(dashboard.linksByStatus().entrySet());
  }

  /** Percentage of yes answers, whole numbers, for the bars. */
  public long percent(double share) {
    return Math.round(share * 100);
  }
}
