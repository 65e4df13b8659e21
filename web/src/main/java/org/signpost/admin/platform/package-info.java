/** How the console deployment plugs into the server: its data source, start-up and readiness. */
package org.signpost.admin.platform;
