/**
 * What every component's persistence shares: the persistence unit's name, the mapping of {@link
 * java.time.Instant} to a time-zoned column, and the page of results that catalogue queries return.
 */
package org.signpost.core.persistence;
