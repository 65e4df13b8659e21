/** How the console deployment plugs into the server: its data source. */
package org.signpost.admin.platform;
