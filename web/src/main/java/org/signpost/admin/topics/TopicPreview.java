package org.signpost.admin.topics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.signpost.admin.console.PublicAddress;
import org.signpost.core.publication.PreviewTokens;

/**
 * Links to a topic's preview on the public side, signed and short-lived, since drafts are not
 * public.
 */
@Named
@RequestScoped
public class TopicPreview {

  @Inject PreviewTokens tokens;

  @Inject PublicAddress address;
  @Inject ExternalContext external;

  public String link(String slug) {
    if (slug == null) {
      return "#";
    }
    return address.base((HttpServletRequest) external.getRequest())
        + "/preview/"
        + tokens.issue(slug);
  }
}
