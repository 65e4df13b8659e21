package org.signpost.admin.resources;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.signpost.core.resource.ResourceDraft;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;

/** What the resource editor's form holds: the resource as its curator writes it. */
public class ResourceFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String url;
  private String description;
  private ResourceType type = ResourceType.INFORMATION;
  private KeyStage[] keyStages = {};
  private Audience[] audiences = {Audience.PROFESSIONALS};
  private String provider;

  /** Fills the form with a draft. */
  void fill(ResourceDraft draft) {
    title = draft.title();
    url = draft.url();
    description = draft.description();
    type = draft.type();
    keyStages = draft.keyStages().stream().sorted().toArray(KeyStage[]::new);
    audiences = draft.audiences().stream().sorted().toArray(Audience[]::new);
    provider = draft.provider();
  }

  /** The form as a draft in these topics; the draft's own checks refuse what is wrong. */
  ResourceDraft draft(List<String> topics) {
    return new ResourceDraft(
        title, url, description, type, Set.of(keyStages), Set.of(audiences), provider, topics);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public ResourceType getType() {
    return type;
  }

  public void setType(ResourceType type) {
    this.type = type;
  }

  public KeyStage[] getKeyStages() {
    return keyStages;
  }

  public void setKeyStages(KeyStage[] keyStages) {
    this.keyStages = keyStages;
  }

  public Audience[] getAudiences() {
    return audiences;
  }

  public void setAudiences(Audience[] audiences) {
    this.audiences = audiences;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }
}
