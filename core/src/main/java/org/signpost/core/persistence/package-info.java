/**
 * What every component's persistence shares: the persistence unit's name, the mapping of {@link
 * java.time.Instant} to a time-zoned column, the page of results that catalogue queries return, and
 * the installation's own small state (keys and counters kept in one table).
 */
package org.signpost.core.persistence;
