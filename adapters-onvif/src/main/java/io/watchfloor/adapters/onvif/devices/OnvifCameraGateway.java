package io.watchfloor.adapters.onvif.devices;

import io.watchfloor.adapters.onvif.CameraObservation;
import io.watchfloor.adapters.onvif.CredentialsProvider;
import io.watchfloor.adapters.onvif.DeviceTime;
import io.watchfloor.adapters.onvif.MediaProfile;
import io.watchfloor.adapters.onvif.Notification;
import io.watchfloor.adapters.onvif.OnvifClient;
import io.watchfloor.adapters.onvif.OnvifDevice;
import io.watchfloor.adapters.onvif.OnvifEvents;
import io.watchfloor.adapters.onvif.RtspProbe;
import io.watchfloor.adapters.onvif.StorageInformation;
import io.watchfloor.adapters.onvif.Subscription;
import io.watchfloor.adapters.onvif.soap.Credentials;
import io.watchfloor.adapters.onvif.soap.OnvifException;
import io.watchfloor.devices.CameraEndpoint;
import io.watchfloor.devices.ClockReading;
import io.watchfloor.devices.GatewayError;
import io.watchfloor.devices.GatewayResult;
import io.watchfloor.devices.PictureProblem;
import io.watchfloor.devices.PictureState;
import io.watchfloor.devices.StorageCondition;
import io.watchfloor.devices.StorageState;
import io.watchfloor.devices.StreamState;
import io.watchfloor.devices.port.out.CameraGateway;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CameraGateway} over ONVIF. A camera's device service is at
 * {@code http://<address><devicePath>} ({@code /onvif/device_service} by default); its password
 * comes from the {@link CredentialsProvider} by the endpoint's credentials reference.
 *
 * <ul>
 *   <li>{@code ping}: an unauthenticated GetSystemDateAndTime, timed.</li>
 *   <li>{@code clock}: the service addresses (an authenticated call, once per camera), then
 *       GetSystemDateAndTime against our clock at the middle of the round trip.</li>
 *   <li>{@code stream}: the first profile's RTSP URI (Media2 where offered), probed with RTSP OPTIONS.</li>
 *   <li>{@code picture}: the picture topics the camera raises (GetEventProperties: tamper, video
 *       loss, too dark, too blurry, scene change...), their current state from a short pull-point
 *       subscription; {@code NotSupported} when it raises none.</li>
 *   <li>{@code storage}: GetStorageConfigurations, with capacity and free space where the camera
 *       tells them; {@code NotSupported} when it has no storage or does not tell them.</li>
 * </ul>
 * No call throws: every failure is a {@link GatewayError}, and none lasts longer than the client's timeout
 * (the picture's pull adds its one-second wait).
 */
public final class OnvifCameraGateway implements CameraGateway {

    /** Where ONVIF devices keep their device service, by the specification's recommendation. */
    public static final String DEFAULT_DEVICE_PATH = "/onvif/device_service";

    private static final Logger LOG = LoggerFactory.getLogger(OnvifCameraGateway.class);
    private static final String PICTURE_TOPICS = "tns1:VideoSource//.|tns1:RuleEngine//.";

    private final OnvifClient client;
    private final CredentialsProvider credentials;
    private final Function<CameraEndpoint, URI> deviceService;
    private final Map<CameraEndpoint, OnvifDevice> devices = new ConcurrentHashMap<>();

    /** A gateway over {@code client}, finding passwords in {@code credentials}, devices at {@link #DEFAULT_DEVICE_PATH}. */
    public OnvifCameraGateway(OnvifClient client, CredentialsProvider credentials) {
        this(client, credentials, DEFAULT_DEVICE_PATH);
    }

    /** The same with another device service path on every camera. */
    public OnvifCameraGateway(OnvifClient client, CredentialsProvider credentials, String devicePath) {
        this(client, credentials, at(devicePath));
    }

    /** The same with the device service of each camera wherever {@code deviceService} says (cameras on odd paths, one server for many). */
    public OnvifCameraGateway(OnvifClient client, CredentialsProvider credentials, Function<CameraEndpoint, URI> deviceService) {
        this.client = Objects.requireNonNull(client, "client");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.deviceService = Objects.requireNonNull(deviceService, "deviceService");
    }

    private static Function<CameraEndpoint, URI> at(String devicePath) {
        String path = devicePath.startsWith("/") ? devicePath : "/" + devicePath;
        return camera -> URI.create("http://" + camera.address().value() + path);
    }

    @Override
    public GatewayResult<Duration> ping(CameraEndpoint camera) {
        return attempt(camera, "reachability", d -> d.systemDateAndTime().roundTrip());
    }

    @Override
    public GatewayResult<ClockReading> clock(CameraEndpoint camera) {
        return attempt(camera, "the clock", d -> {
            d.services();
            DeviceTime time = d.systemDateAndTime();
            return new ClockReading(time.deviceTime(), time.readAt());
        });
    }

    @Override
    public GatewayResult<StreamState> stream(CameraEndpoint camera) {
        return attempt(camera, "a media stream", d -> {
            List<MediaProfile> profiles = d.profiles();
            Optional<MediaProfile> main = profiles.stream().filter(p -> !p.encoding().isEmpty()).findFirst().or(() -> profiles.stream().findFirst());
            if (main.isEmpty()) {
                return StreamState.down("the camera has no media profile");
            }
            URI uri = d.streamUri(main.get().token());
            return RtspProbe.probe(uri, client.settings().timeout());
        });
    }

    @Override
    public GatewayResult<PictureState> picture(CameraEndpoint camera) {
        return attempt(camera, "picture analysis", d -> {
            OnvifEvents events = d.events();
            boolean analyses = events.topics().stream().anyMatch(t -> CameraObservation.problemOf(t).isPresent());
            if (!analyses) {
                throw new OnvifException.Fault(200, "Receiver", "ActionNotSupported", "the camera raises no picture events");
            }
            Subscription subscription = events.subscribe(Optional.of(PICTURE_TOPICS), Duration.ofSeconds(30));
            Set<PictureProblem> problems = EnumSet.noneOf(PictureProblem.class);
            try {
                for (Notification n : events.pull(subscription, Duration.ofSeconds(1), 100)) {
                    CameraObservation.of(n, java.time.Instant.EPOCH).ifPresent(o -> {
                        if (o instanceof CameraObservation.Picture p) {
                            if (p.active()) {
                                problems.add(p.problem());
                            } else {
                                problems.remove(p.problem());
                            }
                        }
                    });
                }
            } finally {
                try {
                    events.unsubscribe(subscription);
                } catch (OnvifException e) {
                    LOG.debug("unsubscribing from {}: {}", camera.address(), e.getMessage());
                }
            }
            return new PictureState(problems);
        });
    }

    @Override
    public GatewayResult<StorageState> storage(CameraEndpoint camera) {
        return attempt(camera, "storage information", d -> {
            List<StorageInformation> storage = d.storage();
            if (storage.isEmpty()) {
                throw new OnvifException.Fault(200, "Receiver", "ActionNotSupported", "the camera has no storage");
            }
            StorageInformation s = storage.get(0);
            if (s.capacityBytes().isEmpty() || s.freeBytes().isEmpty()) {
                throw new OnvifException.Fault(200, "Receiver", "ActionNotSupported", "the camera does not tell its storage capacity");
            }
            long capacity = s.capacityBytes().getAsLong();
            long free = Math.min(capacity, s.freeBytes().getAsLong());
            return new StorageState(capacity, free, condition(s.status(), capacity, free));
        });
    }

    private static StorageCondition condition(String status, long capacity, long free) {
        String st = status.toLowerCase(Locale.ROOT);
        if (st.contains("fail") || st.contains("error") || st.contains("broken")) {
            return StorageCondition.FAILED;
        }
        if (st.contains("absent") || st.contains("missing") || st.contains("notexist") || capacity == 0) {
            return StorageCondition.ABSENT;
        }
        return st.contains("full") || free == 0 ? StorageCondition.FULL : StorageCondition.OK;
    }

    /** The ONVIF device behind an endpoint (kept, so its skew and service addresses are asked once). */
    public OnvifDevice device(CameraEndpoint camera) {
        return devices.computeIfAbsent(camera, c -> client.device(deviceService.apply(c), lookup(c)));
    }

    private Optional<Credentials> lookup(CameraEndpoint camera) {
        return camera.credentialsReference().flatMap(credentials::lookup);
    }

    private interface Question<T> {
        T ask(OnvifDevice device);
    }

    private <T> GatewayResult<T> attempt(CameraEndpoint camera, String capability, Question<T> question) {
        Objects.requireNonNull(camera, "camera");
        if (camera.credentialsReference().isPresent() && lookup(camera).isEmpty()) {
            return GatewayResult.failed(new GatewayError.AuthenticationRefused(
                    "the secret store has no credentials for " + camera.credentialsReference().get()));
        }
        OnvifDevice device = device(camera);
        try {
            return GatewayResult.ok(question.ask(device));
        } catch (OnvifException e) {
            if (e instanceof OnvifException.Unreachable || e instanceof OnvifException.TimedOut) {
                device.forgetServices();
            }
            return GatewayResult.failed(error(e, capability));
        } catch (RuntimeException e) {
            LOG.warn("unexpected failure asking {} about {}", camera.address(), capability, e);
            return GatewayResult.failed(new GatewayError.ProtocolError("unexpected failure asking about " + capability + ": " + e));
        }
    }

    /** The gateway error an ONVIF failure means; {@code capability} names what was asked for. */
    public static GatewayError error(OnvifException e, String capability) {
        if (e instanceof OnvifException.Unreachable u) {
            return new GatewayError.Unreachable(u.getMessage());
        }
        if (e instanceof OnvifException.TimedOut t) {
            return new GatewayError.TimedOut(t.after());
        }
        if (e instanceof OnvifException.AuthenticationRefused a) {
            return new GatewayError.AuthenticationRefused(a.getMessage());
        }
        if (e instanceof OnvifException.Fault f && f.meansNotSupported()) {
            return new GatewayError.NotSupported(capability);
        }
        return new GatewayError.ProtocolError(e.getMessage());
    }

}
