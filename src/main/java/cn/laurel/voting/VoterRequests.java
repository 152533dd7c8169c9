package cn.laurel.voting;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * Reads a voter off a request: the voter token, the device cookie (given on first sight), the address
 * with its network, and a hash of the headers that fingerprint a browser. Behind a proxy the address is
 * the forwarded one when {@code server.forward-headers-strategy} is set.
 */
@Component
public class VoterRequests {

	static final String DEVICE_COOKIE = "laurel-device";

	private static final Duration DEVICE_COOKIE_AGE = Duration.ofDays(365);

	private final VoterTokens tokens;

	private final Clock clock;

	VoterRequests(VoterTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** The voter key of the request's genuine voter token. */
	public Optional<byte[]> voterKey(HttpServletRequest request) {
		var cookie = WebUtils.getCookie(request, VoterTokens.COOKIE);
		return cookie == null ? Optional.empty() : this.tokens.verify(cookie.getValue(), this.clock.instant());
	}

	public Voter voter(byte[] key, HttpServletRequest request, HttpServletResponse response) {
		String ip = request.getRemoteAddr();
		return new Voter(key, ip, networkOf(ip), fingerprint(request), deviceId(request, response));
	}

	/** Gives the voter their token after they verified. */
	public void signIn(byte[] voterKey, HttpServletRequest request, HttpServletResponse response) {
		addCookie(response, request, VoterTokens.COOKIE, this.tokens.issue(voterKey, this.clock.instant()),
				this.tokens.ttl());
	}

	String deviceId(HttpServletRequest request, HttpServletResponse response) {
		var cookie = WebUtils.getCookie(request, DEVICE_COOKIE);
		if (cookie != null && cookie.getValue().length() <= 64) {
			return cookie.getValue();
		}
		String id = UUID.randomUUID().toString();
		addCookie(response, request, DEVICE_COOKIE, id, DEVICE_COOKIE_AGE);
		return id;
	}

	/** The address's /24 for IPv4 and /64 for IPv6: what one household, office or mobile gateway shares. */
	static String networkOf(String ip) {
		int lastDot = ip.lastIndexOf('.');
		if (lastDot > 0 && ip.indexOf(':') < 0) {
			// dotted IPv4, as servlet containers give it: no parsing needed on the vote path
			return ip.substring(0, lastDot) + ".0/24";
		}
		try {
			byte[] address = InetAddress.getByName(ip).getAddress();
			int keep = (address.length == 4) ? 3 : 8;
			for (int i = keep; i < address.length; i++) {
				address[i] = 0;
			}
			return InetAddress.getByAddress(address).getHostAddress() + '/' + (keep * 8);
		}
		catch (UnknownHostException ex) {
			return ip;
		}
	}

	static int fingerprint(HttpServletRequest request) {
		return (header(request, HttpHeaders.USER_AGENT) + '|' + header(request, HttpHeaders.ACCEPT_LANGUAGE)).hashCode();
	}

	private static String header(HttpServletRequest request, String name) {
		String value = request.getHeader(name);
		return value == null ? "" : value;
	}

	private static void addCookie(HttpServletResponse response, HttpServletRequest request, String name, String value,
			Duration age) {
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(name, value)
			.path(request.getContextPath() + "/public/vote")
			.maxAge(age)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build()
			.toString());
	}

}
