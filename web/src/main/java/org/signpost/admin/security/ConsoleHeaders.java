package org.signpost.admin.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.signpost.admin.address.ConsolePath;
import org.signpost.core.address.PublicAddresses;

/**
 * The headers every console answer carries: nothing sniffed into another type, no address of a
 * console page sent to another site, never framed, and no page kept by the browser or a proxy
 * (pages show accounts, unpublished drafts and feedback). The Content Security Policy itself is
 * PrimeFaces' ({@code primefaces.CSP}): only scripts from the console, each with the page's nonce.
 * {@link #policy} is the rest of it.
 */
@WebFilter(ConsolePath.ALL)
public class ConsoleHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final String RESOURCES = "/jakarta.faces.resource/";

  @Inject transient PublicAddresses addresses;

  /**
   * The console's policy, to which PrimeFaces adds its script nonce: everything from the console,
   * and from the public side where it lives on a host of its own (the embed builder's preview).
   */
  public static String policy(String publicOrigin) {
    String sources = publicOrigin == null ? "'self'" : "'self' " + publicOrigin;
    return "default-src "
        + sources
        + "; img-src "
        + sources
        + " data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self';"
        + " form-action 'self'; frame-ancestors 'none'; script-src "
        + sources;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    if (!request.getRequestURI().startsWith(ConsolePath.of(request.getContextPath()) + RESOURCES)) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
