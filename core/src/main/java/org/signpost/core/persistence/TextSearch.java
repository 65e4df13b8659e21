package org.signpost.core.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the words someone searched for become a query for the database's full-text search.
 * PostgreSQL's: each word, stemmed as English, must start a word of the text ({@code clinic:* &
 * islington:*}), so that "clin" finds "clinics" as a search box is expected to. Only letters and
 * digits reach the query, so nothing typed can change its syntax.
 */
public final class TextSearch {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private TextSearch() {}

  /** The words of {@code text} as a PostgreSQL prefix query, or empty when it holds no word. */
  public static Optional<String> prefixQuery(String text) {
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      words.add(word.group().toLowerCase(Locale.ROOT) + ":*");
    }
    return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" & ", words));
  }
}
