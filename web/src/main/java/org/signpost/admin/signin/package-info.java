/** Signing in to and out of the console. */
package org.signpost.admin.signin;
