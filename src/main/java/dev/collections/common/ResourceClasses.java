package dev.collections.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The REST resources of the service: every class in a feature's {@code rest} package that carries {@code @Path},
 * found on the class path (a directory or a jar), so that what describes them (the OpenAPI contract) needs no list.
 */
final class ResourceClasses {
    private static final String ROOT = "dev/collections";

    private ResourceClasses() {
    }

    static List<Class<?>> all() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Class<?>> resources = new ArrayList<>();
        try {
            for (URL root : Collections.list(loader.getResources(ROOT))) {
                for (String name : classNames(root.toURI())) {
                    Class<?> type = Class.forName(name, false, loader);
                    if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                        resources.add(type);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("The REST resources could not be listed", e);
        }
        return resources;
    }

    private static List<String> classNames(URI root) throws IOException {
        if ("jar".equals(root.getScheme())) {
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(root, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(root);
            }
            return namesUnder(jar.getPath(ROOT), jar.getPath("/"));
        }
        Path directory = Path.of(root);
        return namesUnder(directory, directory.getParent().getParent());
    }

    private static List<String> namesUnder(Path directory, Path classesRoot) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.map(p -> classesRoot.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.matches(".*/rest/[A-Za-z0-9]+\\.class"))
                    .map(n -> n.substring(n.startsWith("/") ? 1 : 0, n.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
    }
}
