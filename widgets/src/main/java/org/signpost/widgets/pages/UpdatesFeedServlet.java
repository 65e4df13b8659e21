package org.signpost.widgets.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.signpost.core.address.SiteAddress;
import org.signpost.core.content.PlainText;
import org.signpost.core.topic.PublishedTopics;
import org.signpost.core.topic.TopicSummary;
import org.signpost.widgets.http.PublicResponse;
import org.signpost.widgets.http.PublicSite;
import org.signpost.widgets.render.Rendered;
import org.signpost.widgets.render.RenderedCache;

/**
 * {@code /feeds/updates.atom}: the published topics, the most recently changed first, as an Atom
 * feed written with the JDK's XML writer, which escapes what it writes.
 */
@WebServlet("/feeds/updates.atom")
public class UpdatesFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String ATOM = "application/atom+xml;charset=UTF-8";
  private static final String NS = "http://www.w3.org/2005/Atom";

  @Inject transient PublishedTopics topics;
  @Inject transient RenderedCache cache;
  @Inject transient PublicSite site;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SiteAddress address = site.address(request);
    Rendered feed =
        cache.get(
            "feed|" + address.base(),
            tag ->
                Rendered.text(
                    atom(address, topics.publishedTopics()), ATOM, tag, cache.currentRevision()));
    PublicResponse.crossOriginHeaders(response);
    PublicResponse.send(request, response, feed);
  }

  private String atom(SiteAddress address, List<TopicSummary> published) {
    List<TopicSummary> latest =
        published.stream()
            .sorted(Comparator.comparing(TopicSummary::updatedAt).reversed())
            .toList();
    Instant updated = latest.isEmpty() ? Instant.EPOCH : latest.get(0).updatedAt();
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("utf-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(NS);
      element(xml, "title", site.serviceName() + ": Professional Resources");
      element(xml, "id", address.updatesFeed());
      link(xml, "self", address.updatesFeed());
      link(xml, "alternate", address.topics());
      element(xml, "updated", updated.toString());
      xml.writeStartElement("author");
      element(xml, "name", site.serviceName());
      xml.writeEndElement();
      for (TopicSummary topic : latest) {
        xml.writeStartElement("entry");
        element(xml, "title", topic.title());
        element(xml, "id", address.topic(topic.slug()));
        link(xml, "alternate", address.topic(topic.slug()));
        element(xml, "updated", topic.updatedAt().toString());
        element(xml, "summary", topic.summary());
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the updates feed", e);
    }
    return text.toString();
  }

  private static void element(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(PlainText.withoutRefused(value));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String relation, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", relation);
    xml.writeAttribute("href", href);
  }
}
