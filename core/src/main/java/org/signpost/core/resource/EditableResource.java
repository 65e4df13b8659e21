package org.signpost.core.resource;

import java.io.Serializable;
import java.util.List;
import org.signpost.core.content.revision.ChangedLine;

/**
 * A resource as its editor opens it, with the version a save will be based on.
 *
 * @param approved whether readers were ever allowed to see it
 * @param awaitsApproval whether the resource, or changes to it, wait for someone to approve them
 * @param draft what the editor works on: the changes waiting for approval, else the resource
 * @param changers who changed it since it was last approved; none of them may approve it
 * @param changes for an approved resource with changes waiting, each line of what readers see
 *     against the changes; otherwise empty
 */
public record EditableResource(
    String slug,
    long version,
    boolean archived,
    boolean approved,
    boolean awaitsApproval,
    LinkCheck linkHealth,
    ResourceDraft draft,
    List<String> changers,
    List<ChangedLine> changes)
    implements Serializable {

  public EditableResource {
    changers = List.copyOf(changers);
    changes = List.copyOf(changes);
  }

  public static EditableResource of(
      Resource resource, ResourceDraft draft, List<ChangedLine> changes) {
    return new EditableResource(
        resource.slug(),
        resource.version(),
        resource.isArchived(),
        resource.isApproved(),
        resource.awaitsApproval(),
        resource.linkHealth().view(),
        draft,
        resource.changers(),
        changes);
  }
}
