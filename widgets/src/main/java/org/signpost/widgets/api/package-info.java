/**
 * The public content API, version 1, under {@code /api/v1}: published topics as JSON records, and
 * errors as RFC 9457 problem details.
 */
package org.signpost.widgets.api;
