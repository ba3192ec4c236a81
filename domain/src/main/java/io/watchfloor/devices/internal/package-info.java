/** The services behind the device use cases; nothing outside the devices context imports this. */
package io.watchfloor.devices.internal;
