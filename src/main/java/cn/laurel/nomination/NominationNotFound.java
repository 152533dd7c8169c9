package cn.laurel.nomination;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such nomination, or none the current user may see: both look the same from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NominationNotFound extends RuntimeException {

	public NominationNotFound(long id) {
		super("No nomination " + id);
	}

}
