package io.watchfloor.fuzz;

import io.watchfloor.cases.port.in.RegisterCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The domain's use cases, found by reflection rather than listed by hand: every top-level interface in
 * a {@code io.watchfloor.<context>.port.in} package of the domain's classes (a directory or a jar),
 * and the module method that hands out its implementation.
 */
final class UseCases {

    private UseCases() {
    }

    /** Every use-case interface of the domain, by name. */
    static List<Class<?>> interfaces() {
        List<Class<?>> found = new ArrayList<>();
        for (String name : classNames()) {
            if (name.matches("io\\.watchfloor\\.[a-z]+\\.port\\.in\\.[A-Za-z0-9]+")) {
                try {
                    Class<?> type = Class.forName(name);
                    if (type.isInterface()) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }

    /** The implementation of every use case the modules hand out, by interface. */
    static Map<Class<?>, Object> implementations(Map<String, Object> modules) {
        Map<Class<?>, Object> implementations = new TreeMap<>(Comparator.comparing(Class::getName));
        for (Object module : modules.values()) {
            for (Method method : module.getClass().getMethods()) {
                Class<?> type = method.getReturnType();
                if (method.getParameterCount() == 0 && type.isInterface() && type.getPackageName().endsWith(".port.in")) {
                    try {
                        implementations.put(type, method.invoke(module));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return implementations;
    }

    /** The entry points of a use case: its abstract methods, in a stable order. */
    static List<Method> entryPoints(Class<?> useCase) {
        return Stream.of(useCase.getMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers()))
                .sorted(Comparator.comparing(Method::getName).thenComparing(m -> m.getParameterCount()))
                .toList();
    }

    private static List<String> classNames() {
        try {
            Path root = Path.of(RegisterCase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(root)) {
                return names(root);
            }
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                return names(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString).filter(p -> p.endsWith(".class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .toList();
        }
    }
}
