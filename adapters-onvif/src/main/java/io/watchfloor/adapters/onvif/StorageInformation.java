package io.watchfloor.adapters.onvif;

import java.util.OptionalLong;

/**
 * One storage configuration of the device (GetStorageConfigurations): its token, type and local
 * path; capacity and free space and a status where the device tells them in the configuration's
 * extension (ONVIF standardises no capacity field, see {@link OnvifParsers#storage}).
 */
public record StorageInformation(String token, String type, String localPath, OptionalLong capacityBytes, OptionalLong freeBytes, String status) {
}
