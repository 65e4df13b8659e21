package org.signpost.core.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The one way a filtered query is written: conditions added only for the criteria given, each with
 * its parameter, then read as a page with its total, or as a whole list, with the same conditions
 * and the same parameters bound to every query made from it.
 */
public final class FilteredQuery {

  private final String entity;
  private final String alias;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private String rankedBy;

  private FilteredQuery(String entity, String alias) {
    this.entity = entity;
    this.alias = alias;
  }

  /** A filter over an entity, such as {@code FilteredQuery.over("Topic", "t")}. */
  public static FilteredQuery over(String entity, String alias) {
    return new FilteredQuery(entity, alias);
  }

  /** Adds a condition that always holds, such as {@code r.archived = FALSE}. */
  public FilteredQuery always(String condition) {
    conditions.add(condition);
    return this;
  }

  /** Adds the condition, which names {@code :name}, only when a value is given. */
  public FilteredQuery when(Object value, String name, String condition) {
    if (value != null) {
      conditions.add(condition);
      parameters.put(name, value);
    }
    return this;
  }

  /**
   * Adds a case-blind "contains the words" condition when text is given: {@code :name} is bound to
   * the lower-cased text with LIKE's wildcards escaped, between wildcards, and each {@code ?} in
   * {@code likeCondition} becomes {@code LIKE :name ESCAPE '\'}.
   */
  public FilteredQuery containing(String text, String name, String likeCondition) {
    if (text != null) {
      conditions.add(likeCondition.replace("?", "LIKE :" + name + " ESCAPE '\\'"));
      parameters.put(name, likePattern(text));
    }
    return this;
  }

  /**
   * Adds a full-text condition when text is given: {@code :name} is bound to the text's words as a
   * PostgreSQL prefix query ({@link TextSearch}), and pages come best match first by {@code rank},
   * which may name {@code :name} too. A condition that also matches a few rows by LIKE names {@code
   * :nameLike}, bound as {@link #containing} binds its text. Text without a word matches nothing.
   */
  public FilteredQuery matching(String text, String name, String condition, String rank) {
    if (text != null) {
      var words = TextSearch.prefixQuery(text);
      if (words.isEmpty()) {
        conditions.add("1 = 0");
      } else {
        conditions.add(condition);
        parameters.put(name, words.get());
        if (condition.contains(":" + name + "Like")) {
          parameters.put(name + "Like", likePattern(text));
        }
        rankedBy = rank;
      }
    }
    return this;
  }

  /** The WHERE clause, empty when nothing was asked. */
  public String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /**
   * A query of {@code select} (such as {@code SELECT t}) over the entity, filtered, then {@code
   * rest}.
   */
  public <T> TypedQuery<T> query(EntityManager em, String select, String rest, Class<T> type) {
    TypedQuery<T> query =
        em.createQuery(select + " FROM " + entity + " " + alias + where() + rest, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  /**
   * One page of the entities that match, in {@code orderBy}'s order (after the best match first,
   * for a full-text search), with how many match in all.
   */
  public <E, R> Page<R> page(
      EntityManager em, Class<E> type, String orderBy, PageRequest page, Function<E, R> row) {
    long total = query(em, "SELECT COUNT(" + alias + ")", "", Long.class).getSingleResult();
    List<R> items =
        total == 0
            ? List.of()
            : query(em, "SELECT " + alias, " ORDER BY " + ordered(orderBy), type)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList()
                .stream()
                .map(row)
                .toList();
    return new Page<>(items, total, page.page(), page.size());
  }

  private static String likePattern(String text) {
    return "%" + likeEscaped(text.toLowerCase(Locale.ROOT)) + "%";
  }

  private String ordered(String orderBy) {
    return rankedBy == null ? orderBy : rankedBy + " DESC, " + orderBy;
  }

  /** Escapes LIKE's wildcards and its escape character, so that text matches as typed. */
  public static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
