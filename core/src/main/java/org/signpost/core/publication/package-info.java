/**
 * What every public surface shares about publishing: the site's name and who may frame it, cache
 * policy and entity tags per content revision, signed preview links, the kinds of widget and the
 * snippets that embed them (rendered from templates, built from checked values), and resources
 * grouped by key stage.
 */
package org.signpost.core.publication;
