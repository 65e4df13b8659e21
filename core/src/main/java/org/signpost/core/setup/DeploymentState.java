package org.signpost.core.setup;

/** Where the Signpost deployment of this process is in its life. */
public enum DeploymentState {
  STARTING,
  STARTED,
  FAILED,
  STOPPING
}
