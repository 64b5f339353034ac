package org.casewatch.ingest.feed.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jdom2.Attribute;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.Verifier;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Converts a document from jsoup's forgiving XML parser into the JDOM tree ROME's format parsers
 * read, resolving namespace prefixes from the {@code xmlns} declarations in scope.
 *
 * <p>Forgiving on purpose: an undeclared prefix keeps its local name in no namespace, characters
 * XML forbids are dropped, names XML forbids are skipped, and an RSS root without a {@code
 * <channel>} gets an empty one (ROME cannot read an RSS document without a channel, and such a
 * document is simply a feed with no items). Nesting deeper than {@value #MAX_DEPTH} elements is cut
 * off.
 */
final class JsoupToJdom {

  static final int MAX_DEPTH = 256;

  private JsoupToJdom() {}

  /** The JDOM document of a jsoup document, or null when it has no root element. */
  static org.jdom2.Document convert(Document jsoup) {
    org.jsoup.nodes.Element root = jsoup.children().first();
    if (root == null) {
      return null;
    }
    if (root.tagName().equalsIgnoreCase("rss")) {
      // RSS 0.9x/2.0 elements have no namespace; a default one (Userland's) hides them from ROME
      root.removeAttr("xmlns");
    }
    Element jdomRoot = element(root, new HashMap<>(), 0);
    if (jdomRoot == null) {
      return null;
    }
    if (jdomRoot.getName().toLowerCase(Locale.ROOT).equals("rss")
        && jdomRoot.getChild("channel", jdomRoot.getNamespace()) == null) {
      jdomRoot.addContent(new Element("channel", jdomRoot.getNamespace()));
    }
    return new org.jdom2.Document(jdomRoot);
  }

  private static Element element(
      org.jsoup.nodes.Element source, Map<String, Namespace> inherited, int depth) {
    Map<String, Namespace> scope = new HashMap<>(inherited);
    for (org.jsoup.nodes.Attribute a : source.attributes()) {
      String key = a.getKey();
      if (key.equals("xmlns")) {
        scope.put("", namespace("", a.getValue()));
      } else if (key.startsWith("xmlns:")) {
        scope.put(key.substring(6), namespace(key.substring(6), a.getValue()));
      }
    }
    String[] name = split(source.tagName());
    if (Verifier.checkElementName(name[1]) != null) {
      return null;
    }
    Namespace ns =
        name[0].isEmpty() ? scope.getOrDefault("", Namespace.NO_NAMESPACE) : ns(scope, name[0]);
    Element out = new Element(name[1], ns);
    for (org.jsoup.nodes.Attribute a : source.attributes()) {
      attribute(out, a, scope);
    }
    if (depth >= MAX_DEPTH) {
      return out;
    }
    // Atom 0.3 base64 content: ROME's decoder fails on the surrounding whitespace
    boolean base64 = source.attr("mode").equalsIgnoreCase("base64");
    for (Node child : source.childNodes()) {
      if (child instanceof org.jsoup.nodes.Element e) {
        Element converted = element(e, scope, depth + 1);
        if (converted != null) {
          out.addContent(converted);
        }
      } else if (child instanceof CDataNode c) {
        out.addContent(new org.jdom2.CDATA(legal(c.text()).replace("]]>", "]]&gt;")));
      } else if (child instanceof TextNode t) {
        out.addContent(legal(base64 ? t.getWholeText().strip() : t.getWholeText()));
      }
    }
    return out;
  }

  private static void attribute(
      Element out, org.jsoup.nodes.Attribute a, Map<String, Namespace> scope) {
    String key = a.getKey();
    if (key.equals("xmlns") || key.startsWith("xmlns:")) {
      return;
    }
    String[] name = split(key);
    if (Verifier.checkAttributeName(name[1]) != null) {
      return;
    }
    Namespace ns = name[0].isEmpty() ? Namespace.NO_NAMESPACE : ns(scope, name[0]);
    if (ns == Namespace.NO_NAMESPACE && !name[0].isEmpty()) {
      return;
    }
    out.setAttribute(new Attribute(name[1], legal(a.getValue()), ns));
  }

  private static Namespace ns(Map<String, Namespace> scope, String prefix) {
    if (prefix.equals("xml")) {
      return Namespace.XML_NAMESPACE;
    }
    return scope.getOrDefault(prefix, Namespace.NO_NAMESPACE);
  }

  private static Namespace namespace(String prefix, String uri) {
    try {
      return Namespace.getNamespace(prefix, uri.strip());
    } catch (org.jdom2.IllegalNameException e) {
      return Namespace.NO_NAMESPACE;
    }
  }

  /** {prefix, local name}; the prefix is empty when there is none. */
  private static String[] split(String qualified) {
    int colon = qualified.indexOf(':');
    return colon < 0
        ? new String[] {"", qualified}
        : new String[] {qualified.substring(0, colon), qualified.substring(colon + 1)};
  }

  private static String legal(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(Verifier::isXMLCharacter).forEach(out::appendCodePoint);
    return out.toString();
  }
}
