/**
 * Feedback intake: "Was this page helpful?" answers from the widget (JSON) and from the no-script
 * form (a plain form post), bot-resistant without third-party services, rate-limited per client
 * without storing who the client is.
 */
package org.signpost.widgets.feedback;
