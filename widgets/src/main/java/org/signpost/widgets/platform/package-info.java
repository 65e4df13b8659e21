/** How the widgets deployment plugs into the server: its data source. */
package org.signpost.widgets.platform;
