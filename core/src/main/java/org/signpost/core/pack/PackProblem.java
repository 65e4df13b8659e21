package org.signpost.core.pack;

import java.io.Serializable;

/**
 * One thing wrong with a content pack.
 *
 * @param path where, as a JSON path such as {@code $.topics[0].sections[2].kind}
 * @param message what is wrong and what would be right
 */
public record PackProblem(String path, String message) implements Serializable {

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
