package io.watchfloor.adapters.onvif;

import io.watchfloor.adapters.onvif.soap.OnvifException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to one device's events for as long as it runs: subscribes to a pull point with a topic
 * filter, pulls in a loop, renews when half the subscription's time has passed, and resubscribes
 * when the device drops the connection, forgets the subscription or refuses a renewal. Each
 * notification goes to the sink; {@link #close()} unsubscribes.
 */
public final class EventPump implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventPump.class);

    private final OnvifDevice device;
    private final Optional<String> filter;
    private final Duration termination;
    private final Duration pullWait;
    private final Duration retryDelay;
    private final Consumer<Notification> sink;
    private final Clock clock;
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final AtomicInteger renewals = new AtomicInteger();
    private volatile boolean running;
    private volatile Thread thread;
    private Subscription subscription;
    private Instant ends;

    /**
     * A pump for {@code device}, subscribing for {@code termination} at a time and waiting up to
     * {@code pullWait} per pull; after a failure it waits {@code retryDelay} before subscribing again.
     */
    public EventPump(OnvifDevice device, Optional<String> filter, Duration termination, Duration pullWait, Duration retryDelay,
            Consumer<Notification> sink, Clock clock) {
        this.device = Objects.requireNonNull(device, "device");
        this.filter = Objects.requireNonNull(filter, "filter");
        this.termination = Objects.requireNonNull(termination, "termination");
        this.pullWait = Objects.requireNonNull(pullWait, "pullWait");
        this.retryDelay = Objects.requireNonNull(retryDelay, "retryDelay");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Starts pulling on a daemon thread. */
    public synchronized EventPump start() {
        if (thread == null) {
            running = true;
            thread = new Thread(this::run, "onvif-events-" + device.address().getHost());
            thread.setDaemon(true);
            thread.start();
        }
        return this;
    }

    private void run() {
        while (running) {
            try {
                step();
            } catch (OnvifException e) {
                LOG.info("events of {}: {}; subscribing again", device.address(), e.getMessage());
                subscription = null;
                pause();
            }
        }
    }

    /** One turn of the loop: subscribe if needed, renew if due, pull once. */
    void step() {
        OnvifEvents events = device.events();
        if (subscription == null) {
            subscription = events.subscribe(filter, termination);
            Duration granted = Duration.between(subscription.currentTime(), subscription.terminationTime());
            ends = clock.instant().plus(granted.isNegative() || granted.isZero() ? termination : granted);
            subscriptions.incrementAndGet();
        }
        if (!clock.instant().isBefore(ends.minus(termination.dividedBy(2)))) {
            try {
                events.renew(subscription, termination);
                ends = clock.instant().plus(termination);
                renewals.incrementAndGet();
            } catch (OnvifException.Fault refused) {
                LOG.info("{} refused to renew ({}); subscribing again", device.address(), refused.getMessage());
                subscription = null;
                return;
            }
        }
        for (Notification n : events.pull(subscription, pullWait, 100)) {
            sink.accept(n);
        }
    }

    private void pause() {
        try {
            Thread.sleep(retryDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** How many times it subscribed (1 while nothing went wrong). */
    public int subscriptions() {
        return subscriptions.get();
    }

    /** How many renewals the device accepted. */
    public int renewals() {
        return renewals.get();
    }

    /** Stops the loop and unsubscribes. */
    @Override
    public void close() {
        running = false;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(pullWait.plus(device.settings().timeout()).toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Subscription s = subscription;
        if (s != null) {
            try {
                device.events().unsubscribe(s);
            } catch (OnvifException e) {
                LOG.debug("unsubscribing from {}: {}", device.address(), e.getMessage());
            }
        }
    }
}
