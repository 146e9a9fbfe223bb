package org.opentreatment.directory.geo;

import java.io.Serializable;
import java.util.Objects;
import org.opentreatment.directory.shared.Text;

/** What {@link Gazetteer#lookup(String)} made of a person's text. */
public sealed interface PlaceLookup extends Serializable {

    record Found(Place place) implements PlaceLookup {

        public Found {
            Objects.requireNonNull(place, "place");
        }
    }

    /** {@code text} is shown to the person: what went wrong and what to type instead. */
    record NotFound(Text text) implements PlaceLookup {

        public NotFound {
            Objects.requireNonNull(text, "text");
        }

        /** The reason in English, as the API gives it. */
        public String reason() {
            return text.english();
        }
    }
}
