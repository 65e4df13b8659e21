package org.signpost.core.address;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public side's absolute addresses, all built here from one base.
 *
 * @param base such as {@code https://signpost.example}, without a trailing slash
 */
public record SiteAddress(String base) {

  public SiteAddress {
    base = withoutTrailingSlash(base);
  }

  /** The list of topics. */
  public String topics() {
    return base + "/topics";
  }

  /** A topic's page. */
  public String topic(String slug) {
    return topics() + "/" + slug;
  }

  /** The Atom feed of updates. */
  public String updatesFeed() {
    return base + "/feeds/updates.atom";
  }

  /** The oEmbed answer for a page of this site. */
  public String oembed(String pageAddress) {
    return base
        + "/api/oembed?format=json&url="
        + URLEncoder.encode(pageAddress, StandardCharsets.UTF_8);
  }

  /** A signed preview of a draft. */
  public String preview(String token) {
    return base + "/preview/" + token;
  }

  /** One of the widgets' files, such as {@code signpost.js}. */
  public String widgetAsset(String name) {
    return base + "/widgets/v1/" + name;
  }

  /** An iframe embed, {@code path} such as {@code /embed/topic/healthy-relationships}. */
  public String embed(String path) {
    return base + path;
  }

  static String withoutTrailingSlash(String address) {
    return address == null ? "" : address.strip().replaceAll("/+$", "");
  }
}
