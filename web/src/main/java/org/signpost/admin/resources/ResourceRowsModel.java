package org.signpost.admin.resources;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.signpost.admin.signin.CurrentCurator;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.resource.ResourceOrder;
import org.signpost.core.resource.ResourceQuery;
import org.signpost.core.resource.ResourceRow;
import org.signpost.core.resource.editing.ResourceEditing;

/** The resource table's rows, a page at a time from the database. */
public class ResourceRowsModel extends LazyDataModel<ResourceRow> {

  private static final long serialVersionUID = 1L;

  private final ResourceEditing editing;
  private final CurrentCurator curator;
  private ResourceQuery query = ResourceQuery.all();
  private boolean withArchived;
  private List<ResourceRow> shown = List.of();

  ResourceRowsModel(ResourceEditing editing, CurrentCurator curator) {
    this.editing = editing;
    this.curator = curator;
  }

  void filter(ResourceQuery query, boolean withArchived) {
    this.query = query;
    this.withArchived = withArchived;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int)
        editing
            .find(
                query,
                withArchived,
                ResourceOrder.TITLE,
                true,
                PageRequest.first(1),
                curator.actor())
            .total();
  }

  @Override
  public List<ResourceRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    ResourceOrder order = ResourceOrder.TITLE;
    boolean ascending = true;
    for (SortMeta sort : sortBy.values()) {
      order =
          switch (sort.getField()) {
            case "type" -> ResourceOrder.TYPE;
            case "provider" -> ResourceOrder.PROVIDER;
            case "linkStatus" -> ResourceOrder.LINK_STATUS;
            case "updatedAt" -> ResourceOrder.UPDATED;
            default -> ResourceOrder.TITLE;
          };
      ascending = sort.getOrder() != SortOrder.DESCENDING;
    }
    var page =
        editing.find(
            query,
            withArchived,
            order,
            ascending,
            PageRequest.holding(first, pageSize),
            curator.actor());
    setRowCount((int) page.total());
    shown = page.items();
    return shown;
  }

  @Override
  public String getRowKey(ResourceRow row) {
    return row.slug();
  }

  @Override
  public ResourceRow getRowData(String rowKey) {
    return shown.stream().filter(r -> r.slug().equals(rowKey)).findFirst().orElse(null);
  }
}
