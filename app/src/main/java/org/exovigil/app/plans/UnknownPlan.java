package org.exovigil.app.plans;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A step asked of a plan that does not exist: the request names nothing, which is a 404, not a fault. */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class UnknownPlan extends RuntimeException {
    UnknownPlan(long id) {
        super("no provision plan " + id);
    }
}
