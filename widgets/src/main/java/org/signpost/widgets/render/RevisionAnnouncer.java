package org.signpost.widgets.render;

import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import org.signpost.core.content.revision.ContentRevisionMoved;

/**
 * Tells the other instances of a cluster that a change committed here moved the content revision,
 * so that their widgets read it at once; this instance's own {@link RevisionWatch} hears the move
 * in process. Each instance's check of the database every half second stays as the fallback when a
 * word is lost. Only a move made here (the default qualifier) is passed on, never one heard from
 * the cluster.
 */
@ApplicationScoped
public class RevisionAnnouncer {

  @Inject
  @Outbound(loopBack = false)
  Event<ContentRevisionMoved> cluster;

  void committed(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) @Default ContentRevisionMoved moved) {
    cluster.fire(moved);
  }
}
