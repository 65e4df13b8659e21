package org.signpost.admin.security;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import org.signpost.admin.address.ConsolePath;

/**
 * Keeps the console's sign-in off the public side's requests. Jakarta Security hands every request
 * of the application to the console's mechanism, and the bridge that does so looks the mechanism up
 * through the naming service each time, under a lock all request threads share: in the one war,
 * widgets and pages that no one signs in to paid for it (the cached fragment fell from 37% to 20%
 * of nginx's static rate). This puts a gate in front of that bridge: a request for the console's
 * addresses goes through it as before, any other is let through unauthenticated at once. What the
 * public side may serve is unchanged: it has no signed-in readers, and the war's security
 * constraints (page sources refused to everyone) are still enforced by the container.
 */
@WebListener
public class ConsoleOnlyAuthentication implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(ConsoleOnlyAuthentication.class.getName());
  private static final String LAYER = "HttpServlet";

  private String registration;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    String appContext = context.getVirtualServerName() + " " + context.getContextPath();
    AuthConfigFactory factory = AuthConfigFactory.getFactory();
    AuthConfigProvider console = factory.getConfigProvider(LAYER, appContext, null);
    if (console == null) {
      LOG.warning("No console sign-in is registered for " + appContext + ": nothing to gate");
      return;
    }
    registration =
        factory.registerConfigProvider(
            new GatedProvider(console, ConsolePath.ROOT),
            LAYER,
            appContext,
            "The console's sign-in, for the console's addresses only");
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (registration != null) {
      AuthConfigFactory.getFactory().removeRegistration(registration);
    }
  }

  /**
   * Whether a request is for the console, by the path the container mapped it to (decoded and
   * normalised: {@code /widgets/../admin/} is {@code /admin/} here).
   */
  static boolean isForTheConsole(String servletPath, String pathInfo, String consoleRoot) {
    String path = servletPath + (pathInfo == null ? "" : pathInfo);
    return path.equals(consoleRoot) || path.startsWith(consoleRoot + "/");
  }

  private record GatedProvider(AuthConfigProvider console, String consoleRoot)
      implements AuthConfigProvider {
    @Override
    public ServerAuthConfig getServerAuthConfig(
        String layer, String appContext, CallbackHandler handler) throws AuthException {
      return new GatedConfig(console.getServerAuthConfig(layer, appContext, handler), consoleRoot);
    }

    @Override
    public jakarta.security.auth.message.config.ClientAuthConfig getClientAuthConfig(
        String layer, String appContext, CallbackHandler handler) throws AuthException {
      return console.getClientAuthConfig(layer, appContext, handler);
    }

    @Override
    public void refresh() {
      console.refresh();
    }
  }

  private record GatedConfig(ServerAuthConfig console, String consoleRoot)
      implements ServerAuthConfig {
    @Override
    public ServerAuthContext getAuthContext(
        String authContextId, Subject serviceSubject, Map<String, Object> properties)
        throws AuthException {
      return new GatedContext(
          console.getAuthContext(authContextId, serviceSubject, properties), consoleRoot);
    }

    @Override
    public String getMessageLayer() {
      return console.getMessageLayer();
    }

    @Override
    public String getAppContext() {
      return console.getAppContext();
    }

    @Override
    public String getAuthContextID(MessageInfo messageInfo) {
      return console.getAuthContextID(messageInfo);
    }

    @Override
    public void refresh() {
      console.refresh();
    }

    @Override
    public boolean isProtected() {
      return console.isProtected();
    }
  }

  private record GatedContext(ServerAuthContext console, String consoleRoot)
      implements ServerAuthContext {
    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service)
        throws AuthException {
      return forTheConsole(message)
          ? console.validateRequest(message, client, service)
          : AuthStatus.SUCCESS;
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
      return forTheConsole(message)
          ? console.secureResponse(message, service)
          : AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
      console.cleanSubject(message, subject);
    }

    private boolean forTheConsole(MessageInfo message) {
      return !(message.getRequestMessage() instanceof HttpServletRequest request)
          || isForTheConsole(request.getServletPath(), request.getPathInfo(), consoleRoot);
    }
  }
}
