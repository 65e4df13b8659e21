/** The resource list with its bulk actions, and the resource editor. */
package org.signpost.admin.resources;
