package io.airisk.common.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.common.json.StrictJson;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * How Hibernate reads and writes JSON columns: with the service's own Jackson mapper, so that a
 * stored value is the same JSON the API writes, and without the bounds set for request bodies,
 * which a stored result (its texts are longer than any string a client may send) would exceed.
 */
@JsonFormat
@PersistenceUnitExtension
@ApplicationScoped
public class StoredJson implements FormatMapper {

    private final FormatMapper delegate;

    public StoredJson(ObjectMapper mapper) {
        this.delegate = new JacksonJsonFormatMapper(StrictJson.unbounded(mapper));
    }

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> type, WrapperOptions options) {
        return delegate.fromString(json, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return delegate.toString(value, type, options);
    }

    @Override
    public boolean supportsSourceType(Class<?> sourceType) {
        return delegate.supportsSourceType(sourceType);
    }

    @Override
    public boolean supportsTargetType(Class<?> targetType) {
        return delegate.supportsTargetType(targetType);
    }

    @Override
    public <T> void writeToTarget(T value, JavaType<T> type, Object target, WrapperOptions options) throws IOException {
        delegate.writeToTarget(value, type, target, options);
    }

    @Override
    public <T> T readFromSource(JavaType<T> type, Object source, WrapperOptions options) throws IOException {
        return delegate.readFromSource(type, source, options);
    }
}
