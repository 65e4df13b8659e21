package org.signpost.admin.platform;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * Ends a console request with an error status and the console's own error page: nothing of the page
 * that was asked for renders after it, as rendering a page for a topic that is not there failed and
 * turned a 404 into a 500.
 */
public final class ErrorAnswer {

  private ErrorAnswer() {}

  /** Answers {@code status}, saying {@code message} on the error page (null for its own words). */
  public static void send(int status, String message) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(status, message);
    faces.responseComplete();
  }
}
