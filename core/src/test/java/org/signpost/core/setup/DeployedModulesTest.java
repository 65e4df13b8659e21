package org.signpost.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeployedModulesTest {

  private static final String MODULE = "deployed-modules-test";

  @AfterEach
  void forget() {
    DeployedModules.forget(MODULE);
  }

  @Test
  void aModuleIsUnknownUntilItStartsAndGoneOnceForgotten() throws InterruptedException {
    assertThat(DeployedModules.stateOf(MODULE)).isEmpty();

    DeployedModules.starting(MODULE);
    assertThat(DeployedModules.stateOf(MODULE)).hasValue(ModuleState.STARTING);
    assertThat(DeployedModules.hasStarted(MODULE)).isFalse();

    DeployedModules.started(MODULE, "4");
    assertThat(DeployedModules.hasStarted(MODULE)).as("not before the server maps it").isFalse();
    Thread.sleep(DeployedModules.SETTLE_MILLIS + 50);
    assertThat(DeployedModules.hasStarted(MODULE)).isTrue();
    assertThat(DeployedModules.schemaVersionOf(MODULE)).hasValue("4");

    DeployedModules.stopping(MODULE);
    assertThat(DeployedModules.hasStarted(MODULE)).as("stopping is not started").isFalse();

    DeployedModules.forget(MODULE);
    assertThat(DeployedModules.stateOf(MODULE)).isEmpty();
  }

  @Test
  void aFailureKeepsItsReasonAndOperatorsSeeItOverJmx() throws Exception {
    DeployedModules.failed(MODULE, "FlywayException: checksum mismatch");

    assertThat(DeployedModules.reasonOf(MODULE)).hasValue("FlywayException: checksum mismatch");
    Object state =
        ManagementFactory.getPlatformMBeanServer()
            .getAttribute(new ObjectName("org.signpost:type=Module,name=" + MODULE), "State");
    assertThat(state).isEqualTo("FAILED");
  }
}
