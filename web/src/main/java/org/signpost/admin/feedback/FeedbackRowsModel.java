package org.signpost.admin.feedback;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.signpost.admin.signin.CurrentCurator;
import org.signpost.core.feedback.FeedbackFilter;
import org.signpost.core.feedback.FeedbackReport;
import org.signpost.core.feedback.FeedbackRow;
import org.signpost.core.persistence.PageRequest;

/** The feedback table's rows, newest first, a page at a time from the database. */
public class FeedbackRowsModel extends LazyDataModel<FeedbackRow> {

  private static final long serialVersionUID = 1L;

  private final FeedbackReport report;
  private final CurrentCurator curator;
  private FeedbackFilter filter;
  private long total;

  FeedbackRowsModel(FeedbackReport report, CurrentCurator curator) {
    this.report = report;
    this.curator = curator;
    filter(FeedbackFilter.none());
  }

  void filter(FeedbackFilter filter) {
    this.filter = filter;
    this.total = report.find(filter, PageRequest.first(1), curator.actor()).total();
  }

  /**
   * How many answers the filter selected when it was set: the export link's count, and the table's
   * until a page is loaded, which counts again (counting a million rows takes a tenth of a second,
   * so it is not done a third time).
   */
  long total() {
    return total;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) total;
  }

  @Override
  public List<FeedbackRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    var page = report.find(filter, PageRequest.holding(first, pageSize), curator.actor());
    setRowCount((int) page.total());
    return page.items();
  }

  @Override
  public String getRowKey(FeedbackRow row) {
    return Long.toString(row.id());
  }
}
