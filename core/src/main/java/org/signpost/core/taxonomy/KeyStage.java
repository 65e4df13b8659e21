package org.signpost.core.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The stages of education in England, each with the ages it usually covers. An age belongs to the
 * stage whose range holds it ({@code fromAge} inclusive, {@code toAge} exclusive), so 11 is Key
 * Stage 3, when pupils start secondary school.
 */
public enum KeyStage implements Terms.Term {
  EYFS("Early years foundation stage", 0, 5, "earlyyears", "earlyyearsfoundationstage"),
  KS1("Key Stage 1", 5, 7),
  KS2("Key Stage 2", 7, 11),
  KS3("Key Stage 3", 11, 14),
  KS4("Key Stage 4", 14, 16),
  KS5("Post-16 (Key Stage 5)", 16, 19, "post16", "sixthform");

  private static final int YOUNGEST = 0;
  private static final int OLDEST = 18;
  private static final String HINT =
      "also \"Key Stage 3\", \"key-stage-3\", \"post-16\" or an age from 0 to 18";

  private final String label;
  private final int fromAge;
  private final int toAge;
  private final List<String> aliases;

  KeyStage(String label, int fromAge, int toAge, String... aliases) {
    this.label = label;
    this.fromAge = fromAge;
    this.toAge = toAge;
    this.aliases = spokenForms(name(), aliases);
  }

  /** "KS3" is also said "Key Stage 3", which squashes to {@code keystage3}. */
  private static List<String> spokenForms(String name, String... aliases) {
    List<String> forms = new ArrayList<>(List.of(aliases));
    if (name.startsWith("KS")) {
      forms.add("keystage" + name.substring(2));
    }
    return List.copyOf(forms);
  }

  @Override
  public List<String> aliases() {
    return aliases;
  }

  /** How people read it, such as {@code Key Stage 3}. */
  public String label() {
    return label;
  }

  public int fromAge() {
    return fromAge;
  }

  /** The first age that is no longer in this stage. */
  public int toAge() {
    return toAge;
  }

  /**
   * The label with its ages, such as {@code Key Stage 3, ages 11 to 14}: one pair of brackets at
   * most.
   */
  public String labelWithAges() {
    return label + ", ages " + ageRange();
  }

  /** The ages as people write them, such as {@code 11 to 14}. */
  public String ageRange() {
    return fromAge + " to " + (toAge - 1 == OLDEST ? OLDEST : toAge);
  }

  /**
   * Reads what a person typed: {@code ks3}, {@code KS3}, {@code Key Stage 3}, {@code key-stage-3},
   * {@code 3}-less forms such as {@code eyfs} or {@code post-16}, or an age from 0 to 18.
   *
   * @throws UnknownTermException naming the accepted forms when nothing matches
   */
  public static KeyStage parse(String input) {
    if (input == null || input.isBlank()) {
      throw unknown(input == null ? "" : input);
    }
    String trimmed = input.strip();
    if (trimmed.matches("[+-]?\\d{1,3}")) {
      int age = Integer.parseInt(trimmed);
      return forAge(age).orElseThrow(() -> unknown(input));
    }
    return Terms.parse(values(), "key stage", input, HINT);
  }

  /** The key stage for a child's age, if the age is one that school stages cover (0 to 18). */
  public static Optional<KeyStage> forAge(int age) {
    if (age < YOUNGEST || age > OLDEST) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(ks -> age >= ks.fromAge && age < ks.toAge).findFirst();
  }

  /** The codes that {@link #parse} accepts in their canonical form. */
  public static List<String> codes() {
    return Terms.codes(values());
  }

  private static UnknownTermException unknown(String input) {
    return new UnknownTermException("key stage", input, codes(), HINT);
  }
}
