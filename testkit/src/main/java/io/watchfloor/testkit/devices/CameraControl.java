package io.watchfloor.testkit.devices;

import io.watchfloor.devices.CameraEndpoint;
import io.watchfloor.devices.PictureProblem;
import io.watchfloor.devices.StorageState;
import java.time.Duration;
import java.util.Set;

/**
 * One fake camera as a {@link CameraGatewayContract} drives it: the in-memory {@link ScriptedCamera}
 * implements it directly; the ONVIF adapter's test implements it over its fake SOAP camera on a
 * loopback socket. A new camera is online, its clock in step, its stream up, its picture good and
 * its storage working.
 */
public interface CameraControl {

    /** {@return where the gateway reaches this camera} */
    CameraEndpoint endpoint();

    /** Stops answering at all. */
    void goOffline();

    /** Answers again. */
    void comeBack();

    /**
     * Runs its clock {@code offset} ahead (negative: behind) of the true time.
     *
     * @param offset how far its clock is off, ahead when positive
     */
    void setClockOffset(Duration offset);

    /**
     * Its main stream stops playing.
     *
     * @param why what the camera reports
     */
    void stopStream(String why);

    /**
     * Its picture analysis reports these problems (none: a good picture).
     *
     * @param problems what is wrong with the picture; empty when it is fine
     */
    void reportPicture(Set<PictureProblem> problems);

    /** It offers no picture analysis. */
    void withoutPictureAnalysis();

    /**
     * Its storage is in this state.
     *
     * @param storage its storage as the camera reports it
     */
    void setStorage(StorageState storage);

    /** It offers no storage information. */
    void withoutStorage();

    /** It refuses the credentials it is given. */
    void refuseCredentials();
}
