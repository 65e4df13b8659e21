/**
 * "Was this page helpful?": what readers answer, kept without personal data (comments are redacted,
 * no IP address is stored), the settings for how much one client may send (the public side's
 * throttle counts it, with core's {@code limit} package), and the report curators filter, chart and
 * export.
 */
package org.signpost.core.feedback;
