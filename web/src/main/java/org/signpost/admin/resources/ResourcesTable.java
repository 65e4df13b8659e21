package org.signpost.admin.resources;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.signpost.admin.forms.FormRefusal;
import org.signpost.admin.forms.Messages;
import org.signpost.admin.signin.CurrentCurator;
import org.signpost.core.resource.ResourceQuery;
import org.signpost.core.resource.ResourceRow;
import org.signpost.core.resource.editing.ResourceEditing;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;

/** The resource list: search, a lazy table with row selection, and bulk actions. */
@Named
@ViewScoped
public class ResourcesTable implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ResourceEditing editing;
  @Inject CurrentCurator curator;
  @Inject Messages messages;

  private ResourceRowsModel rows;
  private List<ResourceRow> selected = new ArrayList<>();
  private String text;
  private KeyStage keyStage;
  private Audience audience;
  private ResourceType type;
  private boolean withArchived;
  private KeyStage bulkKeyStage;

  @PostConstruct
  void open() {
    rows = new ResourceRowsModel(editing, curator);
  }

  public void search() {
    ResourceQuery query =
        messages.attempt("text", () -> new ResourceQuery(null, keyStage, audience, type, text));
    if (query != null) {
      rows.filter(query, withArchived);
    }
  }

  public void addKeyStage() {
    if (bulkKeyStage == null) {
      messages.refuse("bulkKeyStage", "refused.bulk.keyStage");
      return;
    }
    Integer changed =
        messages.attempt(null, () -> editing.addKeyStage(slugs(), bulkKeyStage, curator.actor()));
    if (changed != null) {
      messages.confirm("done.bulk.keyStageAdded", changed, selected.size(), bulkKeyStage.label());
      selected = new ArrayList<>();
    }
  }

  public void archive() {
    Integer changed = messages.attempt(null, () -> editing.archive(slugs(), curator.actor()));
    if (changed != null) {
      messages.confirm("done.bulk.archived", changed);
      selected = new ArrayList<>();
    }
  }

  private List<String> slugs() {
    if (selected.isEmpty()) {
      throw new FormRefusal(messages.text("refused.bulk.none"));
    }
    return selected.stream().map(ResourceRow::slug).toList();
  }

  public ResourceRowsModel getRows() {
    return rows;
  }

  public List<ResourceRow> getSelected() {
    return selected;
  }

  public void setSelected(List<ResourceRow> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public List<KeyStage> getKeyStages() {
    return List.of(KeyStage.values());
  }

  public List<Audience> getAudiences() {
    return List.of(Audience.values());
  }

  public List<ResourceType> getTypes() {
    return List.of(ResourceType.values());
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public KeyStage getKeyStage() {
    return keyStage;
  }

  public void setKeyStage(KeyStage keyStage) {
    this.keyStage = keyStage;
  }

  public Audience getAudience() {
    return audience;
  }

  public void setAudience(Audience audience) {
    this.audience = audience;
  }

  public ResourceType getType() {
    return type;
  }

  public void setType(ResourceType type) {
    this.type = type;
  }

  public boolean isWithArchived() {
    return withArchived;
  }

  public void setWithArchived(boolean withArchived) {
    this.withArchived = withArchived;
  }

  public KeyStage getBulkKeyStage() {
    return bulkKeyStage;
  }

  public void setBulkKeyStage(KeyStage bulkKeyStage) {
    this.bulkKeyStage = bulkKeyStage;
  }
}
