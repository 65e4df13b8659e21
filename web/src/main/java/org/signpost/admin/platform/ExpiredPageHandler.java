package org.signpost.admin.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.primefaces.csp.CspException;

/**
 * A form sent from a page the console no longer holds (left open past the session's end, or sent
 * again from the browser's history), or one that lacks the page's script nonce (forged, or cut
 * short): nothing is done, and the same page comes back afresh with a message to try again, instead
 * of the server's error page with its stack trace. The answer is a redirect, so that reloading it
 * sends nothing again.
 */
class ExpiredPageHandler extends FailureHandler {

  private static final Logger LOG = Logger.getLogger(ExpiredPageHandler.class.getName());

  ExpiredPageHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  boolean takes(Throwable failure) {
    return isStalePage(failure);
  }

  @Override
  void answer(FacesContext faces, Throwable failure) {
    LOG.fine(() -> "A form from a page the console does not hold: " + failure);
    showAfresh(faces);
  }

  static boolean isStalePage(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ViewExpiredException || cause instanceof CspException) {
        return true;
      }
    }
    return false;
  }

  private static void showAfresh(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    if (!external.isResponseCommitted()) {
      ResourceBundle text = faces.getApplication().getResourceBundle(faces, "text");
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_WARN, text.getString("page.expired"), null));
      external.getFlash().setKeepMessages(true);
      try {
        external.responseReset();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        external.redirect(afresh(request.getRequestURI(), request.getQueryString()));
      } catch (IOException e) {
        throw new FacesException(e);
      }
    }
    faces.responseComplete();
  }

  /** The page's own address, with what it was asked with but the stale page's state and nonce. */
  static String afresh(String path, String asked) {
    String query =
        asked == null
            ? ""
            : Arrays.stream(asked.split("&"))
                .filter(
                    pair -> !pair.startsWith("jakarta.faces.") && !pair.startsWith("primefaces."))
                .collect(Collectors.joining("&"));
    return path + (query.isEmpty() ? "" : "?" + query);
  }
}
