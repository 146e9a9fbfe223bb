package org.opentreatment.directory.geo;

import java.io.Serializable;
import java.util.Objects;

/** What {@link Gazetteer#lookup(String)} made of a person's text. */
public sealed interface PlaceLookup extends Serializable {

    record Found(Place place) implements PlaceLookup {

        public Found {
            Objects.requireNonNull(place, "place");
        }
    }

    /** {@code reason} is shown to the person as is: what went wrong and what to type instead. */
    record NotFound(String reason) implements PlaceLookup {

        public NotFound {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
