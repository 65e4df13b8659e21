/** Keeping content current: the list of topics whose review is due, or soon due. */
package org.signpost.core.review;
