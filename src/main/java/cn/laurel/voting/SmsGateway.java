package cn.laurel.voting;

/** Sends a verification code to a phone. A deployment may declare its own bean to use its provider's SDK. */
public interface SmsGateway {

	void sendCode(String phone, String code);

}
