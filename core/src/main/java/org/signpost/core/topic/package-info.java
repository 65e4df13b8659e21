/**
 * Topics: a page of professional guidance with its ordered sections and attached resources, and the
 * publishing workflow (draft, in review, published, archived) with its rules.
 */
package org.signpost.core.topic;
