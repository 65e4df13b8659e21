package org.signpost.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal core makes has its words in the refusals bundle, and the bundle holds no others.
 */
class RefusalsTest {

  /** A key as the sources write it: a quoted word, a dot, and words joined by hyphens. */
  private static final Pattern KEY = Pattern.compile("\"([a-z]+\\.[a-z]+(?:-[a-z]+)*)\"");

  private static final ResourceBundle WORDS = ResourceBundle.getBundle(Refusal.BUNDLE, Locale.ROOT);

  static Set<String> keysMadeIn(Path sources) throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        if (source.contains("new Refusal(")
            || source.contains("extends Refusal")
            || source.contains("Refusal.words(")) {
          Matcher made = KEY.matcher(source);
          while (made.find()) {
            keys.add(made.group(1));
          }
        }
      }
    }
    return keys;
  }

  @Test
  void everyKeyCoreRefusesWithHasWordsAndEveryWordIsUsed() throws IOException {
    Set<String> made = keysMadeIn(Path.of("src/main/java"));

    assertThat(made).as("refusals made in core").hasSizeGreaterThan(20);
    assertThat(WORDS.keySet()).as("the bundle's keys").containsAll(made);
    assertThat(new TreeSet<>(Collections.list(WORDS.getKeys())))
        .as("keys no refusal uses")
        .isSubsetOf(made);
  }

  @Test
  void everyPatternFillsItsPlacesAndKeepsItsQuotes() {
    for (String key : WORDS.keySet()) {
      assertThat(WORDS.getString(key).replace("''", ""))
          .as(key + ": a single quote is written twice, or MessageFormat drops it")
          .doesNotContain("'");
      String words =
          new MessageFormat(WORDS.getString(key), Locale.ROOT).format(new Object[] {"X", "Y"});
      assertThat(words).as(key).doesNotContain("{0}", "{1}");
    }
  }

  @Test
  void aRefusalCarriesItsKeyItsValuesAndItsWords() {
    Refusal refusal = new Refusal("account.login-taken", "sam.editor");

    assertThat(refusal.key()).isEqualTo("account.login-taken");
    assertThat(refusal.arguments()).containsExactly("sam.editor");
    assertThat(refusal).hasMessage("the login \"sam.editor\" is taken");
    assertThat(new Refusal("topic.field-too-long", "title", 100_000))
        .as("numbers as written, not grouped")
        .hasMessage("a topic title may have at most 100000 characters");
  }

  @Test
  void theScanReadsEveryKeyOfAFileThatRefusesAndNoneOfOneThatDoesNot(@TempDir Path folder)
      throws IOException {
    Files.writeString(
        folder.resolve("A.java"),
        "throw new Refusal(\n    \"some.key\", value);\nnew Other(\"x.y-z\");");
    Files.writeString(folder.resolve("B.java"), "class B { String s = \"not.a-refusal\"; }");
    assertThat(keysMadeIn(folder)).containsExactly("some.key", "x.y-z");
  }
}
