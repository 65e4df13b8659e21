package org.signpost.admin.resources;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.signpost.core.topic.TopicChoice;

/**
 * The topics a resource belongs to, as its form offers them: a box per topic while there are few,
 * and once there are many, a box per chosen topic and a field that adds one by its title.
 */
public class TopicChoices implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Above this many topics, only the chosen ones get a box. */
  static final int MANY = 40;

  private final List<TopicChoice> all;
  private List<String> chosen;
  private String toAdd;

  public TopicChoices(List<TopicChoice> all, List<String> chosen) {
    this.all = List.copyOf(all);
    this.chosen = new ArrayList<>(chosen);
  }

  /** Whether there are too many topics to show each as a box to tick. */
  public boolean isMany() {
    return all.size() > MANY;
  }

  /** The topics shown as boxes: all of them, or, when there are many, the chosen ones. */
  public List<TopicChoice> getBoxes() {
    return isMany() ? all.stream().filter(t -> chosen.contains(t.slug())).toList() : all;
  }

  /** Every topic, for the list the "add a topic" field suggests from. */
  public List<TopicChoice> getAll() {
    return all;
  }

  /**
   * Chooses the topic named in the "add a topic" field, by title or slug.
   *
   * @return what was typed, when no topic has that name
   */
  public Optional<String> add() {
    String wanted = toAdd == null ? "" : toAdd.strip();
    Optional<TopicChoice> found =
        all.stream()
            .filter(t -> t.title().equalsIgnoreCase(wanted) || t.slug().equals(wanted))
            .findFirst();
    if (found.isEmpty()) {
      return Optional.of(wanted);
    }
    if (!chosen.contains(found.get().slug())) {
      chosen.add(found.get().slug());
    }
    toAdd = null;
    return Optional.empty();
  }

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
  }

  public String getToAdd() {
    return toAdd;
  }

  public void setToAdd(String toAdd) {
    this.toAdd = toAdd;
  }
}
