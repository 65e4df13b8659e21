package org.signpost.core.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.signpost.core.account.Actor;
import org.signpost.core.account.NotPermittedException;
import org.signpost.core.account.Role;
import org.signpost.core.content.revision.RevisionSubject;

class HistoryAccessTest {

  private static final Actor EDITOR = Actor.of("sam", Role.EDITOR);
  private static final Actor REVIEWER = Actor.of("alex", Role.REVIEWER);
  private static final Actor ADMIN = Actor.of("admin", Role.ADMIN);

  @Test
  void onlyAnAdministratorReadsTheHistoryOfAccounts() {
    assertThat(HistoryAccess.kindsReadableBy(EDITOR))
        .containsExactly(
            RevisionSubject.TOPIC, RevisionSubject.RESOURCE, RevisionSubject.ORGANISATION);
    assertThat(HistoryAccess.kindsReadableBy(REVIEWER)).doesNotContain(RevisionSubject.ACCOUNT);
    assertThat(HistoryAccess.kindsReadableBy(ADMIN)).contains(RevisionSubject.ACCOUNT);
    assertThatThrownBy(() -> HistoryAccess.requireReadable(RevisionSubject.ACCOUNT, EDITOR))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> HistoryAccess.requireReadable(null, Actor.of("nobody")))
        .isInstanceOf(NotPermittedException.class);
    assertThat(HistoryAccess.kindsReadableBy(Actor.of("nobody"))).isEmpty();
  }

  @Test
  void aKindAskedForThatTheReaderMayNotSeeLeavesNothing() {
    assertThat(HistoryAccess.kindsReadableBy(EDITOR, RevisionSubject.ACCOUNT)).isEmpty();
    assertThat(HistoryAccess.kindsReadableBy(EDITOR, RevisionSubject.TOPIC))
        .containsExactly(RevisionSubject.TOPIC);
  }
}
