package org.signpost.admin.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * A kind of failure the console answers itself, in its own words, instead of letting it reach the
 * server's error page: each handler takes the failures it knows and leaves the rest to the next.
 */
public abstract class FailureHandler extends ExceptionHandlerWrapper {

  /** Registered in faces-config.xml: every handler of the console, each wrapping the next. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredPageHandler(new DatabaseAwayHandler(getWrapped().getExceptionHandler()));
    }
  }

  FailureHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  /** Whether this handler answers the failure. */
  abstract boolean takes(Throwable failure);

  /** Answers a failure this handler takes; nothing else handles it after. */
  abstract void answer(FacesContext faces, Throwable failure);

  @Override
  public final void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable failure = events.next().getContext().getException();
      if (takes(failure)) {
        events.remove();
        answer(faces, failure);
      }
    }
    getWrapped().handle();
  }
}
