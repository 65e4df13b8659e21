/**
 * The one review mechanism that every kind of reviewed content uses (topics and resources today):
 * changes to content readers see wait aside in a revision ({@link HeldDrafts}) until a second
 * person approves exactly the version they read ({@link SecondPairOfEyes}); each act a curator may
 * do is in an action table ({@link ReviewAct}) that says who may do it and whether readers see it;
 * {@link ReviewedChanges} writes, holds and records every change the same way.
 */
package org.signpost.core.content.review;
