/**
 * Devices (DEVICE-01..07): the device archive with its change history and import and export as rows,
 * inspection schedules and records, fault reports and repair orders, approved changes and the
 * violations of unapproved ones, camera health seen through the {@code CameraGateway}, servicing
 * and firmware records, and the prohibited places where no camera may record.
 */
package io.watchfloor.devices;
