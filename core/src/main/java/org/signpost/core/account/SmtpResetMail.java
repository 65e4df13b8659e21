package org.signpost.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.signpost.core.validation.Refusal;

/** "Forgot password" mail through the SMTP server of {@link MailSettings}, with Jakarta Mail. */
@ApplicationScoped
public class SmtpResetMail implements ResetMail {

  @Inject @ConfigProperties MailSettings settings;

  @Override
  public void send(String address, String displayName, String link) {
    Optional<String> host = settings.host();
    if (host.isEmpty()) {
      throw new Refusal("account.mail-not-set-up");
    }
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.get());
    properties.put("mail.smtp.port", Integer.toString(settings.port()));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    Session session = Session.getInstance(properties);
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from()));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
      message.setSubject("Reset your Signpost password", "UTF-8");
      message.setText(
          "Hello "
              + displayName
              + ",\n\nSomeone, we hope you, asked to reset the password of your Signpost console"
              + " account. To choose a new one, open this link within "
              + PasswordResets.LIFETIME.toMinutes()
              + " minutes:\n\n"
              + link
              + "\n\nThe link works once. If you did not ask, ignore this message: your password"
              + " stays as it is.\n",
          "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      throw new Refusal("account.mail-not-sent", e, e.getMessage());
    }
  }
}
