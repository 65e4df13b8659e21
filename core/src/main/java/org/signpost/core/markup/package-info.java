/** Signpost's markup engine: compiled, auto-escaping jte templates, the only source of HTML. */
package org.signpost.core.markup;
