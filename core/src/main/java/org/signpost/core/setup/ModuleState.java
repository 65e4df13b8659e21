package org.signpost.core.setup;

/** Where one deployment of Signpost (the console or the widgets) is in its life. */
public enum ModuleState {
  STARTING,
  STARTED,
  FAILED,
  STOPPING
}
