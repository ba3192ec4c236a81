package io.watchfloor.adapters.onvif.soap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reading parsed answers by local name, never by prefix or position. Answers are first found by
 * namespace and local name ({@link #first(Node, String, String)}); below them, ONVIF's element names
 * are unique within their parent, and vendors mix schema versions (ver10 and ver20 {@code tt:}), so
 * children are matched by local name in any namespace. Missing optional elements are empty
 * {@code Optional}s; {@link #required} names what is missing.
 */
public final class Xml {

    private Xml() {
    }

    /** The first element below {@code root} (depth first) with this namespace and local name. */
    public static Optional<Element> first(Node root, String namespace, String local) {
        NodeList found = root instanceof org.w3c.dom.Document d ? d.getElementsByTagNameNS(namespace, local)
                : ((Element) root).getElementsByTagNameNS(namespace, local);
        return found.getLength() == 0 ? Optional.empty() : Optional.of((Element) found.item(0));
    }

    /** The direct children of {@code parent} with this local name, in any namespace. */
    public static List<Element> children(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every direct child element of {@code parent}. */
    public static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every element below {@code root} with this local name, in any namespace, in document order. */
    public static List<Element> descendants(Element root, String local) {
        NodeList found = root.getElementsByTagNameNS("*", local);
        List<Element> out = new ArrayList<>(found.getLength());
        for (int i = 0; i < found.getLength(); i++) {
            out.add((Element) found.item(i));
        }
        return out;
    }

    /** The first child with this local name. */
    public static Optional<Element> child(Element parent, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Follows a path of local names down from {@code parent}. */
    public static Optional<Element> path(Element parent, String... locals) {
        Optional<Element> at = Optional.of(parent);
        for (String local : locals) {
            at = at.flatMap(e -> child(e, local));
        }
        return at;
    }

    /** The trimmed text of the element at this path, if there is one and it is not blank. */
    public static Optional<String> text(Element parent, String... locals) {
        return path(parent, locals).map(e -> e.getTextContent().trim()).filter(s -> !s.isEmpty());
    }

    /** The element's trimmed text. */
    public static String text(Element element) {
        return element.getTextContent().trim();
    }

    /** An attribute without namespace, if present and not blank. */
    public static Optional<String> attribute(Element element, String name) {
        String value = element.getAttribute(name);
        return value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The value, or a {@link OnvifException.MalformedAnswer} that names what is missing. */
    public static <T> T required(Optional<T> value, String what) {
        return value.orElseThrow(() -> new OnvifException.MalformedAnswer("the answer lacks " + what, null));
    }

    /** Escapes text for an element's content or an attribute in double quotes. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
