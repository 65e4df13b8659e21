package org.signpost.core.setup;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Whether this deployment's start-up work finished, and if not, why: readiness reports it. */
@ApplicationScoped
public class StartupStatus {

  private volatile boolean finished;
  private volatile String failure;

  void finished() {
    this.finished = true;
    this.failure = null;
  }

  void failed(String reason) {
    this.finished = false;
    this.failure = reason;
  }

  public boolean isFinished() {
    return finished;
  }

  /** Why start-up failed, or empty while it runs or after it succeeded. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
