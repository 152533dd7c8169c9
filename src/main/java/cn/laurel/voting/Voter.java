package cn.laurel.voting;

/**
 * Who is voting and from where: the verified voter key, and what the rate limits and fraud flags
 * look at: the address and its /24 network, a hash of the browser's fingerprint headers, the device cookie.
 */
record Voter(byte[] key, String ip, String ipNet, int agentHash, String deviceId) {
}
