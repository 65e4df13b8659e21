package org.signpost.core.publication;

/**
 * How long browsers and shared caches may keep public representations. Short freshness keeps
 * published changes quick to show; a longer stale-while-revalidate lets a school's page show at
 * once while the cache checks in the background, with a cheap 304 when nothing changed; and a cache
 * may show its copy for a day while Signpost answers with errors (its database away).
 */
public final class CachePolicy {

  public static final int MAX_AGE_SECONDS = 60;

  /**
   * How long a shared cache in front of Signpost (the cluster's nginx) may answer from its copy
   * before it revalidates: short, so that a change published on any instance shows within two
   * seconds, while the cache still takes nearly every request.
   */
  public static final int SHARED_MAX_AGE_SECONDS = 1;

  public static final int STALE_WHILE_REVALIDATE_SECONDS = 600;

  /** How long a cache may keep showing a copy while Signpost answers with errors. */
  public static final int STALE_IF_ERROR_SECONDS = 86_400;

  /** The {@code Cache-Control} value for public representations. */
  public static final String PUBLIC =
      "public, max-age="
          + MAX_AGE_SECONDS
          + ", s-maxage="
          + SHARED_MAX_AGE_SECONDS
          + ", stale-while-revalidate="
          + STALE_WHILE_REVALIDATE_SECONDS
          + ", stale-if-error="
          + STALE_IF_ERROR_SECONDS;

  /** For errors and anything that must not be kept. */
  public static final String NO_STORE = "no-store";

  private CachePolicy() {}
}
