package io.watchfloor.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The device policy holds the catalogue's numbers with their defaults")
class DevicePolicyTest {

    @Test
    @Tag("DEVICE-05")
    @Tag("DEVICE-02")
    @DisplayName("defaults: 5 s clock drift, 15 min before a fault, 10 % free storage, inspections every 8 h, 7 and 31 days")
    void defaults() {
        DevicePolicy policy = DevicePolicy.DEFAULT;

        assertEquals(Duration.ofSeconds(5), policy.maxClockDrift());
        assertEquals(Duration.ofMinutes(15), policy.faultAfter());
        assertEquals(10, policy.minFreeStoragePercent());
        assertEquals(Duration.ofHours(8), policy.interval(InspectionFrequency.AT_SHIFT_START));
        assertEquals(Duration.ofDays(7), policy.interval(InspectionFrequency.WEEKLY));
        assertEquals(Duration.ofDays(31), policy.interval(InspectionFrequency.MONTHLY));
        assertEquals(Duration.ofHours(24), policy.observedChangeWindow());
        assertEquals(500, policy.importBatchSize());
    }

    @Test
    @DisplayName("zero or negative times, a percentage outside 0..100 and a batch size outside 1..10000 are refused naming the setting")
    void refusals() {
        IllegalArgumentException drift = assertThrows(IllegalArgumentException.class, () -> DevicePolicy.DEFAULT.withMaxClockDrift(Duration.ZERO));
        IllegalArgumentException batch = assertThrows(IllegalArgumentException.class, () -> DevicePolicy.DEFAULT.withImportBatchSize(0));
        IllegalArgumentException percent = assertThrows(IllegalArgumentException.class, () -> new DevicePolicy(Duration.ofSeconds(5),
                Duration.ofMinutes(15), 101, Duration.ofHours(8), Duration.ofDays(7), Duration.ofDays(31), Duration.ofHours(24), 500));

        assertEquals("maxClockDrift must be positive, was PT0S", drift.getMessage());
        assertEquals("importBatchSize must be 1 to 10000, was 0", batch.getMessage());
        assertEquals("minFreeStoragePercent must be 0 to 100, was 101", percent.getMessage());
    }
}
