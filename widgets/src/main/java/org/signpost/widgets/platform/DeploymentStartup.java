package org.signpost.widgets.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.signpost.core.setup.SignpostStartup;

/**
 * Starts and stops the deployment that holds the public side (the one Signpost war, with the
 * console in it): when the server initialises its web context, after its resources are bound, and
 * when it takes it down.
 */
@WebListener
public class DeploymentStartup implements ServletContextListener {

  @Inject SignpostStartup startup;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    startup.start();
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    startup.stop();
  }
}
