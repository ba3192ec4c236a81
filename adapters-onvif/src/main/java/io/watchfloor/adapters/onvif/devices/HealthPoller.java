package io.watchfloor.adapters.onvif.devices;

import io.watchfloor.devices.CameraEndpoint;
import io.watchfloor.devices.ClockReading;
import io.watchfloor.devices.GatewayError;
import io.watchfloor.devices.GatewayResult;
import io.watchfloor.devices.PictureState;
import io.watchfloor.devices.StorageState;
import io.watchfloor.devices.StreamState;
import io.watchfloor.devices.port.out.CameraGateway;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Polls the health of many cameras through a {@link CameraGateway} at once: at most
 * {@code concurrency} cameras are asked at a time, each camera gets {@code perDeviceTimeout} from
 * the moment its turn comes, and a slow camera holds one worker only, never the others. A camera
 * still unanswered at its deadline is {@code TimedOut} on every question it had not answered. For a
 * sequential baseline use a concurrency of 1.
 */
public final class HealthPoller implements AutoCloseable {

    private final CameraGateway gateway;
    private final int concurrency;
    private final Duration perDeviceTimeout;
    private final ExecutorService workers;

    /** A poller over {@code gateway} with this many workers and this deadline per camera. */
    public HealthPoller(CameraGateway gateway, int concurrency, Duration perDeviceTimeout) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.concurrency = concurrency;
        this.perDeviceTimeout = Objects.requireNonNull(perDeviceTimeout, "perDeviceTimeout");
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "onvif-health-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Polls every camera once; the answer keeps their order. */
    public List<CameraHealth> poll(List<CameraEndpoint> cameras) {
        List<Task> tasks = new ArrayList<>(cameras.size());
        for (CameraEndpoint camera : cameras) {
            Task task = new Task(camera);
            task.future = workers.submit(task::run);
            tasks.add(task);
        }
        List<CameraHealth> out = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            out.add(task.await());
        }
        return out;
    }

    /** The poll as a map by endpoint. */
    public Map<CameraEndpoint, CameraHealth> pollByCamera(List<CameraEndpoint> cameras) {
        Map<CameraEndpoint, CameraHealth> out = new LinkedHashMap<>();
        for (CameraHealth h : poll(cameras)) {
            out.put(h.camera(), h);
        }
        return out;
    }

    /** The worker count. */
    public int concurrency() {
        return concurrency;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** One camera's poll: its answers so far, and when its turn came. */
    private final class Task {
        private final CameraEndpoint camera;
        private volatile long startedNanos;
        private volatile long finishedNanos;
        private volatile GatewayResult<Duration> ping;
        private volatile GatewayResult<ClockReading> clock;
        private volatile GatewayResult<StreamState> stream;
        private volatile GatewayResult<PictureState> picture;
        private volatile GatewayResult<StorageState> storage;
        private Future<?> future;

        Task(CameraEndpoint camera) {
            this.camera = camera;
        }

        void run() {
            startedNanos = System.nanoTime();
            try {
                ask();
            } finally {
                finishedNanos = System.nanoTime();
            }
        }

        private void ask() {
            ping = gateway.ping(camera);
            if (ping.failure().isPresent()) {
                GatewayError e = ping.failure().get();
                clock = GatewayResult.failed(e);
                stream = GatewayResult.failed(e);
                picture = GatewayResult.failed(e);
                storage = GatewayResult.failed(e);
                return;
            }
            clock = gateway.clock(camera);
            stream = gateway.stream(camera);
            picture = gateway.picture(camera);
            storage = gateway.storage(camera);
        }

        CameraHealth await() {
            try {
                while (startedNanos == 0 && !future.isDone()) {
                    try {
                        future.get(10, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException notYetStarted) {
                        // waiting for a worker: its own deadline has not begun
                    }
                }
                long left = startedNanos + perDeviceTimeout.toNanos() - System.nanoTime();
                future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
            } catch (ExecutionException e) {
                future.cancel(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
            }
            GatewayError late = new GatewayError.TimedOut(perDeviceTimeout);
            long end = finishedNanos == 0 ? System.nanoTime() : finishedNanos;
            long took = startedNanos == 0 ? 0 : end - startedNanos;
            return new CameraHealth(camera, orLate(ping, late), orLate(clock, late), orLate(stream, late), orLate(picture, late),
                    orLate(storage, late), Duration.ofNanos(Math.min(took, perDeviceTimeout.toNanos() + TimeUnit.MILLISECONDS.toNanos(50))));
        }
    }

    private static <T> GatewayResult<T> orLate(GatewayResult<T> result, GatewayError late) {
        return result == null ? GatewayResult.failed(late) : result;
    }
}
