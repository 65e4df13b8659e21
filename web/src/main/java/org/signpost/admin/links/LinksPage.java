package org.signpost.admin.links;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.signpost.core.linkhealth.LinkCheckRun;
import org.signpost.core.linkhealth.LinkHealthChecks;
import org.signpost.core.resource.LinkStatus;
import org.signpost.core.resource.ResourceRow;

/** The link health page: the last run, an on-demand run with its progress, and the problems. */
@Named
@ViewScoped
public class LinksPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LinkHealthChecks checks;
  @Inject LinkHealthSchedule schedule;
  @Inject org.signpost.core.linkhealth.LinkHealthRecorder recorder;

  private List<ResourceRow> problems;

  @PostConstruct
  void open() {
    problems = recorder.problems();
  }

  public void runNow() {
    schedule.runNow();
  }

  /** Called by the progress bar as it polls; reads the problems again once the run is over. */
  public void refresh() {
    if (isFinished()) {
      problems = recorder.problems();
    }
  }

  public LinkCheckRun getRun() {
    return checks.latest().orElse(null);
  }

  public boolean isRunning() {
    return checks.latest().map(run -> !run.finished()).orElse(false);
  }

  public boolean isFinished() {
    return checks.latest().map(LinkCheckRun::finished).orElse(false);
  }

  public int getPercent() {
    return checks.latest().map(LinkCheckRun::percent).orElse(0);
  }

  public List<LinkStatus> getStatuses() {
    return List.of(
        LinkStatus.OK,
        LinkStatus.REDIRECTED,
        LinkStatus.BROKEN,
        LinkStatus.UNREACHABLE,
        LinkStatus.PRIVATE_ADDRESS);
  }

  public List<ResourceRow> getProblems() {
    return problems;
  }
}
