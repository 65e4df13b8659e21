package org.signpost.core.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.signpost.core.limit.Allowances;
import org.signpost.core.limit.LocalAllowances;

/**
 * How often "forgot password" may mail: a few links an hour to one account, however many clients
 * ask, and a few dozen an hour from one client, however many accounts it names. Past either, asking
 * still answers the same and mails nothing, so the page tells nobody whether a mail went.
 */
@ApplicationScoped
public class ResetRequestLimit {

  /** Mails one account may receive at once, and how often one more is allowed. */
  static final BucketConfiguration PER_ACCOUNT =
      BucketConfiguration.builder()
          .addLimit(Bandwidth.builder().capacity(3).refillGreedy(1, Duration.ofMinutes(20)).build())
          .build();

  /** Requests one client may make at once, and how often one more is allowed. */
  static final BucketConfiguration PER_CLIENT =
      BucketConfiguration.builder()
          .addLimit(Bandwidth.builder().capacity(30).refillGreedy(1, Duration.ofMinutes(2)).build())
          .build();

  private final Allowances allowances;

  /** A limit of this process's own, for the core library used on its own. */
  public ResetRequestLimit() {
    this(new LocalAllowances());
  }

  /** A limit over {@code allowances}: the data grid's on a cluster, so it holds across it. */
  @Inject
  public ResetRequestLimit(Allowances allowances) {
    this.allowances = allowances;
  }

  /** Takes one request from the client's allowance: whether it may be looked at at all. */
  public boolean clientMayAsk(String client) {
    return Allowances.askOr(
        () ->
            allowances
                .bucket("reset-client", client == null ? "" : client, PER_CLIENT)
                .tryConsume(1),
        true);
  }

  /** Takes one mail from the account's allowance: whether a link may be mailed to it now. */
  public boolean accountMayReceive(Account account) {
    return Allowances.askOr(
        () -> allowances.bucket("reset-account", account.login(), PER_ACCOUNT).tryConsume(1), true);
  }
}
