/**
 * The devices context's outbound ports: the stores of the archive and its records (plural nouns)
 * and the {@link io.watchfloor.devices.port.out.CameraGateway} to the cameras themselves.
 */
package io.watchfloor.devices.port.out;
