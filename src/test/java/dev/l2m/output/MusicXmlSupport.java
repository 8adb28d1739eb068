package dev.l2m.output;

import dev.l2m.score.Song;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Writing, parsing and XSD-validating MusicXML in tests, without network access. */
final class MusicXmlSupport {

  /** Where proxymusic keeps the official MusicXML 4.0 XSD. */
  static final String XSD_RESOURCE = "META-INF/jaxb/xsd/musicxml.xsd";

  private MusicXmlSupport() {}

  static byte[] write(Song song) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new MusicXmlWriter().write(song, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    // the DOCTYPE names the DTD on the web; never fetch it
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  /** The official schema, its xml.xsd / xlink.xsd imports served from local stubs. */
  static Schema schema() throws Exception {
    URL xsd = MusicXmlSupport.class.getClassLoader().getResource(XSD_RESOURCE);
    if (xsd == null) {
      throw new IllegalStateException("MusicXML XSD not on the test class path: " + XSD_RESOURCE);
    }
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    DOMImplementationLS ls =
        (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
    factory.setResourceResolver(
        (type, namespace, publicId, systemId, baseUri) -> {
          String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
          if (!name.equals("xml.xsd") && !name.equals("xlink.xsd")) {
            return null;
          }
          InputStream stub = MusicXmlSupport.class.getResourceAsStream("xsd/" + name);
          LSInput input = ls.createLSInput();
          input.setByteStream(stub);
          input.setSystemId(systemId);
          input.setPublicId(publicId);
          input.setBaseURI(baseUri);
          return input;
        });
    try (InputStream in = xsd.openStream()) {
      return factory.newSchema(new StreamSource(in, xsd.toExternalForm()));
    }
  }

  /** Every schema error in {@code xml}, empty when it is valid. */
  static List<String> validate(Schema schema, byte[] xml) throws Exception {
    List<String> errors = new ArrayList<>();
    Validator validator = schema.newValidator();
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            errors.add(e.getMessage());
          }
        });
    validator.validate(new DOMSource(parse(xml)));
    return errors;
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element element && element.getTagName().equals(name)) {
        out.add(element);
      }
    }
    return out;
  }

  static Element child(Element parent, String name) {
    List<Element> c = children(parent, name);
    return c.isEmpty() ? null : c.get(0);
  }

  static String childText(Element parent, String name) {
    Element c = child(parent, name);
    return c == null ? null : c.getTextContent();
  }

  static List<Element> all(Document doc, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = doc.getElementsByTagName(name);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }
}
