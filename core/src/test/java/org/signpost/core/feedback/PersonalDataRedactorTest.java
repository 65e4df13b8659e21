package org.signpost.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataRedactorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mail me at jo.bloggs+test@example.co.uk please | mail me at [email removed] please",
        "jo (at) example.com | [email removed]",
        "call 07700 900123 now | call [phone removed] now",
        "ring +44 (0)20 7946 0958 | ring [phone removed]",
        "try 0121-496-0000 | try [phone removed]",
        "I live in SW1A 1AA | I live in [postcode removed]",
        "near m1 1ae today | near [postcode removed] today",
        "postcode B338TH | postcode [postcode removed]",
        "call 07700\u00a0900123 now | call [phone removed] now",
        "call 07700/900123 now | call [phone removed] now",
        "call \uff10\uff17\uff17\uff10\uff10 \uff19\uff10\uff10\uff11\uff12\uff13 now | call [phone removed] now",
        "write to jane at example dot org today | write to [email removed] today",
        "jo [at] example [dot] co [dot] uk | [email removed]",
        "near SW1A\u00a01AA | near [postcode removed]",
        "call O77OO 9OO 123 now | call [phone removed] now",
        "ring o7700 9oo123 | ring [phone removed]",
        "zero seven seven hundred nine hundred one two three please | [phone removed] please",
        "ring oh double seven hundred, nine hundred and one two three | ring [phone removed]",
        "Zero 7 7 0 0 nine 0 0 1 2 3 | [phone removed]",
      })
  void removesContactDetails(String comment, String expected) {
    assertThat(PersonalDataRedactor.redact(comment)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Very useful for my KS3 class of 2025",
        "25% of girls aged 13 to 17",
        "Sexual Offences Act 2003",
        "I needed the year 7 lesson",
        "look at this dot point in section 2",
        "we met at school at 9 on 12/11/2026",
        "one or two lessons, three hundred pupils and one thousand parents",
        "Oh, one more thing: zero tolerance",
        "Room 101 or 102, OO7 films",
        "five, six, seven, eight, nine, ten",
      })
  void leavesOrdinaryTextAlone(String comment) {
    assertThat(PersonalDataRedactor.redact(comment)).isEqualTo(comment);
  }
}
