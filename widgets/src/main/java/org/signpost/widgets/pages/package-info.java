/**
 * The service's own public pages: the topic index with its key-stage filter, each topic page, and
 * the Atom feed of published updates.
 */
package org.signpost.widgets.pages;
