package org.signpost.core.resource;

/** What the last check of a resource's address found. */
public enum LinkStatus {
  /** Not checked yet. */
  UNCHECKED,
  /** Answered with success. */
  OK,
  /** Answered after one or more redirects to another address. */
  REDIRECTED,
  /** Answered with a client or server error, such as 404. */
  BROKEN,
  /** Did not answer: no such host, refused, or timed out. */
  UNREACHABLE,
  /** Not checked: the address, or a redirect from it, leads to a private or loopback address. */
  PRIVATE_ADDRESS
}
