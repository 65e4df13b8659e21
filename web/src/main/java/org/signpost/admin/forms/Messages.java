package org.signpost.admin.forms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.signpost.core.account.NotPermittedException;
import org.signpost.core.content.revision.EditConflictException;
import org.signpost.core.validation.Refusal;

/**
 * Runs what a curator asked for and tells them how it went: a confirmation when it worked, the
 * rule's own words when core refused it. What they typed stays in the form either way.
 */
@RequestScoped
public class Messages {

  @Inject FacesContext faces;

  /**
   * Runs the action; on a refusal adds an error message for the component (or the page when null)
   * and returns null.
   */
  public <T> T attempt(String clientId, Supplier<T> action) {
    try {
      return action.get();
    } catch (EditConflictException e) {
      error(null, e.getMessage());
      faces.getExternalContext().getRequestMap().put("editConflict", Boolean.TRUE);
    } catch (Refusal | NotPermittedException | FormRefusal e) {
      // Refusals only: any other exception is a programming error, for the error page and the log.
      error(clientId, e.getMessage());
    } catch (ConstraintViolationException e) {
      error(
          clientId,
          e.getConstraintViolations().stream()
              .map(Messages::describe)
              .sorted()
              .collect(Collectors.joining("; ")));
    }
    faces.validationFailed();
    return null;
  }

  public boolean attempt(String clientId, Runnable action) {
    return attempt(
            clientId,
            () -> {
              action.run();
              return Boolean.TRUE;
            })
        != null;
  }

  /** Confirms in the words the console's text bundle gives {@code key}, with its arguments. */
  public void confirm(String key, Object... arguments) {
    info(text(key, arguments));
  }

  /** The bundle's text for {@code key}, its {@code {0}}-style places filled. */
  public String text(String key, Object... arguments) {
    String pattern = faces.getApplication().getResourceBundle(faces, "text").getString(key);
    return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
  }

  public void info(String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  /** Refuses, next to the field {@code clientId}, in the words the bundle gives {@code key}. */
  public void refuse(String clientId, String key, Object... arguments) {
    error(clientId, text(key, arguments));
  }

  public void error(String clientId, String text) {
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private static String describe(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    String field = path.substring(path.lastIndexOf('.') + 1);
    return field + " " + violation.getMessage();
  }
}
