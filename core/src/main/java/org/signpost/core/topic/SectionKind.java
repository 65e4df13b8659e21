package org.signpost.core.topic;

import java.util.List;
import org.signpost.core.taxonomy.Terms;

/** How a section is presented: ordinary text, guidance for practice, or a safeguarding callout. */
public enum SectionKind implements Terms.Term {
  TEXT,
  GUIDANCE,
  SAFEGUARDING;

  /**
   * Reads a section kind by its code in any case.
   *
   * @throws org.signpost.core.taxonomy.UnknownTermException naming the accepted codes
   */
  public static SectionKind parse(String input) {
    return Terms.parse(values(), "section kind", input, null);
  }

  public static List<String> codes() {
    return Terms.codes(values());
  }
}
