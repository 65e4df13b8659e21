package org.signpost.admin.links;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
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

  private static final String SHOWN_RUN = LinksPage.class.getName() + ".run";

  @Inject LinkHealthChecks checks;
  @Inject LinkHealthSchedule schedule;
  @Inject org.signpost.core.linkhealth.LinkHealthRecorder recorder;

  private List<ResourceRow> problems;

  @PostConstruct
  void open() {
    problems = recorder.problems();
  }

  public void runNow() {
    FacesContext.getCurrentInstance().getAttributes().put(SHOWN_RUN, schedule.runNow());
  }

  /** Called by the progress bar as it polls; reads the problems again once the run is over. */
  public void refresh() {
    if (isFinished()) {
      problems = recorder.problems();
    }
  }

  /**
   * The run this answer shows, read once per request: read again for each figure, a run that moved
   * on (or was replaced) between two of them made a page that contradicted itself.
   */
  public LinkCheckRun getRun() {
    return (LinkCheckRun)
        FacesContext.getCurrentInstance()
            .getAttributes()
            .computeIfAbsent(SHOWN_RUN, key -> checks.latest().orElse(null));
  }

  public boolean isRunning() {
    LinkCheckRun run = getRun();
    return run != null && !run.finished();
  }

  public boolean isFinished() {
    LinkCheckRun run = getRun();
    return run != null && run.finished();
  }

  public int getPercent() {
    LinkCheckRun run = getRun();
    return run == null ? 0 : run.percent();
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
