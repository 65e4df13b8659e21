package org.signpost.widgets.widget;

/** An address under the widgets that names no widget. */
public class UnknownWidgetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownWidgetException() {
    super("There is no widget at this address.");
  }
}
