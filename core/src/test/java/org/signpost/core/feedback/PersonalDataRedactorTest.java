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
      })
  void leavesOrdinaryTextAlone(String comment) {
    assertThat(PersonalDataRedactor.redact(comment)).isEqualTo(comment);
  }
}
