package org.signpost.core.account;

/** What a curator may do in the console. */
public enum Role {
  /** Everything, including accounts and emergency publishing. */
  ADMIN,
  /** Writes topics and resources and submits them for review. */
  EDITOR,
  /** Approves and publishes what others wrote, or sends it back. */
  REVIEWER
}
