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
public final class Filter {

  private final String entity;
  private final String alias;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  private Filter(String entity, String alias) {
    this.entity = entity;
    this.alias = alias;
  }

  /** A filter over an entity, such as {@code Filter.over("Topic", "t")}. */
  public static Filter over(String entity, String alias) {
    return new Filter(entity, alias);
  }

  /** Adds a condition that always holds, such as {@code r.archived = FALSE}. */
  public Filter always(String condition) {
    conditions.add(condition);
    return this;
  }

  /** Adds the condition, which names {@code :name}, only when a value is given. */
  public Filter when(Object value, String name, String condition) {
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
  public Filter containing(String text, String name, String likeCondition) {
    if (text != null) {
      conditions.add(likeCondition.replace("?", "LIKE :" + name + " ESCAPE '\\'"));
      parameters.put(name, "%" + likeEscaped(text.toLowerCase(Locale.ROOT)) + "%");
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
   * One page of the entities that match, in {@code orderBy}'s order, with how many match in all.
   */
  public <E, R> Page<R> page(
      EntityManager em, Class<E> type, String orderBy, PageRequest page, Function<E, R> row) {
    long total = query(em, "SELECT COUNT(" + alias + ")", "", Long.class).getSingleResult();
    List<R> items =
        total == 0
            ? List.of()
            : query(em, "SELECT " + alias, " ORDER BY " + orderBy, type)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList()
                .stream()
                .map(row)
                .toList();
    return new Page<>(items, total, page.page(), page.size());
  }

  /** Escapes LIKE's wildcards and its escape character, so that text matches as typed. */
  public static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
