package org.signpost.core.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The result of the last check of a resource's address, kept with the resource. */
@Embeddable
public class LinkHealth implements Serializable {

  @Enumerated(EnumType.STRING)
  @Column(name = "link_status", nullable = false, length = 20)
  private LinkStatus status = LinkStatus.UNCHECKED;

  @Column(name = "link_checked_at")
  private Instant checkedAt;

  @Column(name = "link_http_status")
  private Integer httpStatus;

  @Column(name = "link_final_url", length = WebAddress.MAX_LENGTH)
  private String finalUrl;

  protected LinkHealth() {}

  public static LinkHealth unchecked() {
    return new LinkHealth();
  }

  /**
   * A check's outcome.
   *
   * @param httpStatus the last status code seen, or {@code null} when nothing answered
   * @param finalUrl where redirects ended, or {@code null} when there were none
   */
  public static LinkHealth checked(
      LinkStatus status, Instant checkedAt, Integer httpStatus, String finalUrl) {
    LinkHealth health = new LinkHealth();
    health.status = Objects.requireNonNull(status, "status");
    health.checkedAt = Objects.requireNonNull(checkedAt, "checkedAt");
    health.httpStatus = httpStatus;
    health.finalUrl = finalUrl;
    return health;
  }

  /** The check's outcome as a record, for those who show it. */
  public LinkCheck view() {
    return new LinkCheck(status, checkedAt, httpStatus, finalUrl);
  }

  public LinkStatus status() {
    return status;
  }

  public Instant checkedAt() {
    return checkedAt;
  }

  public Integer httpStatus() {
    return httpStatus;
  }

  public String finalUrl() {
    return finalUrl;
  }
}
