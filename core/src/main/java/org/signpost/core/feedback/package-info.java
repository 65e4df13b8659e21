/**
 * "Was this page helpful?": what readers answer, kept without personal data (comments are redacted,
 * no IP address is stored), how much one client may send, and the report curators filter, chart and
 * export.
 */
package org.signpost.core.feedback;
