/**
 * What every console form shares: messages next to the field from core's refusals and the text
 * bundle, and the check of a web address as it is typed.
 */
package org.signpost.admin.forms;
