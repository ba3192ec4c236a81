package io.watchfloor.benchmarks;

import io.watchfloor.adapters.onvif.CredentialsProvider;
import io.watchfloor.adapters.onvif.OnvifClient;
import io.watchfloor.adapters.onvif.OnvifSettings;
import io.watchfloor.adapters.onvif.devices.CameraHealth;
import io.watchfloor.adapters.onvif.devices.HealthPoller;
import io.watchfloor.adapters.onvif.devices.OnvifCameraGateway;
import io.watchfloor.devices.CameraEndpoint;
import io.watchfloor.devices.NetworkAddress;
import io.watchfloor.shared.CameraId;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Health polling of {@code cameras} fake ONVIF cameras over real loopback HTTP (one fake server,
 * a path per camera), {@code slow} of which answer nothing for a minute: every camera is asked the
 * five questions of the {@code CameraGateway} through {@link OnvifCameraGateway}, whose per-call
 * deadline is {@link #TIMEOUT}. {@code parallel} polls with {@link #WORKERS} workers, {@code
 * sequential} (the baseline, same run) one camera after another. Each operation is one whole poll;
 * the parallel one should stay within the slow cameras' timeout plus 10 %.
 *
 * <p>Run: {@code mvn -B -q -Pbench -pl benchmarks -am package -DskipTests -Djmh.args="CameraHealthPolling -f 1"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class CameraHealthPollingBenchmark {

    /** The slow cameras' timeout: the per-call deadline, also the poller's per-camera deadline. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** How many cameras the parallel poll asks at once. */
    static final int WORKERS = 64;

    @Param("1000")
    public int cameras;

    @Param("10")
    public int slow;

    private FakeCameraFarm farm;
    private OnvifClient client;
    private HealthPoller parallelPoller;
    private HealthPoller sequentialPoller;
    private List<CameraEndpoint> endpoints;

    @Setup(Level.Trial)
    public void start() throws IOException {
        Set<Integer> slowOnes = new HashSet<>();
        for (int i = 0; i < slow; i++) {
            slowOnes.add(i * (cameras / slow) + cameras / (2 * slow));
        }
        farm = new FakeCameraFarm(slowOnes, Duration.ofSeconds(60));
        client = new OnvifClient(OnvifSettings.defaults().withTimeout(TIMEOUT).withMaxConnections(WORKERS * 2), Clock.systemUTC());
        endpoints = new ArrayList<>();
        Map<CameraEndpoint, URI> addresses = new HashMap<>();
        for (int n = 0; n < cameras; n++) {
            CameraEndpoint e = new CameraEndpoint(CameraId.newId(), new NetworkAddress("127.0.0.1"), null);
            endpoints.add(e);
            addresses.put(e, farm.deviceService(n));
        }
        OnvifCameraGateway gateway = new OnvifCameraGateway(client, CredentialsProvider.none(), addresses::get);
        Duration backstop = TIMEOUT.plusMillis(TIMEOUT.toMillis() / 20);
        parallelPoller = new HealthPoller(gateway, WORKERS, backstop);
        sequentialPoller = new HealthPoller(gateway, 1, backstop);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        parallelPoller.close();
        sequentialPoller.close();
        client.close();
        farm.close();
    }

    @Benchmark
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public List<CameraHealth> parallel() {
        return checked(parallelPoller.poll(endpoints));
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Timeout(time = 40, timeUnit = TimeUnit.MINUTES)
    public List<CameraHealth> sequential() {
        return checked(sequentialPoller.poll(endpoints));
    }

    /**
     * Prints what the poll found, so a figure can be read with it: how many of the fast cameras
     * came back healthy (on an overloaded machine some exceed the per-camera deadline) and whether a
     * slow one was wrongly seen reachable, which would make the figure meaningless.
     */
    private List<CameraHealth> checked(List<CameraHealth> health) {
        long healthy = health.stream().filter(h -> h.reachable() && h.stream().answer().map(s -> s.available()).orElse(false)
                && h.storage().answer().isPresent()).count();
        long slowestFast = health.stream().filter(CameraHealth::reachable).mapToLong(h -> h.took().toMillis()).max().orElse(0);
        long reachable = health.stream().filter(CameraHealth::reachable).count();
        if (reachable > cameras - slow) {
            throw new IllegalStateException("a slow camera answered in time: the fake is broken");
        }
        System.out.printf("[poll: %d of %d fast cameras healthy, slowest fast camera %d ms] ", healthy, cameras - slow, slowestFast);
        return health;
    }
}
