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
import org.signpost.core.feedback.FeedbackService;
import org.signpost.core.feedback.FeedbackSubmission;
import org.signpost.core.feedback.HelpfulAnswer;
import org.signpost.core.validation.InvalidInputException;
import org.signpost.widgets.api.InvalidParameterException;

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
    String site = SiteOrigin.of(body.site() != null ? body.site() : origin);
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
      @FormParam("return") String returnTo) {
    URI back = ReturnAddress.of(returnTo, page);
    if (isBot(website)) {
      return Response.seeOther(ReturnAddress.withOutcome(back, "thanks")).build();
    }
    Boolean answer = HelpfulAnswer.parse(helpful);
    if (answer == null) {
      return Response.seeOther(ReturnAddress.withOutcome(back, "choose")).build();
    }
    admit();
    try {
      store(topic, page, answer, comment, SiteOrigin.of(site), key);
    } catch (InvalidParameterException e) {
      return Response.seeOther(ReturnAddress.withOutcome(back, "invalid")).build();
    }
    return Response.seeOther(ReturnAddress.withOutcome(back, "thanks")).build();
  }

  private void store(
      String topic, String page, boolean helpful, String comment, String site, String key) {
    try {
      feedback.submit(new FeedbackSubmission(topic, page, helpful, comment, site, key));
    } catch (InvalidInputException e) {
      throw new InvalidParameterException(
          API_FIELDS.getOrDefault(e.field(), e.field()), e.getMessage(), List.of());
    }
  }

  private void admit() {
    throttle
        .take(request.getRemoteAddr())
        .ifPresent(
            wait -> {
              throw new TooManySubmissionsException(wait);
            });
  }

  private static boolean isBot(String honeypot) {
    return honeypot != null && !honeypot.isBlank();
  }
}
