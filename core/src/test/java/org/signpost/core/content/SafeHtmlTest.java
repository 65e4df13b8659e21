package org.signpost.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

  @Test
  void keepsTheAllowedStructure() {
    String html =
        "<p>Read <strong>this</strong> and <em>that</em>.</p><ul><li>One</li></ul><h3>More</h3>";

    assertThat(SafeHtml.sanitise(html)).isEqualTo(html);
  }

  @Test
  void removesScriptsHandlersStylesFramesAndForms() {
    String html =
        "<p style=\"color:red\" onclick=\"steal()\">Hi</p><script>alert(1)</script>"
            + "<iframe src=\"https://evil.example\"></iframe><form><input name=a></form><img src=x onerror=alert(1)>";

    assertThat(SafeHtml.sanitise(html)).isEqualTo("<p>Hi</p>");
  }

  @Test
  void linksKeepSafeAddressesOnlyAndAlwaysGetRel() {
    assertThat(SafeHtml.sanitise("<a href=\"https://www.nspcc.org.uk/\">NSPCC</a>"))
        .isEqualTo(
            "<a href=\"https://www.nspcc.org.uk/\" rel=\"noopener noreferrer nofollow\">NSPCC</a>");
    assertThat(SafeHtml.sanitise("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("x");
  }

  @Test
  void sanitisingTwiceChangesNothingMore() {
    String once = SafeHtml.sanitise("<p>Children's & young people's \"health\"</p><b>x");

    assertThat(SafeHtml.sanitise(once)).isEqualTo(once);
    assertThat(SafeHtml.isClean(once)).isTrue();
  }

  @Test
  void linksStayTheSameWhenSanitisedAgain() {
    String once = SafeHtml.sanitise("<p><a href=\"https://www.brook.org.uk/\">Brook</a></p>");

    for (int i = 0; i < 20; i++) {
      assertThat(SafeHtml.sanitise(once)).isEqualTo(once);
    }
  }

  @Test
  void nothingIsEmpty() {
    assertThat(SafeHtml.sanitise(null)).isEmpty();
    assertThat(SafeHtml.sanitise("   ")).isEmpty();
  }

  @Test
  void listsFromTheConsoleEditorKeepTheirBulletsAndNumbers() {
    String fromEditor =
        "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Childline</li>"
            + "<li data-list=\"bullet\">NSPCC</li><li data-list=\"ordered\">First step</li></ol>";

    assertThat(SafeHtml.sanitise(fromEditor))
        .isEqualTo("<ul><li>Childline</li><li>NSPCC</li></ul><ol><li>First step</li></ol>");
  }
}
