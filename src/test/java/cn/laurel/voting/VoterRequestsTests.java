package cn.laurel.voting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The network a vote came from is what one household, office or mobile gateway shares. */
class VoterRequestsTests {

	@Test
	void anIpv4AddressBelongsToItsSlash24() {
		assertThat(VoterRequests.networkOf("203.0.113.57")).isEqualTo("203.0.113.0/24");
	}

	@Test
	void anIpv6AddressBelongsToItsSlash64() {
		assertThat(VoterRequests.networkOf("2001:db8:85a3:8d3:1319:8a2e:370:7348")).isEqualTo("2001:db8:85a3:8d3:0:0:0:0/64");
	}

}
