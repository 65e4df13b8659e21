package org.signpost.admin.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.faces.application.FacesMessage;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.signpost.core.account.Actor;
import org.signpost.core.account.Role;
import org.signpost.core.validation.Refusal;

/**
 * A curator reads the rule's words next to the form when core refuses what they asked; a
 * programming error is not dressed up as a form message but goes on to the error page and the log.
 */
class MessagesTest {

  private final RecordingFacesContext faces = new RecordingFacesContext();
  private final Messages messages = messagesFor(faces);

  private static Messages messagesFor(RecordingFacesContext faces) {
    Messages messages = new Messages();
    messages.faces = faces;
    return messages;
  }

  @Test
  void aRefusalIsShownNextToTheFieldInTheRulesWordsAndTheActionReportsFailure() {
    Runnable takenLogin =
        () -> {
          throw new Refusal("account.login-taken", "sam.editor");
        };

    boolean done = messages.attempt("form:login", takenLogin);

    assertThat(done).isFalse();
    assertThat(faces.added).hasSize(1);
    assertThat(faces.added.get(0).clientId()).isEqualTo("form:login");
    assertThat(faces.added.get(0).message().getSeverity()).isEqualTo(FacesMessage.SEVERITY_ERROR);
    assertThat(faces.added.get(0).message().getSummary())
        .isEqualTo("the login \"sam.editor\" is taken");
    assertThat(faces.isValidationFailed()).as("the form keeps what was typed").isTrue();
  }

  @Test
  void anActionTheRolesDoNotAllowIsShownWithWhoMayDoIt() {
    Actor editor = new Actor("sam.editor", Set.of(Role.EDITOR));

    Object result =
        messages.attempt(
            null,
            () -> {
              editor.require("publish topics", Role.REVIEWER, Role.ADMIN);
              return "published";
            });

    assertThat(result).isNull();
    assertThat(faces.added)
        .extracting(a -> a.message().getSummary())
        .containsExactly("\"sam.editor\" may not publish topics: only reviewers and admins may");
  }

  @Test
  void aProgrammingErrorGoesOnToTheErrorPageAndNeverReadsAsAFormMessage() {
    for (RuntimeException error :
        List.of(
            new IllegalStateException("the view lost its topic"),
            new IllegalArgumentException("a null slug"),
            new NoSuchElementException("no value present"))) {
      assertThatThrownBy(
              () ->
                  messages.attempt(
                      "form:title",
                      () -> {
                        throw error;
                      }))
          .as(error.getClass().getSimpleName())
          .isSameAs(error);
    }
    assertThat(faces.added).as("messages shown to the curator").isEmpty();
    assertThat(faces.isValidationFailed()).isFalse();
  }

  @Test
  void whatWorkedReturnsItsResultWithoutAMessage() {
    assertThat(messages.attempt("form:title", () -> "saved")).isEqualTo("saved");
    assertThat(faces.added).isEmpty();
  }
}
