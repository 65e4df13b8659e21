package org.signpost.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server for "forgot password" mail: {@code signpost.mail.host} (none: no mail), {@code
 * signpost.mail.port} and the sender {@code signpost.mail.from}.
 */
@ApplicationScoped
public class MailSettings {

  @Inject
  @ConfigProperty(name = "signpost.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "signpost.mail.port")
  int port;

  @Inject
  @ConfigProperty(name = "signpost.mail.from")
  String from;

  /** The server's name, when mail is set up. */
  public Optional<String> host() {
    return host.map(String::strip).filter(h -> !h.isEmpty());
  }

  public int port() {
    return port;
  }

  public String from() {
    return from;
  }
}
