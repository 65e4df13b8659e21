/**
 * Allowances: the token buckets that limit how often one client may send feedback or guess a
 * password. On a cluster they live in the data grid, so that every instance draws on the same
 * allowance; on one instance, or in a program using the core library alone, in memory. Either way
 * they are keyed by a keyed hash, never by an address or a login as typed.
 */
package org.signpost.core.limit;
