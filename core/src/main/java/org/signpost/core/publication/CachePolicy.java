package org.signpost.core.publication;

/**
 * How long browsers and shared caches may keep public representations. Short freshness keeps
 * published changes quick to show; a longer stale-while-revalidate lets a school's page show at
 * once while the cache checks in the background, with a cheap 304 when nothing changed.
 */
public final class CachePolicy {

  public static final int MAX_AGE_SECONDS = 60;
  public static final int STALE_WHILE_REVALIDATE_SECONDS = 600;

  /** The {@code Cache-Control} value for public representations. */
  public static final String PUBLIC =
      "public, max-age="
          + MAX_AGE_SECONDS
          + ", stale-while-revalidate="
          + STALE_WHILE_REVALIDATE_SECONDS;

  /** For errors and anything that must not be kept. */
  public static final String NO_STORE = "no-store";

  private CachePolicy() {}
}
