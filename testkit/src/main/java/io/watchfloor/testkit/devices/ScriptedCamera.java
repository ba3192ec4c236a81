package io.watchfloor.testkit.devices;

import io.watchfloor.devices.CameraEndpoint;
import io.watchfloor.devices.PictureProblem;
import io.watchfloor.devices.StorageCondition;
import io.watchfloor.devices.StorageState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A fake camera in memory, served by {@link ScriptedCameraGateway}: set its state now, or script
 * changes for later ({@code camera.at(tuesday2pm, CameraControl::goOffline)}), which take effect
 * as soon as the gateway's clock reaches them.
 */
public final class ScriptedCamera implements CameraControl {

    private final CameraEndpoint endpoint;
    private final List<Scripted> script = new ArrayList<>();
    private boolean online = true;
    private boolean refusesCredentials;
    private Duration clockOffset = Duration.ZERO;
    private String streamDown;
    private Set<PictureProblem> picture = Set.of();
    private StorageState storage = new StorageState(256L << 30, 200L << 30, StorageCondition.OK);
    private int calls;

    private record Scripted(Instant at, Consumer<ScriptedCamera> change) {
    }

    ScriptedCamera(CameraEndpoint endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /**
     * Scripts a change for {@code when}; it applies at the first call at or after it.
     *
     * @param when from when
     * @param change what changes
     * @return this camera
     */
    public synchronized ScriptedCamera at(Instant when, Consumer<ScriptedCamera> change) {
        script.add(new Scripted(when, change));
        script.sort(Comparator.comparing(Scripted::at));
        return this;
    }

    synchronized void catchUp(Instant now) {
        while (!script.isEmpty() && !script.get(0).at().isAfter(now)) {
            script.remove(0).change().accept(this);
        }
        calls++;
    }

    @Override
    public CameraEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public synchronized void goOffline() {
        online = false;
    }

    @Override
    public synchronized void comeBack() {
        online = true;
    }

    @Override
    public synchronized void setClockOffset(Duration offset) {
        clockOffset = Objects.requireNonNull(offset, "offset");
    }

    @Override
    public synchronized void stopStream(String why) {
        streamDown = why == null ? "" : why;
    }

    /** Its stream plays again. */
    public synchronized void startStream() {
        streamDown = null;
    }

    @Override
    public synchronized void reportPicture(Set<PictureProblem> problems) {
        picture = Set.copyOf(problems);
    }

    @Override
    public synchronized void withoutPictureAnalysis() {
        picture = null;
    }

    @Override
    public synchronized void setStorage(StorageState state) {
        storage = Objects.requireNonNull(state, "state");
    }

    @Override
    public synchronized void withoutStorage() {
        storage = null;
    }

    @Override
    public synchronized void refuseCredentials() {
        refusesCredentials = true;
    }

    /** It accepts its credentials again. */
    public synchronized void acceptCredentials() {
        refusesCredentials = false;
    }

    synchronized boolean online() {
        return online;
    }

    synchronized boolean refusesCredentials() {
        return refusesCredentials;
    }

    synchronized Duration clockOffset() {
        return clockOffset;
    }

    synchronized String streamDown() {
        return streamDown;
    }

    synchronized Set<PictureProblem> picture() {
        return picture;
    }

    synchronized StorageState storage() {
        return storage;
    }

    /** {@return how many gateway calls reached this camera} */
    public synchronized int calls() {
        return calls;
    }
}
