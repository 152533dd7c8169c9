package cn.laurel.calendar;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No calendar entry has the id asked for; perhaps another administrator removed it. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class EntryNotFound extends RuntimeException {

	EntryNotFound(long id) {
		super("No calendar entry " + id);
	}

}
