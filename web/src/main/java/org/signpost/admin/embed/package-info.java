/** The embed builder: snippets to copy and a live preview of exactly that widget. */
package org.signpost.admin.embed;
