package cn.laurel.org;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A unit or account id in a URL names nothing; pages answer with the 404 page, the API with a 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFound extends RuntimeException {

	RecordNotFound(String kind, Long id) {
		super(kind + " " + id + " not found");
	}

}
