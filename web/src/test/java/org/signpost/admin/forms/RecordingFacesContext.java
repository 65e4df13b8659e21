package org.signpost.admin.forms;

import jakarta.faces.application.Application;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseStream;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.render.RenderKit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A Faces context that keeps the messages added to it and whether validation failed, for the
 * console's form code tested outside a server; everything else of a request is absent.
 */
final class RecordingFacesContext extends FacesContext {

  /** A message and the component it was given for (null for the page). */
  record Added(String clientId, FacesMessage message) {}

  final List<Added> added = new ArrayList<>();
  private boolean validationFailed;

  @Override
  public void addMessage(String clientId, FacesMessage message) {
    added.add(new Added(clientId, message));
  }

  @Override
  public void validationFailed() {
    validationFailed = true;
  }

  @Override
  public boolean isValidationFailed() {
    return validationFailed;
  }

  @Override
  public Iterator<FacesMessage> getMessages() {
    return added.stream().map(Added::message).iterator();
  }

  @Override
  public Iterator<FacesMessage> getMessages(String clientId) {
    return added.stream()
        .filter(a -> Objects.equals(a.clientId(), clientId))
        .map(Added::message)
        .iterator();
  }

  @Override
  public Iterator<String> getClientIdsWithMessages() {
    return added.stream().map(Added::clientId).distinct().iterator();
  }

  @Override
  public FacesMessage.Severity getMaximumSeverity() {
    return added.stream()
        .map(a -> a.message().getSeverity())
        .max(FacesMessage.Severity::compareTo)
        .orElse(null);
  }

  @Override
  public Application getApplication() {
    throw absent("an application");
  }

  @Override
  public Lifecycle getLifecycle() {
    throw absent("a lifecycle");
  }

  @Override
  public ExternalContext getExternalContext() {
    throw absent("an external context");
  }

  @Override
  public RenderKit getRenderKit() {
    throw absent("a render kit");
  }

  @Override
  public boolean getRenderResponse() {
    return false;
  }

  @Override
  public boolean getResponseComplete() {
    return false;
  }

  @Override
  public ResponseStream getResponseStream() {
    throw absent("a response");
  }

  @Override
  public void setResponseStream(ResponseStream responseStream) {
    throw absent("a response");
  }

  @Override
  public ResponseWriter getResponseWriter() {
    throw absent("a response");
  }

  @Override
  public void setResponseWriter(ResponseWriter responseWriter) {
    throw absent("a response");
  }

  @Override
  public UIViewRoot getViewRoot() {
    throw absent("a view");
  }

  @Override
  public void setViewRoot(UIViewRoot root) {
    throw absent("a view");
  }

  @Override
  public void release() {}

  @Override
  public void renderResponse() {}

  @Override
  public void responseComplete() {}

  private static UnsupportedOperationException absent(String what) {
    return new UnsupportedOperationException("a test outside a server has no " + what);
  }
}
