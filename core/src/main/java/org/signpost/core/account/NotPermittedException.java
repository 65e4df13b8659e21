package org.signpost.core.account;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.signpost.core.validation.Refusal;

/** An action the actor's roles do not allow; the message says who may do it. */
public class NotPermittedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotPermittedException(String login, String action, Role... allowed) {
    super(
        Refusal.words(
            "account.not-permitted",
            login,
            action,
            Arrays.stream(allowed)
                .map(NotPermittedException::holders)
                .collect(Collectors.joining(Refusal.words("account.roles-joined")))));
  }

  /** The people who hold the role, such as {@code editors}. */
  private static String holders(Role role) {
    return Refusal.words(
        switch (role) {
          case ADMIN -> "account.admins";
          case EDITOR -> "account.editors";
          case REVIEWER -> "account.reviewers";
        });
  }
}
