package org.coopbank.security;

import java.util.List;

/**
 * The client's address for throttling and the sign-in log: the peer address, unless the peer is a configured
 * reverse proxy, in which case the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy.
 * A client can put anything in {@code X-Forwarded-For}, so it is never believed from an untrusted peer.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String resolve(String peer, String forwardedFor, List<String> trustedProxies) {
        String address = peer == null ? "" : peer;
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(address)) {
            return cut(address);
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return cut(hop);
            }
            address = hop.isEmpty() ? address : hop;
        }
        return cut(address);
    }

    private static String cut(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64);
    }
}
