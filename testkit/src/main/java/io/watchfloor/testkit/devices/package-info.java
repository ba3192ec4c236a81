/**
 * The devices context in memory: every store port, a scripted fake camera gateway, the contract
 * suites every adapter of these ports must pass ({@code DevicesContract}, {@code CameraGatewayContract}, ...),
 * and generators of devices, repair and change commands for the property engine.
 */
package io.watchfloor.testkit.devices;
