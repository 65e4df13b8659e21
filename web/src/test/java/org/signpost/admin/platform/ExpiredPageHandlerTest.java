package org.signpost.admin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;
import org.primefaces.csp.CspException;

class ExpiredPageHandlerTest {

  @Test
  void thePageComesBackWithWhatItWasAskedWithButNotTheStalePagesState() {
    assertThat(
            ExpiredPageHandler.afresh(
                "/admin/topic.xhtml",
                "slug=healthy-relationships&jakarta.faces.ViewState=-1%3A2&primefaces.nonce=x"))
        .isEqualTo("/admin/topic.xhtml?slug=healthy-relationships");
    assertThat(ExpiredPageHandler.afresh("/admin/sign-in.xhtml", "jakarta.faces.ViewState=x"))
        .isEqualTo("/admin/sign-in.xhtml");
    assertThat(ExpiredPageHandler.afresh("/admin/", null)).isEqualTo("/admin/");
  }

  @Test
  void anExpiredPageOrAMissingNonceIsStaleWhereverItIsWrappedAndNothingElseIs() {
    assertThat(
            ExpiredPageHandler.isStalePage(
                new FacesException(new ViewExpiredException("gone", "/sign-in.xhtml"))))
        .isTrue();
    assertThat(ExpiredPageHandler.isStalePage(new CspException("Missing CSP nonce"))).isTrue();
    assertThat(ExpiredPageHandler.isStalePage(new FacesException(new IllegalStateException())))
        .isFalse();
  }
}
