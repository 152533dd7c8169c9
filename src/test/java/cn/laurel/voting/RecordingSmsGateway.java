package cn.laurel.voting;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps the last code sent to each phone, so tests can type it in. */
class RecordingSmsGateway implements SmsGateway {

	private final Map<String, String> codes = new ConcurrentHashMap<>();

	@Override
	public void sendCode(String phone, String code) {
		this.codes.put(phone, code);
	}

	String lastCodeTo(String phone) {
		return this.codes.get(phone);
	}

}
