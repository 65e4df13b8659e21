/**
 * "Was this page helpful?": what readers answer, kept without personal data (comments are redacted,
 * no IP address is stored), and the aggregates that reports and review priorities use.
 */
package org.signpost.core.feedback;
