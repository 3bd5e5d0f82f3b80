package dev.collections.common;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.Variant;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way a report becomes HTML: a Qute template from {@code src/main/resources/reports/}, every value escaped,
 * rendered the same by the service and by the commands (which run without Quarkus, so the engine is Qute's own).
 */
public final class Html {
    private static final String FOLDER = "reports/";
    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);
    private static final Engine ENGINE = Engine.builder().addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .addLocator(Html::locate)
            .build();

    private Html() {
    }

    /** Renders {@code reports/<name>.html} with {@code data}. */
    public static String render(String name, Map<String, Object> data) {
        var template = ENGINE.getTemplate(name + ".html");
        if (template == null) {
            throw new IllegalStateException("No template " + FOLDER + name + ".html");
        }
        var instance = template.instance();
        data.forEach(instance::data);
        return instance.render();
    }

    /** {@code reports/<id>}, or {@code reports/<id>.html} for an included part named without its suffix. */
    private static Optional<TemplateLocation> locate(String name) {
        ClassLoader loader = Html.class.getClassLoader();
        String id = loader.getResource(FOLDER + name) != null ? name : name + ".html";
        if (loader.getResource(FOLDER + id) == null) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocation() {
            @Override
            public Reader read() {
                InputStream in = loader.getResourceAsStream(FOLDER + id);
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(HTML);
            }
        });
    }
}
