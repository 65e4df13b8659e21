/** The dashboard curators see first. */
package org.signpost.admin.dashboard;
