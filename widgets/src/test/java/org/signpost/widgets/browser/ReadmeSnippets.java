package org.signpost.widgets.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The embed snippets of README.md, as a school would copy them, pointed at a Signpost. */
final class ReadmeSnippets {

  static final String PLACEHOLDER = "https://signpost.example";

  private ReadmeSnippets() {}

  /** The html block after {@code <!-- marker -->}, with the placeholder replaced. */
  static String snippet(String marker, String signpostOrigin) {
    try {
      String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
      Matcher block =
          Pattern.compile(
                  "<!-- " + Pattern.quote(marker) + " -->\\s*```html\\n(.*?)```", Pattern.DOTALL)
              .matcher(readme);
      if (!block.find()) {
        throw new IllegalStateException(
            "README.md has no html block after <!-- " + marker + " -->");
      }
      return block.group(1).replace(PLACEHOLDER, signpostOrigin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
