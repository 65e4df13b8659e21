/**
 * Topics: a page of professional guidance with its ordered sections and attached resources, the
 * publishing workflow's rules (draft, in review, published, archived; the second pair of eyes) and
 * the review cycle (three years by default, as health information standards ask).
 */
package org.signpost.core.topic;
