package io.watchfloor.adapters.onvif.soap;

import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** SOAP 1.2 envelopes out, bodies and faults in. */
public final class Soap {

    /** SOAP 1.2's envelope namespace. */
    public static final String ENVELOPE = "http://www.w3.org/2003/05/soap-envelope";
    /** SOAP 1.1's, which some devices still use for faults. */
    public static final String ENVELOPE_11 = "http://schemas.xmlsoap.org/soap/envelope/";

    private Soap() {
    }

    /** An envelope with this header content (may be empty) and body content. */
    public static String envelope(String header, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope">\
                %s<s:Body>%s</s:Body></s:Envelope>""".formatted(header.isEmpty() ? "" : "<s:Header>" + header + "</s:Header>", body);
    }

    /** The envelope's body element (SOAP 1.2, or 1.1 from old firmware). */
    public static Element body(Document answer) {
        Optional<Element> body = Xml.first(answer, ENVELOPE, "Body").or(() -> Xml.first(answer, ENVELOPE_11, "Body"));
        Element root = answer.getDocumentElement();
        if (body.isEmpty() || !"Envelope".equals(root.getLocalName())) {
            throw new OnvifException.MalformedAnswer("the answer is not a SOAP envelope (root " + root.getLocalName() + ")", null);
        }
        return body.get();
    }

    /** The first element inside the body: the operation's response, or a fault. */
    public static Element payload(Document answer) {
        return Xml.elements(body(answer)).stream().findFirst()
                .orElseThrow(() -> new OnvifException.MalformedAnswer("the SOAP body is empty", null));
    }

    /** The fault in {@code answer}, if its body holds one. */
    public static Optional<OnvifException.Fault> fault(Document answer, int httpStatus) {
        Element payload = Xml.elements(body(answer)).stream().findFirst().orElse(null);
        if (payload == null || !"Fault".equals(payload.getLocalName())) {
            return Optional.empty();
        }
        // SOAP 1.2: Code/Value, Code/Subcode/Value..., Reason/Text; SOAP 1.1: faultcode, faultstring.
        String code = Xml.text(payload, "Code", "Value").or(() -> Xml.text(payload, "faultcode")).map(Soap::localPart).orElse("Unknown");
        String subcode = "";
        Optional<Element> sub = Xml.path(payload, "Code", "Subcode");
        while (sub.isPresent()) {
            subcode = Xml.text(sub.get(), "Value").map(Soap::localPart).orElse(subcode);
            sub = Xml.child(sub.get(), "Subcode");
        }
        String reason = Xml.text(payload, "Reason", "Text").or(() -> Xml.text(payload, "faultstring")).orElse("");
        return Optional.of(new OnvifException.Fault(httpStatus, code, subcode, reason));
    }

    private static String localPart(String qname) {
        int colon = qname.lastIndexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }
}
