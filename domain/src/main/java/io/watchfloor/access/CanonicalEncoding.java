package io.watchfloor.access;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.TimeRange;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The canonical, length-prefixed byte encoding of an access-log entry's content, which its SHA-256
 * covers. Big-endian; format version 1:
 * <pre>
 * int    format (1)
 * long   sequence
 * long   at: epoch second;  int at: nano
 * str    kind
 * opt    actor: byte 1 + uuid (two longs), or byte 0
 * str    actorName
 * optstr requester: int length -1 when absent
 * opt    grant
 * int    camera count, then each uuid
 * opt    footage: byte 1 + start (long, int) + end (long, int), or byte 0
 * str    detail
 * </pre>
 * A string is an int byte length followed by UTF-8 bytes. Decoding is strict: every byte is used,
 * flags are 0 or 1 and strings are valid UTF-8, so exactly one byte sequence encodes each entry.
 */
final class CanonicalEncoding {

    static final int FORMAT = 1;

    private CanonicalEncoding() {
    }

    static byte[] encode(long sequence, LogRecord r) {
        Writer w = new Writer(160 + r.detail().length() * 3 + r.actorName().length() * 3
                + (r.requester() == null ? 0 : r.requester().length() * 3) + r.cameras().size() * 16);
        w.putInt(FORMAT);
        w.putLong(sequence);
        w.putLong(r.at().getEpochSecond());
        w.putInt(r.at().getNano());
        w.putString(r.kind().name());
        if (r.actor() == null) {
            w.put((byte) 0);
        } else {
            w.put((byte) 1);
            w.putUuid(r.actor().value());
        }
        w.putString(r.actorName());
        w.putOptionalString(r.requester());
        if (r.grant() == null) {
            w.put((byte) 0);
        } else {
            w.put((byte) 1);
            w.putUuid(r.grant().value());
        }
        w.putInt(r.cameras().size());
        for (CameraId camera : r.cameras()) {
            w.putUuid(camera.value());
        }
        if (r.footage() == null) {
            w.put((byte) 0);
        } else {
            w.put((byte) 1);
            w.putLong(r.footage().start().getEpochSecond());
            w.putInt(r.footage().start().getNano());
            w.putLong(r.footage().end().getEpochSecond());
            w.putInt(r.footage().end().getNano());
        }
        w.putString(r.detail());
        return w.toArray();
    }

    /** The sequence number in encoded content, without decoding the rest; -1 when too short or not format 1. */
    static long sequenceOf(byte[] content) {
        if (content.length < 12) {
            return -1;
        }
        ByteBuffer b = ByteBuffer.wrap(content);
        return b.getInt() == FORMAT ? b.getLong() : -1;
    }

    /** The entry's sequence and content; throws {@link IllegalArgumentException} when the bytes are not a canonical encoding. */
    static Decoded decode(byte[] content) {
        try {
            ByteBuffer b = ByteBuffer.wrap(content);
            int format = b.getInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException("unknown format " + format);
            }
            long sequence = b.getLong();
            Instant at = instant(b);
            LogKind kind = LogKind.valueOf(string(b));
            PersonId actor = flag(b) ? new PersonId(uuid(b)) : null;
            String actorName = string(b);
            String requester = optionalString(b);
            GrantId grant = flag(b) ? new GrantId(uuid(b)) : null;
            int count = b.getInt();
            if (count < 0 || count > b.remaining() / 16) {
                throw new IllegalArgumentException("bad camera count " + count);
            }
            List<CameraId> cameras = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                cameras.add(new CameraId(uuid(b)));
            }
            TimeRange footage = flag(b) ? new TimeRange(instant(b), instant(b)) : null;
            String detail = string(b);
            if (b.hasRemaining()) {
                throw new IllegalArgumentException(b.remaining() + " bytes left over");
            }
            Decoded decoded = new Decoded(sequence, new LogRecord(at, kind, actor, actorName, requester, grant, cameras, footage, detail));
            if (!Arrays.equals(content, encode(sequence, decoded.record()))) {
                throw new IllegalArgumentException("not the canonical encoding");
            }
            return decoded;
        } catch (java.nio.BufferUnderflowException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("malformed entry: " + e, e);
        }
    }

    record Decoded(long sequence, LogRecord record) {
    }

    private static Instant instant(ByteBuffer b) {
        long seconds = b.getLong();
        int nano = b.getInt();
        if (nano < 0 || nano > 999_999_999) {
            throw new IllegalArgumentException("bad nanoseconds " + nano);
        }
        return Instant.ofEpochSecond(seconds, nano);
    }

    private static boolean flag(ByteBuffer b) {
        byte f = b.get();
        if (f != 0 && f != 1) {
            throw new IllegalArgumentException("bad flag " + f);
        }
        return f == 1;
    }

    private static UUID uuid(ByteBuffer b) {
        return new UUID(b.getLong(), b.getLong());
    }

    private static String optionalString(ByteBuffer b) {
        int length = b.getInt();
        return length == -1 ? null : text(b, length);
    }

    private static String string(ByteBuffer b) {
        return text(b, b.getInt());
    }

    private static String text(ByteBuffer b, int length) {
        if (length < 0 || length > b.remaining()) {
            throw new IllegalArgumentException("bad string length " + length);
        }
        ByteBuffer slice = b.slice(b.position(), length);
        b.position(b.position() + length);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(slice).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a string is not valid UTF-8", e);
        }
    }

    /** A growable big-endian byte writer. */
    static final class Writer {
        private byte[] buf;
        private int size;

        Writer(int capacity) {
            buf = new byte[Math.max(capacity, 64)];
        }

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }

        void put(byte v) {
            ensure(1);
            buf[size++] = v;
        }

        void putInt(int v) {
            ensure(4);
            buf[size++] = (byte) (v >>> 24);
            buf[size++] = (byte) (v >>> 16);
            buf[size++] = (byte) (v >>> 8);
            buf[size++] = (byte) v;
        }

        void putLong(long v) {
            putInt((int) (v >>> 32));
            putInt((int) v);
        }

        void putUuid(UUID id) {
            putLong(id.getMostSignificantBits());
            putLong(id.getLeastSignificantBits());
        }

        void putString(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            putInt(bytes.length);
            putBytes(bytes);
        }

        void putOptionalString(String s) {
            if (s == null) {
                putInt(-1);
            } else {
                putString(s);
            }
        }

        void putBytes(byte[] bytes) {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buf, size, bytes.length);
            size += bytes.length;
        }

        byte[] toArray() {
            return size == buf.length ? buf : Arrays.copyOf(buf, size);
        }
    }
}
