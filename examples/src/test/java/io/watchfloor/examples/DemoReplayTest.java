package io.watchfloor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The demo replays")
class DemoReplayTest {

    @Test
    @DisplayName("two demo runs with the same seed print the same duty report, ids included")
    void sameSeedSameOutput() {
        assertEquals(printed(7L), printed(7L));
    }

    private static String printed(long seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Demo.play(seed, out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
