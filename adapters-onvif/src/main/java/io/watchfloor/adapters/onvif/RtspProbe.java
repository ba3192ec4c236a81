package io.watchfloor.adapters.onvif;

import io.watchfloor.devices.StreamState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Whether an RTSP stream can be opened: sends {@code OPTIONS} to the stream's server and reads the
 * status line. 2xx, or 401 (the server is there and wants credentials), means up; any other status,
 * a refused connection or silence means down, with the reason. Reads at most one line of 512 bytes.
 */
public final class RtspProbe {

    private RtspProbe() {
    }

    /** Probes {@code stream} within {@code timeout}. */
    public static StreamState probe(URI stream, Duration timeout) {
        if (stream.getHost() == null) {
            return StreamState.down("the stream URI has no host: " + stream);
        }
        int port = stream.getPort() < 0 ? 554 : stream.getPort();
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(stream.getHost(), port), millis);
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            out.write(("OPTIONS " + stream + " RTSP/1.0\r\nCSeq: 1\r\nUser-Agent: watchfloor-onvif\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = statusLine(socket.getInputStream());
            String[] parts = status.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("RTSP/")) {
                return StreamState.down("not an RTSP answer: " + status);
            }
            int code = Integer.parseInt(parts[1]);
            return code / 100 == 2 || code == 401 ? StreamState.up() : StreamState.down("RTSP " + status.substring(status.indexOf(' ') + 1));
        } catch (ConnectException e) {
            return StreamState.down("the RTSP server refuses connections at " + stream.getHost() + ":" + port);
        } catch (SocketTimeoutException e) {
            return StreamState.down("the RTSP server did not answer within " + millis + " ms");
        } catch (IOException | NumberFormatException e) {
            return StreamState.down("the RTSP server could not be asked: " + e.getMessage());
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n' && line.length() < 512; ) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
