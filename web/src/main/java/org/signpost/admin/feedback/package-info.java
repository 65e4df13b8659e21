/** The feedback report: filters, comments a curator can hide, a chart over time, CSV export. */
package org.signpost.admin.feedback;
