package org.signpost.core.grid;

/** An instance would start in a data grid that strangers could join: what to do is the message. */
public class GridRefusedException extends IllegalStateException {

  public GridRefusedException(String message) {
    super(message);
  }
}
