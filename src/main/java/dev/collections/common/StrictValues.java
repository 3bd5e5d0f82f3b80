package dev.collections.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.BiFunction;

/**
 * What Jackson would otherwise forgive, refused as api.md asks: a timestamp is a string with its offset (not an
 * epoch number), a date is exactly {@code YYYY-MM-DD} (not a timestamp cut short), and an enum value is its exact
 * name (not padded with spaces).
 */
final class StrictValues {
    private StrictValues() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("strict-values");
        module.addDeserializer(OffsetDateTime.class, new Strict<>(OffsetDateTime.class,
                (text, f) -> OffsetDateTime.parse(text, f), DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        module.addDeserializer(LocalDate.class, new Strict<>(LocalDate.class,
                (text, f) -> LocalDate.parse(text, f), DateTimeFormatter.ISO_LOCAL_DATE));
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description,
                                                              JsonDeserializer<?> deserializer) {
                return new ExactEnum(deserializer);
            }
        });
        return module;
    }

    /** A date or time from a string only, in one exact format. */
    private static final class Strict<T> extends StdScalarDeserializer<T> {
        private final transient BiFunction<String, DateTimeFormatter, T> parse;
        private final transient DateTimeFormatter format;

        Strict(Class<T> type, BiFunction<String, DateTimeFormatter, T> parse, DateTimeFormatter format) {
            super(type);
            this.parse = parse;
            this.format = format;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            try {
                return parse.apply(text, format);
            } catch (DateTimeParseException e) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "not in the required format");
            }
        }
    }

    /** An enum value spelled exactly as its name. */
    private static final class ExactEnum extends DelegatingDeserializer {
        ExactEnum(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnum(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                if (!text.equals(text.strip())) {
                    return ctxt.handleWeirdStringValue(handledType(), text, "spaces around the value");
                }
            }
            return super.deserialize(p, ctxt);
        }
    }
}
