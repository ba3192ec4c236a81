/**
 * The devices context's {@link io.watchfloor.devices.port.out.CameraGateway} over ONVIF, and health
 * polling of many cameras at once with bounded concurrency and per-device deadlines.
 */
package io.watchfloor.adapters.onvif.devices;
