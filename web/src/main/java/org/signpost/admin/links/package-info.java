/** Link health in the console: the schedule, the on-demand run with its progress, the problems. */
package org.signpost.admin.links;
