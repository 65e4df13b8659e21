package org.signpost.core.content.review;

import org.signpost.core.account.Actor;

/**
 * One act in a kind of content's action table: who may do it, and whether it changes what readers
 * see (then every widget is told, in the same transaction).
 */
public interface ReviewAct {

  /** Whether the actor holds a role that may do this. */
  boolean permits(Actor actor);

  /**
   * Checks the actor's roles.
   *
   * @throws org.signpost.core.account.NotPermittedException naming who may do this
   */
  void require(Actor actor);

  /** Whether doing it changes what readers see. */
  boolean readersSeeIt();
}
