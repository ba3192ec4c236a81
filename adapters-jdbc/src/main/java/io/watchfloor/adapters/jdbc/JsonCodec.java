package io.watchfloor.adapters.jdbc;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Modifier;

/**
 * Turns the domain's immutable records into JSON documents and back, for the tables that keep an
 * aggregate whole beside the columns its queries use. Records are written field by field and read
 * back through their canonical constructors, so a stored document is checked by the same invariants
 * as a new one. Where a field's declared type is one of the domain's sealed interfaces or abstract
 * types, the document names the concrete record ({@code "@type"}); only {@code io.watchfloor} types
 * are ever instantiated from a document.
 */
final class JsonCodec {

    private static final ObjectMapper MAPPER = mapper();

    private JsonCodec() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new JdbcFailure("cannot write " + value.getClass().getSimpleName() + " as a document: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Writes {@code value} as a value of {@code declared}, naming its concrete type when {@code declared} is abstract. */
    static String write(Object value, Class<?> declared) {
        try {
            return MAPPER.writerFor(declared).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new JdbcFailure("cannot write " + value.getClass().getSimpleName() + " as a document: "
                    + e.getOriginalMessage(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new JdbcFailure("a stored " + type.getSimpleName() + " document cannot be read back: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static ObjectMapper mapper() {
        PolymorphicTypeValidator domainOnly = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("io.watchfloor.")
                .build();
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .build();
        mapper.setDefaultTyping(new DomainAbstractTypes(domainOnly)
                .init(JsonTypeInfo.Id.CLASS, null)
                .inclusion(JsonTypeInfo.As.PROPERTY)
                .typeProperty("@type"));
        return mapper;
    }

    /** Type information only where a declared type is an abstract type of the domain's own. */
    private static final class DomainAbstractTypes extends ObjectMapper.DefaultTypeResolverBuilder {
        private static final long serialVersionUID = 1L;

        DomainAbstractTypes(PolymorphicTypeValidator validator) {
            super(ObjectMapper.DefaultTyping.NON_FINAL, validator);
        }

        @Override
        public boolean useForType(JavaType type) {
            Class<?> raw = type.getRawClass();
            return raw.getName().startsWith("io.watchfloor.") && !raw.isEnum()
                    && (raw.isInterface() || Modifier.isAbstract(raw.getModifiers()));
        }
    }
}
