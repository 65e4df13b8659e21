package org.signpost.widgets.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.signpost.core.setup.SignpostStartup;

/**
 * Starts and stops this deployment, the public pages, widgets and API, as module {@value #MODULE}:
 * when the server initialises its web context, after its resources are bound, and when it takes it
 * down.
 */
@WebListener
public class WidgetsStartup implements ServletContextListener {

  /** This deployment's name in readiness and in {@code signpost.modules}. */
  public static final String MODULE = "widgets";

  @Inject SignpostStartup startup;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    startup.start(MODULE);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    startup.stop(MODULE);
  }
}
