/**
 * Who may use the console: form sign-in against Signpost accounts through Jakarta Security, with a
 * fresh session id at every sign-in.
 */
package org.signpost.admin.security;
