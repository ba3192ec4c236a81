/** The services behind the device use cases, and the RFC 4180 CSV codec; nothing outside the devices context imports this. */
package io.watchfloor.devices.internal;
