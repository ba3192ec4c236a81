package io.watchfloor.adapters.onvif.soap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The only XML parser of this module, hardened against what a hostile or broken device may send: no
 * document type declaration at all (so no external entities and no entity expansion: billion laughs
 * stops at its DOCTYPE), no external DTD or schema, no XInclude, a limit on nesting depth and on
 * size (checked before parsing), and the JDK's secure-processing limits. Namespace-aware.
 */
public final class SafeXml {

    /** The largest answer parsed by default: 4 MiB (ONVIF answers are a few kB). */
    public static final int DEFAULT_MAX_BYTES = 4 << 20;

    private static final int MAX_DEPTH = 64;
    private static final DocumentBuilderFactory FACTORY = factory();
    private static final org.xml.sax.EntityResolver REFUSE_ENTITIES = (publicId, systemId) -> {
        throw new SAXException("external entity refused: " + systemId);
    };
    /** One builder a thread, reset after each parse: building one costs more than parsing a small answer. */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SafeXml::newBuilder);

    private SafeXml() {
    }

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setAttribute("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "0");
            f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", Integer.toString(MAX_DEPTH));
            return f;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
    }

    /**
     * Parses {@code xml}; anything not a plain, well-formed document of at most {@code maxBytes} is a
     * {@link OnvifException.MalformedAnswer}. Real firmware sometimes uses a well-known prefix
     * ({@code SOAP-ENV}, {@code tt}, {@code tds}...) without declaring it; such a document is read
     * with the prefix bound to its usual namespace, and with nothing else added.
     */
    public static Document parse(byte[] xml, int maxBytes) {
        if (xml.length > maxBytes) {
            throw new OnvifException.MalformedAnswer("answer of " + xml.length + " bytes exceeds the limit of " + maxBytes, null);
        }
        byte[] attempt = xml;
        for (int repairs = 0; ; repairs++) {
            try {
                return parseOnce(attempt);
            } catch (OnvifException.MalformedAnswer e) {
                Matcher unbound = UNBOUND.matcher(String.valueOf(e.getMessage()));
                String namespace = unbound.find() ? WELL_KNOWN.get(unbound.group(1)) : null;
                if (namespace == null || repairs >= WELL_KNOWN.size()) {
                    throw e;
                }
                attempt = declare(attempt, unbound.group(1), namespace);
            }
        }
    }

    private static final Pattern UNBOUND = Pattern.compile("The prefix \"([A-Za-z_][\\w.-]*)\" for (?:element|attribute) .* is not bound");
    private static final Map<String, String> WELL_KNOWN = Map.ofEntries(
            Map.entry("SOAP-ENV", Soap.ENVELOPE), Map.entry("env", Soap.ENVELOPE), Map.entry("soap", Soap.ENVELOPE), Map.entry("s", Soap.ENVELOPE),
            Map.entry("tt", "http://www.onvif.org/ver10/schema"), Map.entry("tds", "http://www.onvif.org/ver10/device/wsdl"),
            Map.entry("trt", "http://www.onvif.org/ver10/media/wsdl"), Map.entry("tr2", "http://www.onvif.org/ver20/media/wsdl"),
            Map.entry("tptz", "http://www.onvif.org/ver20/ptz/wsdl"), Map.entry("tev", "http://www.onvif.org/ver10/events/wsdl"),
            Map.entry("wsnt", "http://docs.oasis-open.org/wsn/b-2"), Map.entry("ter", "http://www.onvif.org/ver10/error"),
            Map.entry("xsi", "http://www.w3.org/2001/XMLSchema-instance"), Map.entry("xsd", "http://www.w3.org/2001/XMLSchema"));

    /** Adds {@code xmlns:prefix="namespace"} to the root element's start tag. */
    private static byte[] declare(byte[] xml, String prefix, String namespace) {
        String text = new String(xml, StandardCharsets.UTF_8);
        int root = -1;
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            if (i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '_')) {
                root = i;
                break;
            }
        }
        if (root < 0) {
            return xml;
        }
        int nameEnd = root + 1;
        while (nameEnd < text.length() && !Character.isWhitespace(text.charAt(nameEnd)) && text.charAt(nameEnd) != '>' && text.charAt(nameEnd) != '/') {
            nameEnd++;
        }
        String fixed = text.substring(0, nameEnd) + " xmlns:" + prefix + "=\"" + namespace + "\"" + text.substring(nameEnd);
        return fixed.getBytes(StandardCharsets.UTF_8);
    }

    private static Document parseOnce(byte[] xml) {
        DocumentBuilder builder = BUILDERS.get();
        try {
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new OnvifException.MalformedAnswer("not a safe, well-formed XML answer: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new OnvifException.MalformedAnswer("the XML answer could not be read: " + e.getMessage(), e);
        } finally {
            builder.reset();
            builder.setEntityResolver(REFUSE_ENTITIES);
            builder.setErrorHandler(QUIET);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setEntityResolver(REFUSE_ENTITIES);
            builder.setErrorHandler(QUIET);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's hardened XML parser cannot be built", e);
        }
    }

    /** Parses {@code xml} with the default size limit. */
    public static Document parse(byte[] xml) {
        return parse(xml, DEFAULT_MAX_BYTES);
    }

    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
