package org.signpost.core.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GridNameTest {

  @Test
  void clusterShMakesTheNameTheInstancesExpect() throws Exception {
    String secret = "the same secret on every machine, 2026";
    ProcessBuilder withSecret =
        new ProcessBuilder("bash", Path.of("..", "cluster.sh").toString(), "grid-name")
            .redirectErrorStream(true);
    withSecret.environment().put("SIGNPOST_CLUSTER_SECRET", secret);
    Process named = withSecret.start();
    String printed = new String(named.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(named.waitFor()).isZero();
    assertThat(printed.strip()).isEqualTo(GridName.of(secret));
  }

  @Test
  void anotherSecretMakesAnotherName() {
    assertThat(GridName.of("the same secret on every machine, 2026"))
        .isNotEqualTo(GridName.of("the same secret on every machine, 2027"));
  }
}
