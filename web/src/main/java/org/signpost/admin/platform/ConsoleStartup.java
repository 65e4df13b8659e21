package org.signpost.admin.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.signpost.admin.address.ConsolePath;
import org.signpost.admin.security.ConsoleHeaders;
import org.signpost.core.address.PublicAddresses;
import org.signpost.core.setup.SetupSettings;

/**
 * Sets the console up when the server initialises the web context: its session cookie goes to the
 * console's own path only (the public side sets no cookies), over HTTPS only when the setting says
 * so, and its pages carry their Content Security Policy.
 */
@WebListener
public class ConsoleStartup implements ServletContextListener {

  @Inject @ConfigProperties SetupSettings settings;
  @Inject PublicAddresses addresses;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    var cookies = event.getServletContext().getSessionCookieConfig();
    cookies.setPath(ConsolePath.of(event.getServletContext().getContextPath()));
    // Behind TLS ended at a proxy the request looks like plain HTTP: the setting says otherwise.
    if (settings.secureCookies()) {
      cookies.setSecure(true);
    }
    // PrimeFaces enforces the policy with a nonce for every script it writes (primefaces.CSP).
    event
        .getServletContext()
        .setInitParameter(
            "primefaces.CSP_POLICY",
            ConsoleHeaders.policy(addresses.configuredPublicOrigin().orElse(null)));
  }
}
