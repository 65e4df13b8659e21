package org.signpost.admin.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.signpost.admin.security.ConsoleHeaders;
import org.signpost.core.address.PublicAddresses;
import org.signpost.core.setup.SetupSettings;
import org.signpost.core.setup.SignpostStartup;

/**
 * Starts and stops this deployment, the console, as module {@value #MODULE}: when the server
 * initialises its web context, after its resources are bound, and when it takes it down.
 */
@WebListener
public class ConsoleStartup implements ServletContextListener {

  /** This deployment's name in readiness and in {@code signpost.modules}. */
  public static final String MODULE = "console";

  @Inject SignpostStartup startup;
  @Inject SetupSettings settings;
  @Inject PublicAddresses addresses;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    // Behind TLS ended at a proxy the request looks like plain HTTP: the setting says otherwise.
    if (settings.secureCookies()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
    // PrimeFaces enforces the policy with a nonce for every script it writes (primefaces.CSP).
    event
        .getServletContext()
        .setInitParameter(
            "primefaces.CSP_POLICY",
            ConsoleHeaders.policy(addresses.configuredPublicOrigin().orElse(null)));
    startup.start(MODULE);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    startup.stop(MODULE);
  }
}
