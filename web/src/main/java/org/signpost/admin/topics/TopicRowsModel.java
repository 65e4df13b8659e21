package org.signpost.admin.topics;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.signpost.core.persistence.PageRequest;
import org.signpost.core.topic.TopicFilter;
import org.signpost.core.topic.TopicOrder;
import org.signpost.core.topic.TopicRow;
import org.signpost.core.topic.TopicsForCurators;

/** The topic table's rows, a page at a time from the database: only the page shown is read. */
public class TopicRowsModel extends LazyDataModel<TopicRow> {

  private static final long serialVersionUID = 1L;

  private final TopicsForCurators listing;
  private TopicFilter filter = TopicFilter.none();

  TopicRowsModel(TopicsForCurators listing) {
    this.listing = listing;
  }

  void filter(TopicFilter filter) {
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) listing.find(filter, TopicOrder.TITLE, true, PageRequest.first(1)).total();
  }

  @Override
  public List<TopicRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    TopicOrder order = TopicOrder.TITLE;
    boolean ascending = true;
    for (SortMeta sort : sortBy.values()) {
      order = orderFor(sort.getField());
      ascending = sort.getOrder() != SortOrder.DESCENDING;
    }
    var page = listing.find(filter, order, ascending, PageRequest.holding(first, pageSize));
    setRowCount((int) page.total());
    return page.items();
  }

  @Override
  public String getRowKey(TopicRow row) {
    return row.slug();
  }

  private static TopicOrder orderFor(String field) {
    return switch (field == null ? "" : field) {
      case "status" -> TopicOrder.STATUS;
      case "audience" -> TopicOrder.AUDIENCE;
      case "owner" -> TopicOrder.OWNER;
      case "nextReviewDue" -> TopicOrder.NEXT_REVIEW_DUE;
      case "updatedAt" -> TopicOrder.UPDATED;
      default -> TopicOrder.TITLE;
    };
  }
}
