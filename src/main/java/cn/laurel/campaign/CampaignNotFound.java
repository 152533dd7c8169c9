package cn.laurel.campaign;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such campaign or category, or none the current user may see; both answer 404 alike. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CampaignNotFound extends RuntimeException {

	public CampaignNotFound(Object id) {
		super("No campaign or category " + id);
	}

}
