/**
 * How the console plugs into the one Signpost deployment: the application's data source, the
 * console's settings at start-up, and its answers to failures (an expired page, the database away,
 * an error of the server).
 */
package org.signpost.admin.platform;
