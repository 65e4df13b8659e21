package org.signpost.widgets.api;

import org.signpost.core.taxonomy.KeyStage;

/**
 * A key stage as the API shows it.
 *
 * @param code what the {@code key-stage} parameters take, such as {@code ks3}
 * @param ages the ages people write, such as {@code 11 to 14}
 */
public record KeyStageView(String code, String label, String ages) {

  static KeyStageView of(KeyStage stage) {
    return new KeyStageView(stage.code(), stage.label(), stage.ageRange());
  }
}
