/**
 * The cluster's data grid (Payara's Hazelcast) and the secret that closes it: members and clients
 * must know the grid's name, which is made from {@code SIGNPOST_CLUSTER_SECRET} ({@link GridName});
 * an instance that would share a grid without it refuses to start (GridGuard, in
 * infrastructure.payara).
 */
package org.signpost.core.grid;
