/**
 * What every public surface shares about publishing: cache policy and entity tags per content
 * revision, signed preview links, embed snippets built from checked values, and resources grouped
 * by key stage.
 */
package org.signpost.core.publication;
