package org.signpost.admin.topics;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.signpost.admin.signin.CurrentCurator;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.resource.ResourceOrder;
import org.signpost.core.resource.ResourceQuery;
import org.signpost.core.resource.ResourceRow;
import org.signpost.core.resource.editing.ResourceEditing;
import org.signpost.core.taxonomy.KeyStage;

/**
 * The topic editor's search for resources to attach: by key stage and words, leaving out what the
 * topic already has.
 */
@Named
@ViewScoped
public class ResourceFinder implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SIZE = 20;

  @Inject ResourceEditing resources;
  @Inject CurrentCurator curator;

  private KeyStage keyStage;
  private String text;
  private List<ResourceRow> found = List.of();

  /** Finds the resources that match, apart from those already attached. */
  void find(Set<String> attached) {
    found =
        resources
            .find(
                new ResourceQuery(null, keyStage, null, null, text),
                false,
                ResourceOrder.TITLE,
                true,
                PageRequest.first(SIZE),
                curator.actor())
            .items()
            .stream()
            .filter(r -> !attached.contains(r.slug()))
            .toList();
  }

  /** Takes a resource out of what was found, once it is attached. */
  void taken(ResourceRow row) {
    found = found.stream().filter(r -> !r.slug().equals(row.slug())).toList();
  }

  public List<KeyStage> getKeyStages() {
    return List.of(KeyStage.values());
  }

  public List<ResourceRow> getFound() {
    return found;
  }

  public KeyStage getKeyStage() {
    return keyStage;
  }

  public void setKeyStage(KeyStage keyStage) {
    this.keyStage = keyStage;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
