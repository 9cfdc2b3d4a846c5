package app.caravan.domain;

import java.util.Objects;

/** An interview together with its identity: the unit of lossless import and export. */
public record IdentifiedInterview(Interview interview, Identity identity) {
    public IdentifiedInterview {
        Objects.requireNonNull(interview, "interview");
        identity = identity == null ? Identity.EMPTY : identity;
    }
}
