package org.signpost.admin.topics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.signpost.core.publication.PreviewTokens;

/**
 * Links to a topic's preview on the public side, signed and short-lived, since drafts are not
 * public. The public side lives at {@code signpost.public.url}, the same host's root by default.
 */
@Named
@RequestScoped
public class TopicPreview {

  @Inject PreviewTokens tokens;

  @Inject
  @ConfigProperty(name = "signpost.public.url", defaultValue = " ")
  String publicUrl;

  public String link(String slug) {
    if (slug == null) {
      return "#";
    }
    String base = publicUrl.isBlank() ? "" : publicUrl.strip().replaceAll("/+$", "");
    return base + "/preview/" + tokens.issue(slug);
  }
}
