package org.signpost.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.signpost.core.feedback.FeedbackSubmission;
import org.signpost.core.resource.Organisation;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.topic.SectionContent;
import org.signpost.core.topic.SectionKind;
import org.signpost.core.topic.TopicDetails;

class PlainTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"bell\u0007", "\u0000", "esc\u001b[31m", "del\u007f", "next line\u0085", "\uFFFE"})
  void controlCharactersAreRefusedSayingWhichAndWhere(String text) {
    assertThatThrownBy(() -> PlainText.require(text, "a topic title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a topic title may not hold control characters: U+")
        .hasMessageContaining("at character " + (PlainText.firstRefused(text) + 1));
    assertThat(Pattern.matches(PlainText.PATTERN, text)).isFalse();
  }

  @Test
  void anUnpairedSurrogateIsRefusedAndAPairIsNot() {
    assertThat(PlainText.firstRefused("half \uD83D")).isEqualTo(5);
    assertThat(PlainText.firstRefused("\uDE00 half")).isZero();
    assertThat(PlainText.firstRefused("smile \uD83D\uDE00")).isEqualTo(-1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Healthy Relationships",
        "Cymraeg: Perthnasoedd iach â chŵn",
        "lines\nand\ttabs\r\n",
        "Key Stage 3 – 4 “quoted” \uD83D\uDE00",
        ""
      })
  void whatPeopleTypeIsKept(String text) {
    assertThat(PlainText.require(text, "a title")).isSameAs(text);
    assertThat(Pattern.matches(PlainText.PATTERN, text)).isTrue();
  }

  @Test
  void theLongestCommentIsCheckedWithoutRunningOutOfStack() {
    String comment = "Useful, thank you. ".repeat(2_000);
    assertThat(Pattern.matches(PlainText.PATTERN, comment)).isTrue();
    assertThat(Pattern.matches(PlainText.PATTERN, comment + "\u0007")).isFalse();
  }

  @Test
  void writingXmlFromOlderTextLeavesTheRefusedCharactersOut() {
    assertThat(PlainText.withoutRefused("Ring\u0007ing \uD83D\uDE00\u0000"))
        .isEqualTo("Ringing \uD83D\uDE00");
    assertThat(PlainText.withoutRefused(null)).isNull();
  }

  @Test
  void everyPlainFieldACuratorWritesRefusesThem() {
    assertThatThrownBy(
            () -> new TopicDetails("Ring\u0007", "Summary", "", Audience.PROFESSIONALS, null))
        .hasMessageContaining("a topic title may not hold control characters: U+0007");
    assertThatThrownBy(
            () -> new TopicDetails("Title", "Sum\u0008mary", "", Audience.PROFESSIONALS, null))
        .hasMessageContaining("a topic summary may not hold control characters: U+0008");
    assertThatThrownBy(() -> new SectionContent("Head\u001b", SectionKind.TEXT, "<p>x</p>"))
        .hasMessageContaining("a section heading may not hold control characters");
    assertThatThrownBy(() -> new Organisation("brook", "Bro\u0000ok", "https://www.brook.org.uk/"))
        .hasMessageContaining("an organisation's name may not hold control characters: U+0000");
  }

  @Test
  void feedbackWithThemIsNotValid() {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    FeedbackSubmission bell =
        new FeedbackSubmission("pollution", "/topics/pollution", true, "ding\u0007", null, null);

    assertThat(validator.validate(bell))
        .extracting(v -> v.getMessage())
        .containsExactly("a comment may not hold control characters");
  }
}
