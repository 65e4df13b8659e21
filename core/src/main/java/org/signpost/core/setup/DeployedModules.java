package org.signpost.core.setup;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * The state of each Signpost deployment in this process, kept where every deployment can read it:
 * the platform MBean server, which spans the deployments' own class loaders. The console and the
 * widgets are separate deployments on Payara Micro, and readiness must not say UP while one of them
 * is still deploying or already stopping. Operators see the same states over JMX, as {@code
 * org.signpost:type=Module,name=...}.
 */
public final class DeployedModules {

  /** What each module publishes: plain strings, so that any class loader can read them. */
  public interface ModuleMBean {
    String getState();

    /** Why start-up failed; empty otherwise. */
    String getReason();

    /** The schema version the module started at; empty before. */
    String getSchemaVersion();

    /** When the module's state was recorded, in milliseconds since 1970. */
    long getSince();
  }

  private record Module(ModuleState state, String reason, String schemaVersion, long since)
      implements ModuleMBean {
    Module(ModuleState state, String reason, String schemaVersion) {
      this(state, reason, schemaVersion, System.currentTimeMillis());
    }

    @Override
    public long getSince() {
      return since;
    }

    @Override
    public String getState() {
      return state.name();
    }

    @Override
    public String getReason() {
      return reason;
    }

    @Override
    public String getSchemaVersion() {
      return schemaVersion;
    }
  }

  private DeployedModules() {}

  static void starting(String module) {
    record(module, new Module(ModuleState.STARTING, "", ""));
  }

  static void started(String module, String schemaVersion) {
    record(module, new Module(ModuleState.STARTED, "", schemaVersion));
  }

  static void failed(String module, String reason) {
    record(module, new Module(ModuleState.FAILED, reason, ""));
  }

  static void stopping(String module) {
    record(module, new Module(ModuleState.STOPPING, "", ""));
  }

  private static synchronized void record(String module, Module state) {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    ObjectName name = nameOf(module);
    try {
      if (server.isRegistered(name)) {
        server.unregisterMBean(name);
      }
      server.registerMBean(new StandardMBean(state, ModuleMBean.class), name);
    } catch (JMException e) {
      throw new IllegalStateException("The state of module " + module + " cannot be kept", e);
    }
  }

  /** Forgets a module that is no longer deployed. */
  static synchronized void forget(String module) {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    ObjectName name = nameOf(module);
    try {
      if (server.isRegistered(name)) {
        server.unregisterMBean(name);
      }
    } catch (JMException e) {
      throw new IllegalStateException("Module " + module + " cannot be forgotten", e);
    }
  }

  /** The module's state, or empty when no such module is deployed in this process. */
  public static Optional<ModuleState> stateOf(String module) {
    return attribute(module, "State", String.class).map(ModuleState::valueOf);
  }

  /**
   * How long after its start-up work a module counts as started. The server maps a deployment's
   * address only after its listeners and its load-on-startup servlets are done: tens of
   * milliseconds on a quiet machine, more on a busy one, during which its pages still answer 404.
   */
  public static final long SETTLE_MILLIS = 1_000;

  /**
   * Whether the module finished starting (its schema migrated) at least {@link #SETTLE_MILLIS} ago,
   * and is not stopping.
   */
  public static boolean hasStarted(String module) {
    return stateOf(module).filter(ModuleState.STARTED::equals).isPresent()
        && attribute(module, "Since", Long.class)
            .filter(since -> since <= System.currentTimeMillis() - SETTLE_MILLIS)
            .isPresent();
  }

  /** Why the module failed to start, or empty. */
  public static Optional<String> reasonOf(String module) {
    return attribute(module, "Reason", String.class).filter(reason -> !reason.isEmpty());
  }

  /** The schema version the module started at, or empty. */
  public static Optional<String> schemaVersionOf(String module) {
    return attribute(module, "SchemaVersion", String.class).filter(version -> !version.isEmpty());
  }

  private static <T> Optional<T> attribute(String module, String attribute, Class<T> type) {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    ObjectName name = nameOf(module);
    try {
      return server.isRegistered(name)
          ? Optional.of(type.cast(server.getAttribute(name, attribute)))
          : Optional.empty();
    } catch (JMException e) {
      // Unregistered between the two calls: it is gone.
      return Optional.empty();
    }
  }

  private static ObjectName nameOf(String module) {
    try {
      return ObjectName.getInstance("org.signpost:type=Module,name=" + module);
    } catch (JMException e) {
      throw new IllegalArgumentException("Not a module name: " + module, e);
    }
  }
}
