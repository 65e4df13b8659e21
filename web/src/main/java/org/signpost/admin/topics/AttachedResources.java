package org.signpost.admin.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.signpost.core.resource.ResourceRow;
import org.signpost.core.topic.SectionOrder;

/** The resources attached to the topic being edited, in the order readers will see them. */
public class AttachedResources implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<ResourceRow> rows = new ArrayList<>();

  void replace(List<ResourceRow> stored) {
    rows.clear();
    rows.addAll(stored);
  }

  void attach(ResourceRow row) {
    if (!slugs().contains(row.slug())) {
      rows.add(row);
    }
  }

  public void detach(String slug) {
    rows.removeIf(row -> row.slug().equals(slug));
  }

  public void moveUp(int index) {
    SectionOrder.move(rows, index, index - 1);
  }

  public void moveDown(int index) {
    SectionOrder.move(rows, index, index + 1);
  }

  /** Their slugs in order, as the topic stores them. */
  Set<String> slugs() {
    Set<String> slugs = new LinkedHashSet<>();
    rows.forEach(row -> slugs.add(row.slug()));
    return slugs;
  }

  public List<ResourceRow> getRows() {
    return List.copyOf(rows);
  }
}
