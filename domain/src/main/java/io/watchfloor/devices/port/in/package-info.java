/** The device use cases and their commands (DEVICE-01..07). */
package io.watchfloor.devices.port.in;
