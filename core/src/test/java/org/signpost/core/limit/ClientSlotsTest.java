package org.signpost.core.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClientSlotsTest {

  @Test
  void aClientWithEverySlotInUseIsRefusedWhileOthersAreServedAndSlotsComeBack() {
    ClientSlots slots = new ClientSlots(3);
    List<ClientSlots.Slot> held = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      held.add(slots.take("203.0.113.9").orElseThrow());
    }

    assertThat(slots.take("203.0.113.9")).as("a fourth at once").isEmpty();
    assertThat(slots.take("198.51.100.7")).as("another client").isPresent();

    held.get(0).close();
    held.get(0).close();
    assertThat(slots.inProgress("203.0.113.9")).as("closing twice gives back one").isEqualTo(2);
    held.forEach(ClientSlots.Slot::close);
    assertThat(slots.inProgress("203.0.113.9")).isZero();
    assertThat(slots.take("203.0.113.9")).as("once the others ended").isPresent();
  }

  @Test
  void manyThreadsTakingAndGivingBackNeverHoldMoreThanTheCap() throws Exception {
    ClientSlots slots = new ClientSlots(4);
    AtomicInteger holding = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<Integer>> most = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      most.add(
          threads.submit(
              () -> {
                int seen = 0;
                for (int i = 0; i < 20_000; i++) {
                  Optional<ClientSlots.Slot> slot = slots.take("203.0.113.9");
                  if (slot.isPresent()) {
                    seen = Math.max(seen, holding.incrementAndGet());
                    holding.decrementAndGet();
                    slot.get().close();
                  }
                }
                return seen;
              }));
    }
    for (Future<Integer> seen : most) {
      assertThat(seen.get(30, TimeUnit.SECONDS)).isLessThanOrEqualTo(4);
    }
    threads.shutdown();
    assertThat(slots.inProgress("203.0.113.9")).isZero();
  }
}
