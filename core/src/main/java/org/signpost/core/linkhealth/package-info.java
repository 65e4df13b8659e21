/**
 * Link health: checking that every resource's address still answers, on a schedule and on demand,
 * with bounded concurrency and timeouts, and recording what each check found.
 */
package org.signpost.core.linkhealth;
