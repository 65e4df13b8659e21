package org.signpost.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix of what curators do: every public method of a core service that acts for
 * someone (it takes an {@link Actor}) is called by nobody and by each role, and must refuse exactly
 * the roles its row does not name, before it reads or changes anything. A new action has no row
 * until someone writes it here, and the test fails until then.
 */
class EveryActionChecksItsRolesTest {

  private static final Set<Role> EDITORS = EnumSet.of(Role.EDITOR, Role.ADMIN);
  private static final Set<Role> REVIEWERS = EnumSet.of(Role.REVIEWER, Role.ADMIN);
  private static final Set<Role> CURATORS = EnumSet.allOf(Role.class);
  private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);

  private static final Map<String, Set<Role>> MAY =
      Map.ofEntries(
          Map.entry("TopicWorkflow.create", EDITORS),
          Map.entry("TopicWorkflow.save", EDITORS),
          Map.entry("TopicWorkflow.restore", EDITORS),
          Map.entry("TopicWorkflow.include", EDITORS),
          Map.entry("TopicWorkflow.submitForReview", EDITORS),
          Map.entry("TopicWorkflow.discardChanges", EDITORS),
          Map.entry("TopicWorkflow.publish", REVIEWERS),
          Map.entry("TopicWorkflow.sendBack", REVIEWERS),
          Map.entry("TopicReviewDates.markReviewed", REVIEWERS),
          Map.entry("TopicReviewDates.scheduleReview", REVIEWERS),
          Map.entry("TopicWorkflow.withdraw", REVIEWERS),
          Map.entry("TopicWorkflow.publishInEmergency", ADMINS),
          Map.entry("ResourceEditing.create", EDITORS),
          Map.entry("ResourceEditing.save", EDITORS),
          Map.entry("ResourceEditing.restore", EDITORS),
          Map.entry("ResourceEditing.archive", EDITORS),
          Map.entry("ResourceEditing.reinstate", EDITORS),
          Map.entry("ResourceEditing.addKeyStage", EDITORS),
          Map.entry("ResourceEditing.discardChanges", EDITORS),
          Map.entry("ResourceEditing.approve", REVIEWERS),
          Map.entry("RevisionRestore.restore", EDITORS),
          Map.entry("FeedbackReport.hideComment", CURATORS),
          Map.entry("DashboardService.dashboard", CURATORS),
          Map.entry("AuditTrail.recent", CURATORS),
          Map.entry("AuditTrail.entries", CURATORS),
          Map.entry("AuditTrail.compare", CURATORS),
          Map.entry("ContentPackService.importPack", ADMINS),
          Map.entry("ContentPackService.exportAll", ADMINS),
          Map.entry("DatabaseBackup.writeTo", ADMINS),
          Map.entry("FeedbackReport.writeCsv", CURATORS),
          Map.entry("FeedbackReport.find", CURATORS),
          Map.entry("FeedbackReport.perDay", CURATORS),
          Map.entry("FeedbackReport.sites", CURATORS),
          Map.entry("ResourceEditing.find", CURATORS),
          Map.entry("ResourceEditing.rows", CURATORS),
          Map.entry("ResourceEditing.editable", CURATORS),
          Map.entry("ResourceEditing.sameAddress", CURATORS),
          Map.entry("AccountAdministration.list", ADMINS),
          Map.entry("AccountAdministration.create", ADMINS),
          Map.entry("AccountAdministration.change", ADMINS),
          Map.entry("AccountAdministration.disable", ADMINS),
          Map.entry("AccountAdministration.enable", ADMINS));

  /**
   * The public methods of a service that curators act through which take no actor, each with why
   * anyone may call it.
   */
  private static final Map<String, String> OPEN =
      Map.of("DatabaseBackup.isEmbedded", "says only which kind of database this is");

  @Test
  void aServiceThatCuratorsActThroughHasNoEntryPointWithoutAnActor() throws Exception {
    Set<String> unchecked = new TreeSet<>();
    for (Class<?> type : coreClasses()) {
      if (!type.isAnnotationPresent(ApplicationScoped.class)) {
        continue;
      }
      List<Method> methods =
          Arrays.stream(type.getDeclaredMethods())
              .filter(method -> Modifier.isPublic(method.getModifiers()))
              .toList();
      if (methods.stream().noneMatch(EveryActionChecksItsRolesTest::takesAnActor)) {
        continue; // a service of the public side or of the system itself
      }
      methods.stream()
          .filter(method -> !takesAnActor(method))
          .map(EveryActionChecksItsRolesTest::name)
          .forEach(unchecked::add);
    }
    assertThat(unchecked)
        .as("public methods that no role guards, in services that curators act through")
        .containsExactlyInAnyOrderElementsOf(OPEN.keySet());
  }

  private static boolean takesAnActor(Method method) {
    return Arrays.asList(method.getParameterTypes()).contains(Actor.class);
  }

  @Test
  void everyActionRefusesWhomItsRowDoesNotNameAndNobodyAtAll() throws Exception {
    List<Method> actions = actionsOfEveryService();
    assertThat(
            actions.stream().map(EveryActionChecksItsRolesTest::name).collect(Collectors.toSet()))
        .as("every action has its row in the matrix")
        .containsExactlyInAnyOrderElementsOf(MAY.keySet());

    List<String> wrong = new ArrayList<>();
    for (Method action : actions) {
      Set<Role> allowed = MAY.get(name(action));
      if (!refused(action, Actor.of("nobody"))) {
        wrong.add(name(action) + " let someone with no role past its check");
      }
      for (Role role : Role.values()) {
        boolean refused = refused(action, Actor.of("someone", role));
        if (refused == allowed.contains(role)) {
          wrong.add(name(action) + (refused ? " refused " : " let in ") + role);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * Whether the call was refused for the actor's roles. Everything else the service needs is
   * missing here (no database, no arguments worth the name): a call let past its check fails in
   * some other way, and a check made after reading anything fails as well, as it should.
   */
  private static boolean refused(Method action, Actor actor) throws Exception {
    Object service = instance(action.getDeclaringClass());
    Object[] arguments =
        Arrays.stream(action.getParameterTypes())
            .map(type -> type == Actor.class ? actor : placeholder(type))
            .toArray();
    try {
      action.invoke(service, arguments);
      return false;
    } catch (InvocationTargetException e) {
      return e.getCause() instanceof NotPermittedException;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name(action) + ": " + e.getMessage(), e);
    }
  }

  private static Object placeholder(Class<?> type) {
    if (type == String.class) {
      return "x";
    }
    if (type == boolean.class) {
      return Boolean.FALSE;
    }
    if (type == long.class) {
      return Long.valueOf(0);
    }
    if (type == int.class) {
      return Integer.valueOf(0);
    }
    if (type == char[].class) {
      return "a long enough password".toCharArray();
    }
    if (type == List.class) {
      return List.of("x");
    }
    if (type == Set.class) {
      return Set.of(Role.EDITOR);
    }
    if (type == InputStream.class) {
      return new ByteArrayInputStream(new byte[0]);
    }
    return null;
  }

  private static Object instance(Class<?> type) throws Exception {
    Constructor<?> bare = type.getDeclaredConstructor();
    bare.setAccessible(true);
    return bare.newInstance();
  }

  private static String name(Method action) {
    return action.getDeclaringClass().getSimpleName() + "." + action.getName();
  }

  /** Public methods taking an actor, of every application-scoped class in core. */
  private static List<Method> actionsOfEveryService() throws Exception {
    Map<String, Method> found = new TreeMap<>();
    for (Class<?> type : coreClasses()) {
      if (!type.isAnnotationPresent(ApplicationScoped.class)) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())
            && Arrays.asList(method.getParameterTypes()).contains(Actor.class)) {
          found.put(name(method) + Arrays.toString(method.getParameterTypes()), method);
        }
      }
    }
    return List.copyOf(found.values());
  }

  private static Set<Class<?>> coreClasses() throws URISyntaxException, Exception {
    Path root = Path.of(Actor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<Class<?>> classes = new java.util.HashSet<>();
    Set<String> names = new TreeSet<>();
    try (var files = Files.walk(root)) {
      files
          .map(root::relativize)
          .map(Path::toString)
          .filter(file -> file.endsWith(".class") && !file.contains("$"))
          .forEach(file -> names.add(file.replace('/', '.').replace(".class", "")));
    }
    for (String name : names) {
      classes.add(Class.forName(name));
    }
    return classes;
  }
}
