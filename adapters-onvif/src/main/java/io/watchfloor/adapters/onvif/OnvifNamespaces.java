package io.watchfloor.adapters.onvif;

/** The namespaces of the ONVIF services this client speaks, and of WS-* around them. */
public final class OnvifNamespaces {

    /** Device management. */
    public static final String DEVICE = "http://www.onvif.org/ver10/device/wsdl";
    /** Media (Profile S). */
    public static final String MEDIA = "http://www.onvif.org/ver10/media/wsdl";
    /** Media2 (Profile T). */
    public static final String MEDIA2 = "http://www.onvif.org/ver20/media/wsdl";
    /** PTZ. */
    public static final String PTZ = "http://www.onvif.org/ver20/ptz/wsdl";
    /** Events. */
    public static final String EVENTS = "http://www.onvif.org/ver10/events/wsdl";
    /** Recording control (Profile G). */
    public static final String RECORDING = "http://www.onvif.org/ver10/recording/wsdl";
    /** Recording search (Profile G). */
    public static final String SEARCH = "http://www.onvif.org/ver10/search/wsdl";
    /** Replay (Profile G). */
    public static final String REPLAY = "http://www.onvif.org/ver10/replay/wsdl";
    /** The common schema. */
    public static final String SCHEMA = "http://www.onvif.org/ver10/schema";
    /** WS-BaseNotification. */
    public static final String WSNT = "http://docs.oasis-open.org/wsn/b-2";
    /** WS-Addressing 1.0. */
    public static final String WSA = "http://www.w3.org/2005/08/addressing";
    /** WS-Discovery 2005/04, which ONVIF uses. */
    public static final String DISCOVERY = "http://schemas.xmlsoap.org/ws/2005/04/discovery";

    private OnvifNamespaces() {
    }
}
