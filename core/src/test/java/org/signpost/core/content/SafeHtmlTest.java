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

  @Test
  void nestedListsFromTheConsoleEditorKeepTheirDepthAndKind() {
    String fromEditor =
        "<p>Before bed:</p><ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Phones out</li>"
            + "<li data-list=\"bullet\" class=\"ql-indent-1\">Chargers downstairs</li>"
            + "<li data-list=\"ordered\" class=\"ql-indent-1\">Agree a time</li>"
            + "<li data-list=\"bullet\">Games end early</li>"
            + "<li data-list=\"ordered\">Talk</li><li data-list=\"ordered\">Agree</li></ol><p>After</p>";

    assertThat(SafeHtml.sanitise(fromEditor))
        .isEqualTo(
            "<p>Before bed:</p><ul><li>Phones out<ul><li>Chargers downstairs</li></ul>"
                + "<ol><li>Agree a time</li></ol></li><li>Games end early</li></ul>"
                + "<ol><li>Talk</li><li>Agree</li></ol><p>After</p>");
  }

  @Test
  void listsAlreadyNestedStayAsTheyAre() {
    String nested =
        "<ul><li>One<ul><li>One and a half</li></ul></li><li>Two</li></ul><ol><li>Three</li></ol>";

    assertThat(SafeHtml.sanitise(nested)).isEqualTo(nested);
    assertThat(SafeHtml.sanitise(SafeHtml.sanitise(nested))).isEqualTo(nested);
  }

  @Test
  void plainTextTellsBulletsFromNumbersAndShowsTheirDepth() {
    String html =
        "<p>Ask <a href=\"https://www.childline.org.uk/\">Childline</a> &amp; others</p>"
            + "<ul><li>One<ul><li>Inner</li></ul></li><li>Two</li></ul><ol><li>First</li><li>Second</li></ol>";

    assertThat(SafeHtml.plainBlocks(html))
        .containsExactly(
            "Ask Childline (https://www.childline.org.uk/) & others",
            "• One",
            "  • Inner",
            "• Two",
            "1. First",
            "2. Second");
  }

  @Test
  void theEditorGetsListsInItsOwnFlatFormAndSavingThemGivesTheSameText() {
    String stored =
        "<p>Before</p><ul><li>One<ul><li>Inner</li></ul></li><li>Two</li></ul>"
            + "<ol><li>First</li></ol>";

    String forEditor = SafeHtml.forEditor(stored);

    assertThat(forEditor)
        .isEqualTo(
            "<p>Before</p><ol><li data-list=\"bullet\">One</li>"
                + "<li data-list=\"bullet\" class=\"ql-indent-1\">Inner</li>"
                + "<li data-list=\"bullet\">Two</li></ol>"
                + "<ol><li data-list=\"ordered\">First</li></ol>");
    assertThat(SafeHtml.sanitise(forEditor)).isEqualTo(stored);
  }

  @Test
  void controlCharactersPastedIntoABodyAreLeftOut() {
    assertThat(SafeHtml.sanitise("<p>Ring\u0007ing\u0000 \u001b[31mred\u007f</p>"))
        .isEqualTo("<p>Ringing [31mred</p>");
  }
}
