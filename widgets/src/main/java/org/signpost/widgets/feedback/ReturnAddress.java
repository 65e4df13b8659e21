package org.signpost.widgets.feedback;

import java.net.URI;

/**
 * Where the no-script form returns the reader: a path on Signpost itself, never another site, so
 * that the form cannot be used to send people elsewhere.
 */
final class ReturnAddress {

  private ReturnAddress() {}

  static URI of(String returnTo, String page) {
    for (String candidate : new String[] {returnTo, page}) {
      if (isLocalPath(candidate)) {
        return URI.create(candidate.strip());
      }
    }
    return URI.create("/topics");
  }

  /** The address with {@code feedback=outcome} in its query and the prompt as its fragment. */
  static URI withOutcome(URI address, String outcome) {
    String path = address.getRawPath();
    String query = address.getRawQuery();
    return URI.create(
        path + "?" + (query == null ? "" : query + "&") + "feedback=" + outcome + "#feedback");
  }

  private static boolean isLocalPath(String value) {
    if (value == null || value.isBlank() || value.length() > 500) {
      return false;
    }
    String path = value.strip();
    try {
      URI uri = URI.create(path);
      return path.startsWith("/")
          && !path.startsWith("//")
          && !path.contains("\\")
          && uri.getScheme() == null
          && uri.getHost() == null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
