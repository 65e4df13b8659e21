package org.signpost.admin.markup;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.Writer;
import java.util.Iterator;

/**
 * Gives every page's response writer the {@link ValidMarkupWriter}, which mends the few places
 * where PrimeFaces' markup breaks the HTML standard, so that the console's pages pass the Nu Html
 * Checker.
 */
public class ValidMarkupRenderKitFactory extends RenderKitFactory {

  public ValidMarkupRenderKitFactory(RenderKitFactory wrapped) {
    super(wrapped);
  }

  @Override
  public void addRenderKit(String renderKitId, RenderKit renderKit) {
    getWrapped().addRenderKit(renderKitId, renderKit);
  }

  @Override
  public RenderKit getRenderKit(FacesContext context, String renderKitId) {
    RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
    return kit == null ? null : new ValidMarkupRenderKit(kit);
  }

  @Override
  public Iterator<String> getRenderKitIds() {
    return getWrapped().getRenderKitIds();
  }

  private static final class ValidMarkupRenderKit extends RenderKitWrapper {

    ValidMarkupRenderKit(RenderKit wrapped) {
      super(wrapped);
    }

    @Override
    public ResponseWriter createResponseWriter(
        Writer writer, String contentTypeList, String characterEncoding) {
      return new ValidMarkupWriter(
          getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding));
    }
  }
}
