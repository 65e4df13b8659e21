import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.signpost.core.pack.ContentPack;
import org.signpost.core.pack.ContentPackImporter;
import org.signpost.core.pack.OrganisationEntry;
import org.signpost.core.pack.ResourceEntry;
import org.signpost.core.content.revision.ChangeRecorder;
import org.signpost.core.content.revision.ContentRevision;
import org.signpost.core.content.revision.RevisionLog;
import org.signpost.core.persistence.SignpostUnit;
import org.signpost.core.resource.JpaOrganisationRepository;
import org.signpost.core.resource.JpaResourceRepository;
import org.signpost.core.taxonomy.Audience;
import org.signpost.core.taxonomy.KeyStage;
import org.signpost.core.taxonomy.ResourceType;
import org.signpost.core.topic.JpaTopicRepository;

/**
 * Adds generated resources to a running Signpost's database through the core library, as one
 * content pack import: java -cp CLASSPATH bench/GenerateResources.java JDBC_URL USER COUNT
 */
public class GenerateResources {

  public static void main(String[] args) {
    String url = args[0];
    String user = args[1];
    int count = Integer.parseInt(args[2]);
    List<OrganisationEntry> organisations = new ArrayList<>();
    for (int o = 1; o <= 20; o++) {
      organisations.add(
          new OrganisationEntry("provider-" + o, "Provider " + o, "https://provider" + o + ".example/"));
    }
    KeyStage[] stages = KeyStage.values();
    ResourceType[] types = ResourceType.values();
    Audience[] audiences = Audience.values();
    List<ResourceEntry> resources = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      resources.add(
          new ResourceEntry(
              "generated-resource-" + i,
              "Generated resource " + i + " on sleep, screens and wellbeing",
              "https://provider" + (i % 20 + 1) + ".example/resources/" + i,
              "A generated resource for measuring the console with a full catalogue.",
              types[i % types.length],
              List.of(stages[i % stages.length], stages[(i + 1) % stages.length]),
              List.of(audiences[i % audiences.length]),
              "provider-" + (i % 20 + 1)));
    }
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put("jakarta.persistence.jdbc.url", url);
    properties.put("jakarta.persistence.jdbc.user", user);
    properties.put("jakarta.persistence.jdbc.password", "");
    EntityManagerFactory factory = Persistence.createEntityManagerFactory(SignpostUnit.NAME, properties);
    try {
      EntityManager em = factory.createEntityManager();
      em.getTransaction().begin();
      var report =
          new ContentPackImporter(
                  new JpaOrganisationRepository(em),
                  new JpaResourceRepository(em),
                  new JpaTopicRepository(em),
                  new ChangeRecorder(
            new RevisionLog(em, Clock.systemUTC()), new ContentRevision(em, Clock.systemUTC())),
                  Clock.systemUTC())
              .apply(new ContentPack(1, "generated", organisations, resources, List.of()), "bench");
      new ContentRevision(em, Clock.systemUTC()).advance();
      em.getTransaction().commit();
      em.close();
      System.out.println("Generated: " + report);
    } finally {
      factory.close();
    }
  }
}
