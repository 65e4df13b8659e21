package org.signpost.admin.topics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.signpost.admin.address.RequestAddresses;
import org.signpost.core.publication.PreviewTokens;

/**
 * Links to a topic's preview on the public side, signed and short-lived, since drafts are not
 * public.
 */
@Named
@RequestScoped
public class TopicPreview {

  @Inject PreviewTokens tokens;

  @Inject RequestAddresses addresses;

  public String link(String slug) {
    if (slug == null) {
      return "#";
    }
    return addresses.site().preview(tokens.issue(slug));
  }
}
