package org.signpost.admin.resources;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.signpost.admin.forms.Messages;
import org.signpost.admin.platform.ErrorAnswer;
import org.signpost.admin.signin.CurrentCurator;
import org.signpost.core.resource.EditableResource;
import org.signpost.core.resource.LinkCheck;
import org.signpost.core.resource.LinkStatus;
import org.signpost.core.resource.OrganisationView;
import org.signpost.core.resource.ResourceCatalogue;
import org.signpost.core.resource.ResourceDraft;
import org.signpost.core.resource.ResourceRow;
import org.signpost.core.resource.WebAddress;
import org.signpost.core.resource.editing.ResourceEditing;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;
import org.signpost.core.topic.TopicChoice;
import org.signpost.core.topic.TopicsForCurators;

/**
 * The resource editor: what it is, who it suits (key stages, audiences), its provider and the
 * topics it belongs to; warns when another resource has the same address.
 */
@Named
@ViewScoped
public class ResourceEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ResourceEditing editing;
  @Inject org.signpost.core.linkhealth.LinkHealthChecks checks;
  @Inject ResourceCatalogue catalogue;
  @Inject TopicsForCurators topicsForCurators;
  @Inject CurrentCurator curator;
  @Inject Messages messages;

  private String slug;
  private boolean opened;
  private long version;
  private boolean archived;
  private LinkCheck linkHealth;
  private EditableResource standing;

  private final ResourceFields fields = new ResourceFields();
  private TopicChoices topics = new TopicChoices(List.of(), List.of());

  private List<OrganisationView> providers = List.of();
  private List<ResourceRow> sameAddress = List.of();

  public void open() throws IOException {
    if (opened) {
      return;
    }
    opened = true;
    providers = catalogue.organisations();
    List<TopicChoice> allTopics = topicsForCurators.choices(null);
    topics = new TopicChoices(allTopics, List.of());
    if (slug == null || slug.isBlank()) {
      slug = null;
      return;
    }
    EditableResource resource = editing.editable(slug, curator.actor()).orElse(null);
    if (resource == null) {
      ErrorAnswer.send(404, messages.text("notFound.resource"));
      return;
    }
    standing = resource;
    version = resource.version();
    archived = resource.archived();
    linkHealth = resource.linkHealth();
    fields.fill(resource.draft());
    topics = new TopicChoices(allTopics, resource.draft().topics());
  }

  /** Checks the address as it is typed: its form, and whether another resource has it. */
  public void checkAddress() {
    String url = fields.getUrl();
    sameAddress =
        url != null && WebAddress.isValid(url)
            ? editing.sameAddress(url, slug, curator.actor())
            : List.of();
  }

  public String save() {
    ResourceDraft draft = messages.attempt(null, () -> fields.draft(topics.getChosen()));
    if (draft == null) {
      return null;
    }
    boolean creating = slug == null;
    EditableResource saved =
        messages.attempt(
            null,
            () ->
                creating
                    ? editing.create(draft, curator.actor())
                    : editing.save(slug, version, draft, curator.actor()));
    if (saved == null) {
      return null;
    }
    messages.confirm(creating ? "done.resource.created" : "done.resource.saved");
    return "/resource?faces-redirect=true&slug=" + saved.slug();
  }

  /** Checks the stored address now and shows what the check found. */
  public void checkLink() {
    LinkCheck health =
        messages.attempt(
            null,
            () -> {
              String stored = editing.editable(slug, curator.actor()).orElseThrow().draft().url();
              return checks.checkNow(stored);
            });
    if (health != null) {
      linkHealth = health;
      messages.confirm(
          "done.resource.linkChecked",
          messages.text(label(health.status())),
          health.httpStatus() == null ? "" : messages.text("link.http", "" + health.httpStatus()),
          health.finalUrl() == null ? "" : messages.text("link.endingAt", health.finalUrl()));
    }
  }

  /** The status as the links page names it. */
  private static String label(LinkStatus status) {
    return switch (status) {
      case UNCHECKED -> "link.UNCHECKED";
      case OK -> "link.OK";
      case REDIRECTED -> "link.REDIRECTED";
      case BROKEN -> "link.BROKEN";
      case UNREACHABLE -> "link.UNREACHABLE";
      case PRIVATE_ADDRESS -> "link.PRIVATE_ADDRESS";
    };
  }

  /** Lets readers see the resource, or its changes, approved by someone who did not make them. */
  public String approve() {
    EditableResource saved =
        messages.attempt(null, () -> editing.approve(slug, version, curator.actor()));
    if (saved == null) {
      return null;
    }
    messages.confirm("done.resource.approved");
    return "/resource?faces-redirect=true&slug=" + saved.slug();
  }

  public String discardChanges() {
    EditableResource saved =
        messages.attempt(null, () -> editing.discardChanges(slug, curator.actor()));
    if (saved == null) {
      return null;
    }
    messages.confirm("done.resource.discarded");
    return "/resource?faces-redirect=true&slug=" + saved.slug();
  }

  /** Whether the signed-in curator may approve what waits: a reviewer who did not change it. */
  public boolean isMayApprove() {
    return standing != null
        && standing.awaitsApproval()
        && curator.isReviewer()
        && !standing.changers().contains(curator.actor().login());
  }

  /** The opened resource's approval: whether something waits, who changed it, what changed. */
  public EditableResource getStanding() {
    return standing;
  }

  public String reinstate() {
    EditableResource saved = messages.attempt(null, () -> editing.reinstate(slug, curator.actor()));
    if (saved == null) {
      return null;
    }
    messages.confirm("done.resource.reinstated");
    return "/resource?faces-redirect=true&slug=" + saved.slug();
  }

  public String archive() {
    Integer changed = messages.attempt(null, () -> editing.archive(List.of(slug), curator.actor()));
    if (changed == null) {
      return null;
    }
    messages.confirm("done.resource.archived");
    return "/resource?faces-redirect=true&slug=" + slug;
  }

  public boolean isNew() {
    return slug == null;
  }

  public List<KeyStage> getAllKeyStages() {
    return List.of(KeyStage.values());
  }

  public List<Audience> getAllAudiences() {
    return List.of(Audience.values());
  }

  public List<ResourceType> getTypes() {
    return List.of(ResourceType.values());
  }

  public List<OrganisationView> getProviders() {
    return providers;
  }

  /** Adds the topic named in the "add a topic" field, or says there is none by that name. */
  public void addTopic() {
    topics
        .add()
        .ifPresent(
            wanted ->
                messages.error("topicToAdd", messages.text("resource.topic.unknown", wanted)));
  }

  public TopicChoices getTopicChoices() {
    return topics;
  }

  public List<ResourceRow> getSameAddress() {
    return sameAddress;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    if (!opened) {
      this.slug = slug;
    }
  }

  public boolean isArchived() {
    return archived;
  }

  public LinkCheck getLinkHealth() {
    return linkHealth;
  }

  /** The form's fields, as the page binds them. */
  public ResourceFields getFields() {
    return fields;
  }
}
