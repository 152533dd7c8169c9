package cn.laurel.event;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such event, participant link or item, or not one the caller may see: answered 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EventNotFound extends RuntimeException {

	public EventNotFound(Object what) {
		super("No event " + what);
	}

}
