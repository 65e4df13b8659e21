package org.signpost.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What {@code cluster.sh} checks before it starts anything, tried as an operator would. */
class ClusterScriptIT {

  @Test
  void upInAFolderNginxsWorkersCannotEnterSaysWhatToDoAndStartsNothing() throws Exception {
    assumeTrue(
        "root".equals(System.getProperty("user.name")),
        "nginx's workers run as another user only when root starts nginx");
    Path home =
        Files.createTempDirectory(
            "signpost-private-home",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Path run = home.resolve("cluster-run");
    Path script = Path.of(System.getProperty("signpost.cluster.script")).toAbsolutePath();
    ProcessBuilder builder =
        new ProcessBuilder("bash", script.toString(), "up", "1")
            .directory(script.getParent().toFile())
            .redirectErrorStream(true);
    builder.environment().put("SIGNPOST_CLUSTER_DIR", run.toString());
    builder.environment().put("SIGNPOST_CLUSTER_PORT", "18780");
    Process up = builder.start();
    assertThat(up.waitFor(60, TimeUnit.SECONDS)).as("cluster.sh up ended").isTrue();
    String said = new String(up.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(up.exitValue()).as(said).isEqualTo(1);
    assertThat(said)
        .contains("cannot enter " + home + " (mode 700)", "SIGNPOST_CLUSTER_DIR", "chmod o+x");
    assertThat(run.resolve("instance-1")).as("no instance was started").doesNotExist();
    assertThat(run.resolve("nginx/nginx.pid")).as("nginx was not started").doesNotExist();
  }
}
