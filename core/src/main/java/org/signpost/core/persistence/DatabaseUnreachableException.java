package org.signpost.core.persistence;

/** The database could not be reached: nothing was stored, and trying again later may work. */
public class DatabaseUnreachableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DatabaseUnreachableException(Throwable cause) {
    super("The database cannot be reached", cause);
  }
}
