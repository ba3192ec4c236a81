package io.watchfloor.testkit.access;

import io.watchfloor.access.FootageFile;
import io.watchfloor.access.MaskTarget;
import io.watchfloor.access.port.out.Masker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A stand-in masker: "masks" a file by prefixing it with the targets masked and inverting its bytes,
 * so masked and unmasked files differ, and remembers every file it masked and with what.
 */
public final class RecordingMasker implements Masker {

    /** One masking: the file's name and the targets masked. */
    public record Masking(String file, Set<MaskTarget> targets) {
    }

    private final List<Masking> maskings = new ArrayList<>();

    @Override
    public synchronized FootageFile mask(FootageFile file, Set<MaskTarget> targets) {
        maskings.add(new Masking(file.name(), Set.copyOf(targets)));
        byte[] prefix = ("MASKED " + targets.stream().sorted().toList() + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] content = new byte[prefix.length + file.content().length];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        for (int i = 0; i < file.content().length; i++) {
            content[prefix.length + i] = (byte) ~file.content()[i];
        }
        return new FootageFile(file.name(), file.camera(), content);
    }

    /** {@return every masking so far, in order} */
    public synchronized List<Masking> maskings() {
        return List.copyOf(maskings);
    }
}
