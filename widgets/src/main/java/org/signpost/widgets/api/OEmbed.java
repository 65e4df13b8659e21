package org.signpost.widgets.api;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * An oEmbed 1.0 answer of type {@code rich}: the iframe of a topic, with its title and size.
 *
 * @param html the iframe, rendered by a template
 * @param cacheAge seconds a consumer may keep this answer
 */
@JsonbPropertyOrder({
  "version",
  "type",
  "title",
  "providerName",
  "providerUrl",
  "cacheAge",
  "html",
  "width",
  "height"
})
public record OEmbed(
    String version,
    String type,
    String title,
    @JsonbProperty("provider_name") String providerName,
    @JsonbProperty("provider_url") String providerUrl,
    @JsonbProperty("cache_age") int cacheAge,
    String html,
    int width,
    int height) {

  /** A rich embed of the given iframe. */
  public static OEmbed rich(
      String title, String providerName, String providerUrl, String html, int width, int height) {
    return new OEmbed("1.0", "rich", title, providerName, providerUrl, 3600, html, width, height);
  }
}
