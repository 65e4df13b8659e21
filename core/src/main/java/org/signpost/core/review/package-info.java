/**
 * Keeping content current: the review cycle (three years by default, as health information
 * standards ask) and the list of topics whose review is due.
 */
package org.signpost.core.review;
