package org.signpost.core.validation;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the rules refuse a person, said as a key of Signpost's refusals bundle ({@value #BUNDLE})
 * and the values its words take. The console and the API show those words; an exception of any
 * other type is a programming error and never reads as a message to a curator or a reader.
 *
 * <p>It is an {@link IllegalArgumentException}, so that code written against the core library
 * before refusals had a type of their own still catches it.
 */
public class Refusal extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The bundle that holds the words of every refusal, by key. */
  public static final String BUNDLE = "org.signpost.core.refusals";

  private final String key;
  private final String[] arguments;

  /**
   * A refusal in the words the bundle gives {@code key}, its {@code {0}}-style places filled with
   * the arguments (as text).
   */
  public Refusal(String key, Object... arguments) {
    this(key, null, arguments);
  }

  /** The same, caused by {@code cause}. */
  public Refusal(String key, Throwable cause, Object... arguments) {
    super(words(key, texts(arguments)), cause);
    this.key = key;
    this.arguments = texts(arguments);
  }

  public String key() {
    return key;
  }

  public List<String> arguments() {
    return List.of(arguments);
  }

  /**
   * The words for {@code key} in the bundle's own language, its places filled: for a reason that is
   * shown without being thrown, such as why a button is not offered, or one refusal's words quoted
   * inside another's.
   */
  public static String words(String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
    return new MessageFormat(pattern, Locale.ROOT).format(arguments);
  }

  private static String[] texts(Object... arguments) {
    return Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
  }
}
