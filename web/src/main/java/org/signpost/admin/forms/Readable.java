package org.signpost.admin.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import org.signpost.core.markup.PeopleDates;
import org.signpost.core.publication.ResourceGrouping;
import org.signpost.core.taxonomy.KeyStage;

/**
 * Dates and times for console pages, as people in the UK write them: {@code #{readable.date(d)}}.
 */
@Named
@ApplicationScoped
public class Readable {

  /** Such as {@code 12 June 2028}. */
  public String date(LocalDate date) {
    return PeopleDates.date(date);
  }

  /**
   * Key stages by their labels, youngest first, such as {@code Key Stage 3, Key Stage 4}; {@code
   * For all ages} for none, as the public pages say.
   */
  public String stages(Collection<KeyStage> stages) {
    return stages == null || stages.isEmpty()
        ? ResourceGrouping.ALL_AGES
        : stages.stream().sorted().map(KeyStage::label).collect(Collectors.joining(", "));
  }

  /** The text with a capital first letter, such as {@code In review} for {@code in review}. */
  public String capitalised(String text) {
    return text == null || text.isEmpty()
        ? text
        : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Such as {@code 1 Dec 2026, 18:52}, in UK time. */
  public String time(Instant time) {
    return PeopleDates.time(time);
  }
}
