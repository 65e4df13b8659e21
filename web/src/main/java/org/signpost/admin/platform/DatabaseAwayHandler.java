package org.signpost.admin.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIMessages;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.signpost.core.persistence.DatabaseFaults;

/**
 * A database that cannot be reached, in the console. When a curator's action (Save, sign in, an
 * import) fails on it, the page they were on comes back with what they typed and a message that
 * nothing was done; the transaction rolled back, so nothing was written half-way. When a page
 * cannot even be shown, the console answers 503 with a page that says why. Every other failure goes
 * on to the server's error page as before.
 */
class DatabaseAwayHandler extends FailureHandler {

  private static final Logger LOG = Logger.getLogger(DatabaseAwayHandler.class.getName());

  DatabaseAwayHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  boolean takes(Throwable failure) {
    return DatabaseFaults.isUnreachable(failure);
  }

  @Override
  void answer(FacesContext faces, Throwable failure) {
    LOG.warning(() -> "The database cannot be reached: " + failure);
    if (faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE || !faces.isPostback()) {
      answerUnavailable(faces);
    } else {
      keepThePage(faces);
    }
  }

  /** The action failed: the same page again, with what was typed and the reason. */
  private static void keepThePage(FacesContext faces) {
    ResourceBundle text = faces.getApplication().getResourceBundle(faces, "text");
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text.getString("database.away"), null));
    faces.validationFailed();
    if (faces.getPartialViewContext().isAjaxRequest() && faces.getViewRoot() != null) {
      faces
          .getViewRoot()
          .visitTree(
              VisitContext.createVisitContext(faces),
              (visit, component) -> {
                if (component instanceof UIMessages) {
                  faces
                      .getPartialViewContext()
                      .getRenderIds()
                      .add(component.getClientId(visit.getFacesContext()));
                }
                return VisitResult.ACCEPT;
              });
    }
    faces.renderResponse();
  }

  /** The page itself could not be made: 503, and the error page says why. */
  private static void answerUnavailable(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    if (!external.isResponseCommitted()) {
      try {
        external.responseReset();
        external.setResponseHeader(
            "Retry-After", Integer.toString(DatabaseFaults.RETRY_AFTER_SECONDS));
        external.responseSendError(503, null);
      } catch (IOException e) {
        throw new FacesException(e);
      }
    }
    faces.responseComplete();
  }
}
