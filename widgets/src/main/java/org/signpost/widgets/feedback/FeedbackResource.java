package org.signpost.widgets.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.core.address.ClientAddresses;
import org.signpost.core.feedback.FeedbackService;
import org.signpost.core.feedback.FeedbackSubmission;
import org.signpost.core.feedback.HelpfulAnswer;
import org.signpost.core.feedback.SubmissionKeyTakenException;
import org.signpost.core.markup.Templates;
import org.signpost.core.persistence.DatabaseFaults;
import org.signpost.core.persistence.DatabaseUnreachableException;
import org.signpost.core.validation.InvalidInputException;
import org.signpost.widgets.http.DatabaseAway;
import org.signpost.widgets.http.InvalidParameterException;
import org.signpost.widgets.http.PublicSite;
import org.signpost.widgets.render.UnsentFeedback;

/**
 * Takes "Was this page helpful?" answers: JSON from the widget, or a plain form post from the
 * no-script form, which then returns the reader to the page with a thank-you. Each accepted
 * submission is stored once; a retry with the same key is not counted again.
 */
@ApplicationScoped
@Path("v1/feedback")
public class FeedbackResource {

  /** The API's names for the submission's fields, where they differ. */
  private static final Map<String, String> API_FIELDS =
      Map.of("siteOrigin", "site", "submissionKey", "key");

  @Inject FeedbackService feedback;
  @Inject SubmissionThrottle throttle;
  @Inject ClientAddresses clients;
  @Inject PublicSite site;
  @Inject Templates templates;

  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response fromWidget(
      FeedbackRequest body,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @HeaderParam("Origin") String origin) {
    if (body == null) {
      throw new InvalidParameterException("body", "a JSON object is required", List.of());
    }
    if (body.helpful() == null) {
      throw new InvalidParameterException(
          "helpful", "helpful is required: true or false", List.of("true", "false"));
    }
    if (isBot(body.website())) {
      return Response.accepted(FeedbackReceipt.RECEIVED).build();
    }
    admit();
    String site = embeddingSite(origin);
    String key = idempotencyKey != null ? idempotencyKey : body.key();
    store(body.topic(), body.page(), body.helpful(), body.comment(), site, key);
    return Response.accepted(FeedbackReceipt.RECEIVED).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response fromForm(
      @FormParam("topic") String topic,
      @FormParam("page") String page,
      @FormParam("helpful") String helpful,
      @FormParam("comment") String comment,
      @FormParam("site") String site,
      @FormParam("website") String website,
      @FormParam("key") String key,
      @FormParam("return") String returnTo,
      @HeaderParam("Origin") String origin) {
    URI back = ReturnAddress.of(returnTo, page);
    if (isBot(website)) {
      return Response.seeOther(ReturnAddress.withOutcome(back, "thanks")).build();
    }
    Boolean answer = HelpfulAnswer.parse(helpful);
    if (answer == null) {
      return Response.seeOther(ReturnAddress.withOutcome(back, "choose")).build();
    }
    admit();
    String submissionKey = key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
    try {
      store(topic, page, answer, comment, embeddingSite(origin), submissionKey);
    } catch (InvalidParameterException | SubmissionKeyTakenException e) {
      return Response.seeOther(ReturnAddress.withOutcome(back, "invalid")).build();
    } catch (RuntimeException e) {
      if (!DatabaseFaults.isUnreachable(e)) {
        throw e;
      }
      String action = this.site.address(request).base() + "/api/v1/feedback";
      return unsent(
          new UnsentFeedback(
              action, topic, page, back.toString(), site, submissionKey, answer, comment));
    }
    return Response.seeOther(ReturnAddress.withOutcome(back, "thanks")).build();
  }

  /**
   * The site the answer came from, as the browser's Origin header names it: a field in the body
   * could name any site. Signpost's own origin (its pages and iframe embeds) names no embedding
   * site.
   */
  private String embeddingSite(String origin) {
    String named = SiteOrigin.of(origin);
    return named == null || named.equals(SiteOrigin.of(site.address(request).base()))
        ? null
        : named;
  }

  /** The reader's answer handed back to them, with a 503 that says to try again shortly. */
  private Response unsent(UnsentFeedback feedback) {
    String base = site.address(request).base();
    String html =
        templates.render(
            "pages/feedbackUnsent.jte",
            Templates.params(
                "frame", site.frame(base, "Feedback not sent", null, null), "feedback", feedback));
    return DatabaseAway.response()
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html)
        .build();
  }

  private void store(
      String topic, String page, boolean helpful, String comment, String site, String key) {
    FeedbackSubmission submission =
        new FeedbackSubmission(topic, page, helpful, comment, site, key);
    try {
      try {
        feedback.submit(submission);
      } catch (RuntimeException e) {
        if (!DatabaseFaults.isDuplicateKey(e)) {
          throw e;
        }
        // Another request with the same key stored its answer between our look and our write:
        // once more, this is a retry of that answer, or a different one refused.
        feedback.submit(submission);
      }
    } catch (InvalidInputException e) {
      throw new InvalidParameterException(
          API_FIELDS.getOrDefault(e.field(), e.field()), e.getMessage(), List.of());
    } catch (RuntimeException e) {
      // The commit fails outside the service, wrapped by the transaction: say what it means.
      throw DatabaseFaults.isUnreachable(e) ? new DatabaseUnreachableException(e) : e;
    }
  }

  private void admit() {
    throttle
        .take(clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")))
        .ifPresent(
            wait -> {
              throw new TooManySubmissionsException(wait);
            });
  }

  private static boolean isBot(String honeypot) {
    return honeypot != null && !honeypot.isBlank();
  }
}
