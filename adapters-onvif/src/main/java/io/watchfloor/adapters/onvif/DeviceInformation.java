package io.watchfloor.adapters.onvif;

/** What GetDeviceInformation tells; a field the device leaves out is empty. */
public record DeviceInformation(String manufacturer, String model, String firmwareVersion, String serialNumber, String hardwareId) {
}
