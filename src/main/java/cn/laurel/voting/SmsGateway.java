package cn.laurel.voting;

/**
 * Sends a verification code to a phone. A deployment may declare its own bean (marked
 * {@code @Primary}) to use its provider's SDK instead of the logging or HTTP gateway.
 */
public interface SmsGateway {

	void sendCode(String phone, String code);

}
