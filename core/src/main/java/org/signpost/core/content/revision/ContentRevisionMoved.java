package org.signpost.core.content.revision;

import java.io.Serializable;

/**
 * Said when a change moves the content revision on. Observed once the change has committed, it is
 * what a deployment passes on to the rest of a cluster (Payara's clustered events carry it), so
 * that every instance reads the new revision at once rather than at its next check.
 */
public record ContentRevisionMoved() implements Serializable {}
