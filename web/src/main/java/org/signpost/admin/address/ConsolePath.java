package org.signpost.admin.address;

/**
 * Where the console lives inside the one Signpost war: every console page, download and resource is
 * under this path, the public side everywhere else.
 */
public final class ConsolePath {

  /** The console's path within the application, with no slash at the end. */
  public static final String ROOT = "/admin";

  /** Every address of the console, as a servlet or filter mapping. */
  public static final String ALL = ROOT + "/*";

  private ConsolePath() {}

  /** The console's path on the server: the application's own path, then {@link #ROOT}. */
  public static String of(String contextPath) {
    return contextPath + ROOT;
  }
}
