package org.signpost.core.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An action the actor's roles do not allow; the message says who may do it. */
public class NotPermittedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotPermittedException(String login, String action, Role... allowed) {
    super(
        "\""
            + login
            + "\" may not "
            + action
            + ": only "
            + Arrays.stream(allowed)
                .map(r -> r.name().toLowerCase(Locale.ROOT) + "s")
                .collect(Collectors.joining(" and "))
            + " may");
  }
}
