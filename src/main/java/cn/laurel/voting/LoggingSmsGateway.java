package cn.laurel.voting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The development gateway: writes the code to the log instead of sending it (phone masked). */
class LoggingSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	@Override
	public void sendCode(String phone, String code) {
		log.info("SMS verification code for {}: {}", masked(phone), code);
	}

	static String masked(String phone) {
		return phone.length() < 7 ? "***" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

}
