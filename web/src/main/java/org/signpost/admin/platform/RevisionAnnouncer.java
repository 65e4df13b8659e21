package org.signpost.admin.platform;

import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import org.signpost.core.content.revision.ContentRevisionMoved;

/**
 * Tells every instance of the cluster, this one's public side included, that a change committed
 * here moved the content revision, so that widgets everywhere read it at once; each instance's own
 * check of the database every half second stays as the fallback when a word is lost. Only the move
 * said here (the default qualifier) is passed on, never one heard from the cluster.
 */
@ApplicationScoped
public class RevisionAnnouncer {

  @Inject
  @Outbound(loopBack = true)
  Event<ContentRevisionMoved> cluster;

  void committed(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) @Default ContentRevisionMoved moved) {
    cluster.fire(moved);
  }
}
