package org.signpost.admin.feedback;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.signpost.admin.address.ConsolePath;
import org.signpost.admin.signin.CurrentCurator;
import org.signpost.core.feedback.FeedbackFilter;
import org.signpost.core.feedback.FeedbackReport;
import org.signpost.core.feedback.HelpfulAnswer;

/**
 * {@code /admin/feedback.csv}: the feedback the report's filters select, as a CSV file to open in a
 * spreadsheet. Signed-in curators only, like every console address.
 */
@WebServlet(ConsolePath.ROOT + "/feedback.csv")
public class FeedbackCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient FeedbackReport report;
  @Inject transient CurrentCurator curator;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FeedbackFilter filter;
    try {
      filter =
          new FeedbackFilter(
              request.getParameter("topic"),
              HelpfulAnswer.parse(request.getParameter("helpful")),
              day(request.getParameter("from")),
              day(request.getParameter("to")),
              request.getParameter("site"));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The filter is not valid.");
      return;
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"signpost-feedback-"
            + LocalDate.now(FeedbackFilter.SERVICE_ZONE)
            + ".csv\"");
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    // A byte order mark, so that spreadsheets read the file as UTF-8.
    out.write('\ufeff');
    report.writeCsv(filter, out, curator.actor());
  }

  private static LocalDate day(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value);
  }
}
