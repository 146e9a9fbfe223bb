package org.opentreatment.directory.geo;

import java.io.Serializable;
import java.util.Objects;

/**
 * A place found inside longer text typed into the place box ("suboxone clinic columbus oh"): the
 * place, the words that named it, and the rest ("suboxone clinic"), which are keywords, not place.
 *
 * @param place the place found
 * @param name how to ask for it again: its ZIP, or "City, ST"
 * @param rest the other words, without connecting words such as "near" or "in"; may be empty
 */
public record PlaceInText(Place place, String name, String rest) implements Serializable {

    public PlaceInText {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(name, "name");
        rest = rest == null ? "" : rest.strip();
    }
}
