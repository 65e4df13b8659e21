package org.signpost.core.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The demo pack that ships in the core jar: Healthy Relationships with its sections, safeguarding
 * callouts and resources, and the four All Our Health topics.
 */
public final class DemoContent {

  /** Where the pack sits on the class path. */
  public static final String LOCATION = "/org/signpost/core/pack/demo-pack.json";

  private DemoContent() {}

  /** Opens the demo pack as JSON; the caller closes the stream. */
  public static InputStream open() {
    InputStream json = DemoContent.class.getResourceAsStream(LOCATION);
    if (json == null) {
      throw new IllegalStateException("the demo pack is missing from the class path: " + LOCATION);
    }
    return json;
  }

  /** Reads the demo pack. */
  public static ContentPack load() {
    try (InputStream json = open()) {
      return new ContentPackReader().read(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
