package org.signpost.core.publication;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Entity tags for public representations, keyed by the content revision: a tag stays the same while
 * nothing is published and changes for every representation when anything is. Cheap to compute
 * before any work is done, so that a revalidation costs almost nothing.
 */
public final class EntityTags {

  private EntityTags() {}

  /**
   * The weak tag of one representation at one revision.
   *
   * @param representation what tells representations apart, such as the request path and query with
   *     the media type
   */
  public static String of(long revision, String representation) {
    CRC32 crc = new CRC32();
    crc.update(representation.getBytes(StandardCharsets.UTF_8));
    return "W/\"r" + revision + "-" + Long.toHexString(crc.getValue()) + "\"";
  }

  /**
   * Whether an {@code If-None-Match} header names the tag, comparing weakly as RFC 9110 asks for
   * {@code If-None-Match}; {@code *} matches anything.
   */
  public static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    String wanted = opaque(tag);
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip)
        .anyMatch(candidate -> candidate.equals("*") || opaque(candidate).equals(wanted));
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
