package io.watchfloor.adapters.onvif;

import io.watchfloor.adapters.onvif.soap.Xml;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Document;

/**
 * Pull-point events of one device: subscribe with a topic filter, pull, renew, unsubscribe. For a
 * long-running listener that renews and resubscribes by itself, see {@link EventPump}.
 */
public final class OnvifEvents {

    private static final String CONCRETE_SET = "http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet";

    private final OnvifDevice device;
    private final URI address;

    OnvifEvents(OnvifDevice device, URI address) {
        this.device = Objects.requireNonNull(device, "device");
        this.address = Objects.requireNonNull(address, "address");
    }

    /** Creates a pull point for the topics {@code filter} names (ConcreteSet dialect, such as {@code tns1:VideoSource//.}), or all when empty. */
    public Subscription subscribe(Optional<String> filter, Duration termination) {
        String content = filter.map(f -> "<tev:Filter><wsnt:TopicExpression xmlns:wsnt=\"" + OnvifNamespaces.WSNT
                        + "\" xmlns:tns1=\"http://www.onvif.org/ver10/topics\" Dialect=\"" + CONCRETE_SET + "\">" + Xml.escape(f) + "</wsnt:TopicExpression></tev:Filter>")
                .orElse("") + "<tev:InitialTerminationTime>" + termination + "</tev:InitialTerminationTime>";
        Subscription s = OnvifParsers.subscription(device.call(address, OnvifNamespaces.EVENTS, "tev", "CreatePullPointSubscription", content, true, ""));
        return new Subscription(device.reachable(s.address()), s.currentTime(), s.terminationTime());
    }

    /** GetEventProperties: the topics the device can raise, as paths of local names ({@code VideoSource/SignalLoss}). */
    public List<String> topics() {
        Document answer = device.call(address, OnvifNamespaces.EVENTS, "tev", "GetEventProperties", "", true, "");
        Optional<org.w3c.dom.Element> set = Xml.child(OnvifParsers.response(answer, "GetEventPropertiesResponse"), "TopicSet");
        java.util.List<String> out = new java.util.ArrayList<>();
        set.ifPresent(s -> leaves(s, "", out));
        return out;
    }

    private static void leaves(org.w3c.dom.Element parent, String path, List<String> out) {
        for (org.w3c.dom.Element child : Xml.elements(parent)) {
            if (child.getLocalName().equals("MessageDescription") || child.getLocalName().equals("Documentation")) {
                continue;
            }
            String here = path.isEmpty() ? child.getLocalName() : path + "/" + child.getLocalName();
            if ("true".equals(child.getAttributeNS("http://docs.oasis-open.org/wsn/t-1", "topic"))) {
                out.add(here);
            }
            leaves(child, here, out);
        }
    }

    /** Waits up to {@code wait} for at most {@code limit} notifications. */
    public List<Notification> pull(Subscription subscription, Duration wait, int limit) {
        Document answer = device.call(subscription.address(), OnvifNamespaces.EVENTS, "tev", "PullMessages",
                "<tev:Timeout>" + wait + "</tev:Timeout><tev:MessageLimit>" + limit + "</tev:MessageLimit>", true,
                addressing(subscription, OnvifNamespaces.EVENTS + "/PullPointSubscription/PullMessagesRequest"),
                wait.plus(device.settings().timeout()));
        return OnvifParsers.notifications(answer);
    }

    /** Extends the subscription by {@code termination}; returns its new end (device time), as told or estimated. */
    public Instant renew(Subscription subscription, Duration termination) {
        Document answer = device.call(subscription.address(), OnvifNamespaces.WSNT, "wsnt", "Renew",
                "<wsnt:TerminationTime>" + termination + "</wsnt:TerminationTime>", true,
                addressing(subscription, "http://docs.oasis-open.org/wsn/bw-2/SubscriptionManager/RenewRequest"));
        return OnvifParsers.renewed(answer).orElse(Instant.now().plus(device.skew()).plus(termination));
    }

    /** Ends the subscription. */
    public void unsubscribe(Subscription subscription) {
        device.call(subscription.address(), OnvifNamespaces.WSNT, "wsnt", "Unsubscribe", "", true,
                addressing(subscription, "http://docs.oasis-open.org/wsn/bw-2/SubscriptionManager/UnsubscribeRequest"));
    }

    private static String addressing(Subscription subscription, String action) {
        return "<wsa:Action xmlns:wsa=\"" + OnvifNamespaces.WSA + "\">" + action + "</wsa:Action><wsa:To xmlns:wsa=\"" + OnvifNamespaces.WSA + "\">"
                + Xml.escape(subscription.address().toString()) + "</wsa:To>";
    }
}
