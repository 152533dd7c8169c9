package cn.laurel.scoring;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such panel, candidate or invitation, or none the current user may see: a judge asking for a
 * candidate they are recused from, or for another panel's, learns no more than that it is not there.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ScoringNotFound extends RuntimeException {

	public ScoringNotFound(String what, Object id) {
		super("No " + what + " " + id);
	}

}
