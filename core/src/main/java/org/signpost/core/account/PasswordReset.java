package org.signpost.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One "forgot password" link: whose it is, when it stops working, and whether it was used. Only the
 * SHA-256 of the token is kept, so a copy of the database opens no account.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordReset() {}

  PasswordReset(Account account, String token, Instant createdAt, Instant expiresAt) {
    this.account = Objects.requireNonNull(account, "account");
    this.tokenHash = hash(token);
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** The SHA-256 of a token, in hex: how tokens are stored and looked up. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Whether the link still works: not used, not expired. */
  public boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  void use(Instant now) {
    this.usedAt = now;
  }

  public Account account() {
    return account;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant usedAt() {
    return usedAt;
  }
}
