package dev.collections.account;

import dev.collections.policy.Channel;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of channels as a comma-separated list ("SMS,CALL"). */
@Converter
public class ChannelSetConverter implements AttributeConverter<Set<Channel>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Channel> channels) {
        return channels == null ? "" : channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Channel> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(Channel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
    }
}
