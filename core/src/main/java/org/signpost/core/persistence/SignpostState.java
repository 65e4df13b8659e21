package org.signpost.core.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row that records facts about the installation as a whole. Locking it serialises the
 * first-start work across the deployments and instances that share a database.
 */
@Entity
@Table(name = "signpost_state")
public class SignpostState {

  /** The key of the only row, inserted by the first migration. */
  public static final int ID = 1;

  @Id private int id;

  @Column(name = "demo_loaded_at")
  private Instant demoLoadedAt;

  /** The content revision: read and moved with every change readers see. */
  @Column(name = "content_revision", nullable = false)
  private long contentRevision;

  /** The secret that signs preview links. */
  @Column(name = "preview_key", length = 64)
  private String previewKey;

  /** When the last scheduled link check started, on any instance (see LinkCheckTurn). */
  @Column(name = "link_check_started_at")
  private Instant linkCheckStartedAt;

  protected SignpostState() {}

  public boolean demoLoaded() {
    return demoLoadedAt != null;
  }

  public void recordDemoLoaded(Instant when) {
    this.demoLoadedAt = when;
  }
}
