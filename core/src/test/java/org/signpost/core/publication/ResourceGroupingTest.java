package org.signpost.core.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.signpost.core.resource.OrganisationView;
import org.signpost.core.resource.ResourceView;
import org.signpost.core.taxonomy.KeyStage;

class ResourceGroupingTest {

  private static final OrganisationView NSPCC =
      new OrganisationView("nspcc", "NSPCC", "https://www.nspcc.org.uk/");
  private static final OrganisationView CHILDLINE =
      new OrganisationView("childline", "Childline", "https://www.childline.org.uk/");

  private final List<ResourceView> resources =
      List.of(
          resource("safety-plan", CHILDLINE, "ks3", "ks4"),
          resource("lessons-ks3", NSPCC, "ks3"),
          resource("lessons-ks2", NSPCC, "ks2"),
          resource("teaching-guidance", NSPCC));

  @Test
  void groupsByKeyStageInSchoolOrderThenByProviderWithGeneralResourcesLast() {
    List<ResourceGroup> groups = ResourceGrouping.group(resources, null);

    assertThat(groups)
        .extracting(ResourceGroup::heading)
        .containsExactly(
            "Key Stage 2, ages 7 to 11",
            "Key Stage 3, ages 11 to 14",
            "Key Stage 4, ages 14 to 16",
            "For all ages");
    assertThat(groups.get(1).providers())
        .extracting(ResourceGroup.ProviderResources::provider)
        .containsExactly("Childline", "NSPCC");
    assertThat(groups.get(1).size()).isEqualTo(2);
  }

  @Test
  void aKeyStageFilterKeepsOnlyWhatSuitsIt() {
    assertThat(ResourceGrouping.group(resources, KeyStage.KS3))
        .singleElement()
        .satisfies(g -> assertThat(g.anchor()).isEqualTo("ks3"));
    assertThat(ResourceGrouping.suiting(resources, KeyStage.KS3))
        .extracting(ResourceView::slug)
        .containsExactly("safety-plan", "lessons-ks3");
    assertThat(ResourceGrouping.group(resources, KeyStage.KS5)).isEmpty();
  }

  private static ResourceView resource(String slug, OrganisationView provider, String... stages) {
    return new ResourceView(
        slug,
        slug,
        "https://example.org/",
        "",
        "guidance",
        List.of(stages),
        List.of("professionals"),
        provider);
  }
}
