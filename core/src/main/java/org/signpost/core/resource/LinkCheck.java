package org.signpost.core.resource;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the last check of a resource's address found, as the console shows it.
 *
 * @param httpStatus the last status code seen, or {@code null} when nothing answered
 * @param finalUrl where redirects ended, or {@code null} when there were none
 */
public record LinkCheck(LinkStatus status, Instant checkedAt, Integer httpStatus, String finalUrl)
    implements Serializable {}
