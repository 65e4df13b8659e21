/**
 * How the deployment that holds the public side (the one Signpost war, or the public side alone in
 * this module's tests) plugs into the server: start-up and readiness. The data source is the war's
 * own (the console module's {@code ApplicationDataSource}).
 */
package org.signpost.widgets.platform;
