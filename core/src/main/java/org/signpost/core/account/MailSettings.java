package org.signpost.core.account;

import jakarta.enterprise.context.Dependent;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server for "forgot password" mail: {@code signpost.mail.host} (none: no mail), {@code
 * signpost.mail.port} and the sender {@code signpost.mail.from}.
 */
@Dependent
@ConfigProperties(prefix = "signpost.mail")
public class MailSettings {

  @ConfigProperty(name = "host")
  Optional<String> host;

  @ConfigProperty(name = "port")
  int port;

  @ConfigProperty(name = "from")
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
