package io.watchfloor.adapters.jdbc;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.util.UUID;
import io.watchfloor.access.ChainHash;
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
 * are ever instantiated from a document. The few value classes that are not records (the access
 * log's {@link ChainHash}) are written in their own text form.
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
        SimpleModule domainValues = new SimpleModule("watchfloor-values")
                .addSerializer(ChainHash.class, new StdSerializer<>(ChainHash.class) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void serialize(ChainHash hash, JsonGenerator out, SerializerProvider provider) throws IOException {
                        out.writeString(hash.hex());
                    }
                })
                .addDeserializer(ChainHash.class, new FromStringDeserializer<>(ChainHash.class) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected ChainHash _deserialize(String hex, DeserializationContext context) {
                        return ChainHash.ofHex(hex);
                    }
                });
        domainValues.addKeySerializer(Record.class, new StdSerializer<>(Record.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Record id, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeFieldName(DocumentTable.key(id));
            }
        });
        domainValues.setKeyDeserializers(new SimpleKeyDeserializers() {
            private static final long serialVersionUID = 1L;

            @Override
            public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config, BeanDescription bean) {
                Constructor<?> id = idConstructor(type.getRawClass());
                return id == null ? super.findKeyDeserializer(type, config, bean) : new KeyDeserializer() {
                    @Override
                    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
                        try {
                            return id.newInstance(UUID.fromString(key));
                        } catch (ReflectiveOperationException | IllegalArgumentException e) {
                            throw context.weirdKeyException(type.getRawClass(), key, "not an id: " + e.getMessage());
                        }
                    }
                };
            }
        });
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(domainValues)
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

    /** The constructor of a domain id (a record holding one UUID), or null for any other type. */
    private static Constructor<?> idConstructor(Class<?> type) {
        if (!type.isRecord() || !type.getName().startsWith("io.watchfloor.")
                || type.getRecordComponents().length != 1 || type.getRecordComponents()[0].getType() != UUID.class) {
            return null;
        }
        try {
            return type.getDeclaredConstructor(UUID.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
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
