package org.signpost.widgets;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * What the public side stored as feedback, read from the database file it writes to (H2 in
 * auto-server mode), as {@code topic|helpful|comment|site} lines.
 */
public final class StoredFeedback {

  private static final String COLUMNS =
      "SELECT topic_slug, helpful, comment_text, site_origin FROM feedback WHERE ";

  private StoredFeedback() {}

  /**
   * A comment no other test sends, in letters only: a random UUID's digits can read as a phone
   * number, which the redactor rightly removes before the comment is stored.
   */
  public static String uniqueComment(String label) {
    StringBuilder comment = new StringBuilder(label).append('-');
    java.util
        .UUID
        .randomUUID()
        .toString()
        .chars()
        .filter(Character::isLetterOrDigit)
        .map(c -> Character.isDigit(c) ? 'g' + (c - '0') : c)
        .forEach(c -> comment.append((char) c));
    return comment.toString();
  }

  public static List<String> forPage(String page) throws Exception {
    return query(COLUMNS + "page = ?", page);
  }

  public static List<String> withComment(String comment) throws Exception {
    return query(COLUMNS + "comment_text = ?", comment);
  }

  private static List<String> query(String sql, String parameter) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("signpost.it.db.url"), "signpost", "signpost");
        PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(
              result.getString(1)
                  + "|"
                  + result.getBoolean(2)
                  + "|"
                  + result.getString(3)
                  + "|"
                  + result.getString(4));
        }
      }
    }
    return rows;
  }
}
