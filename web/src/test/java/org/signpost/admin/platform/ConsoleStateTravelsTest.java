package org.signpost.admin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.NormalScope;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console's sessions are distributable: on a cluster, what a session and a page's view hold is
 * written to the data grid after each request, so that another instance can go on from it. Anything
 * there that cannot be serialised stays behind (Payara only logs it), and the curator's page is
 * lost with its instance. So every field of a view- or session-scoped bean, and every field of what
 * those hold, must be serialisable: checked here from the types, all the way down.
 */
class ConsoleStateTravelsTest {

  @Test
  void whatEveryViewAndSessionHoldsCanBeWrittenToTheGrid() throws Exception {
    List<Class<?>> beans = beansKeptBetweenRequests();
    assertThat(beans).as("the console's view- and session-scoped beans").hasSizeGreaterThan(10);

    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      check(bean, bean.getSimpleName(), problems, new HashSet<>());
    }

    assertThat(problems).as("fields that cannot travel with the session").isEmpty();
  }

  @Test
  void theCheckFindsAFieldThatCannotTravel() {
    List<String> problems = new ArrayList<>();
    check(Breach.class, "Breach", problems, new HashSet<>());
    assertThat(problems).hasSize(2);
  }

  private static void check(Class<?> type, String path, List<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (!Serializable.class.isAssignableFrom(type)) {
      problems.add(path + ": " + type.getName() + " is not Serializable");
      return;
    }
    for (Class<?> c = type;
        c != null && c.getName().startsWith("org.signpost");
        c = c.getSuperclass()) {
      // What a library's base class holds for it, such as the rows of a LazyDataModel<TopicRow>.
      if (c.getGenericSuperclass() instanceof ParameterizedType base) {
        for (Type argument : base.getActualTypeArguments()) {
          checkType(argument, path + "<" + c.getSimpleName() + ">", problems, seen);
        }
      }
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(Inject.class)
            || field.isSynthetic()) {
          continue;
        }
        checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
      }
    }
  }

  private static void checkType(Type type, String path, List<String> problems, Set<Type> seen) {
    if (type instanceof ParameterizedType parameterized) {
      checkType(parameterized.getRawType(), path, problems, seen);
      for (Type argument : parameterized.getActualTypeArguments()) {
        checkType(argument, path + "<>", problems, seen);
      }
    } else if (type instanceof Class<?> c) {
      if (c.isPrimitive() || c.isEnum() || c == Object.class || isProxied(c)) {
        return;
      }
      if (c.isArray()) {
        checkType(c.getComponentType(), path + "[]", problems, seen);
      } else if (c.isInterface() && c.getName().startsWith("java.util.")) {
        return; // List, Map and so on: their elements are checked through the type arguments
      } else if (c.getName().startsWith("org.signpost")) {
        check(c, path, problems, seen);
      } else if (!Serializable.class.isAssignableFrom(c)) {
        problems.add(path + ": " + c.getName() + " is not Serializable");
      }
    }
    // Type variables and wildcards: checked where the type is used with its arguments.
  }

  /** A bean of a normal scope is held through its client proxy, which serialises as a handle. */
  private static boolean isProxied(Class<?> c) {
    for (Annotation annotation : c.getAnnotations()) {
      if (annotation.annotationType().isAnnotationPresent(NormalScope.class)) {
        return true;
      }
    }
    return false;
  }

  private static List<Class<?>> beansKeptBetweenRequests() throws IOException {
    Path classes = Path.of("target/classes");
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> c;
        try {
          c = Class.forName(name, false, ConsoleStateTravelsTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError notLoadable) {
          continue;
        }
        if (c.isAnnotationPresent(jakarta.faces.view.ViewScoped.class)
            || c.isAnnotationPresent(jakarta.enterprise.context.SessionScoped.class)) {
          beans.add(c);
        }
      }
    }
    return beans;
  }

  /** A view that holds an unserialisable record, once directly and once in a list. */
  static class Breach implements Serializable {
    private static final long serialVersionUID = 1L;
    private Unserialisable one;
    private List<AlsoUnserialisable> many;
  }

  record Unserialisable(String name) {}

  record AlsoUnserialisable(String name) {}
}
