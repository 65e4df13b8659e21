/**
 * HTTP concerns of the public surface: revalidation and caching headers keyed by the content
 * revision, and cross-origin access for sites that embed Signpost.
 */
package org.signpost.widgets.http;
