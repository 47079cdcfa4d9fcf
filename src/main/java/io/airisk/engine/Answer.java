package io.airisk.engine;

import java.util.List;

/** A typed answer to one question; {@link AnswerParser} makes them from client JSON. */
public sealed interface Answer {

    /** The answer as plain JSON values: a string, a list of strings, a number or a boolean. */
    Object toJson();

    /** An option id of a SINGLE_CHOICE question. */
    record Choice(String optionId) implements Answer {
        @Override
        public Object toJson() {
            return optionId;
        }
    }

    /** Distinct option ids of a MULTI_CHOICE question, in the order given. */
    record Choices(List<String> optionIds) implements Answer {
        public Choices {
            optionIds = List.copyOf(optionIds);
        }

        @Override
        public Object toJson() {
            return optionIds;
        }
    }

    /** The value of a SCALE or NUMBER question. */
    record Numeric(double value) implements Answer {
        @Override
        public Object toJson() {
            boolean integral = value == Math.rint(value) && Math.abs(value) < 1e15;
            return integral ? (Object) (long) value : (Object) value;
        }
    }

    /** The value of a BOOLEAN question. */
    record Flag(boolean value) implements Answer {
        @Override
        public Object toJson() {
            return value;
        }
    }

    /** "Don't know", to a question that allows it, whatever its type. */
    record Unknown() implements Answer {
        /** The answer as clients send it. */
        public static final String VALUE = "unknown";

        static final Unknown INSTANCE = new Unknown();

        @Override
        public Object toJson() {
            return VALUE;
        }
    }
}
