package org.signpost.admin.address;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.signpost.core.address.ClientAddresses;
import org.signpost.core.address.ConsoleAddress;
import org.signpost.core.address.HostPort;
import org.signpost.core.address.PublicAddresses;
import org.signpost.core.address.RequestOrigin;
import org.signpost.core.address.SiteAddress;

/**
 * Core's addresses for the console request being answered: the public side lives at the root of the
 * application the console was reached in, the console at its own path there.
 */
@RequestScoped
public class RequestAddresses {

  @Inject PublicAddresses addresses;
  @Inject ClientAddresses clients;
  @Inject ExternalContext external;

  public SiteAddress site() {
    return addresses.site(origin(""));
  }

  public ConsoleAddress console() {
    return addresses.console(origin(ConsolePath.ROOT));
  }

  private RequestOrigin origin(String pathInTheApplication) {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    return new RequestOrigin(
        request.getScheme(),
        request.getServerName(),
        HostPort.forLinks(
            request.getServerPort(),
            request.getLocalPort(),
            clients.isTrustedProxy(request.getRemoteAddr())),
        request.getContextPath() + pathInTheApplication);
  }
}
