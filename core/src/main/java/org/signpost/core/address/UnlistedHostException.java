package org.signpost.core.address;

/** A request named a host Signpost does not answer for, so no address may be built from it. */
public class UnlistedHostException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnlistedHostException(String host) {
    super("Signpost does not answer for the host name \"" + host + "\".");
  }
}
