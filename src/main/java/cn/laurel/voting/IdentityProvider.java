package cn.laurel.voting;

import java.util.Map;

/**
 * A way for a member of the public to prove who they are before voting: an SMS code to a phone here;
 * a WeChat OpenID or a government single sign-on later. The voter key is a keyed hash of the
 * provider's id and the identifier it vouches for, so the identifier itself is never stored.
 */
public interface IdentityProvider {

	/** A short stable name, such as {@code sms}; part of every voter key this provider yields. */
	String id();

	/**
	 * Checks the proof (for SMS: {@code phone} and {@code code}) and returns the identifier it proves.
	 *
	 * @throws VotingRefused with the message key to show when the proof does not hold
	 */
	String verify(Map<String, String> proof);

}
