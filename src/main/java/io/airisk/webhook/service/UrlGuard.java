package io.airisk.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps webhooks from reaching inside the network the service runs in (server-side request
 * forgery): an endpoint's host must resolve to public addresses only, unless configuration names
 * it. Checked when an endpoint is registered and again before every attempt, since what a name
 * resolves to may change. A name that does not resolve is let through: it reaches nothing, and
 * its attempts fail, logged, until it resolves, to an address checked then. What a refusal says
 * does not tell which address a name resolved to.
 */
@ApplicationScoped
public class UrlGuard {

    private final Set<String> allowedHosts = new HashSet<>();
    private final Set<InetAddress> allowedAddresses = new HashSet<>();

    public UrlGuard(WebhookConfig config) {
        for (String entry : config.allowHosts().orElse(List.of())) {
            String host = entry.strip().toLowerCase(Locale.ROOT);
            if (host.isEmpty()) {
                continue;
            }
            if (literal(host)) {
                try {
                    allowedAddresses.add(InetAddress.getByName(host)); // a literal: no lookup
                } catch (UnknownHostException e) {
                    throw new IllegalArgumentException("AIRISK_WEBHOOKS_ALLOW_HOSTS: not an address: " + entry, e);
                }
            } else {
                allowedHosts.add(host);
            }
        }
    }

    /** What is wrong with the URL as an endpoint, in words; {@code null} when nothing is. */
    public String problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "is not a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return "must be an http or https URL";
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return "must name a host, without credentials or fragment";
        }
        if (uri.getPort() > 65_535) {
            return "names a port beyond 65535";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowedHosts.contains(bare)) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            return null;
        }
        for (InetAddress address : addresses) {
            if (internal(address) && !allowedAddresses.contains(address)) {
                return "names a host inside the network (private, loopback, link-local or reserved), which"
                        + " AIRISK_WEBHOOKS_ALLOW_HOSTS does not name";
            }
        }
        return null;
    }

    private static boolean literal(String host) {
        return host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }

    /** Whether an address is inside a network, or reserved, rather than on the internet. */
    static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            int third = bytes[2] & 0xff;
            return first == 0 // this network
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    || (first == 192 && second == 0 && third == 0) // IETF assignments, some clouds' metadata
                    || (first == 198 && (second & 0xfe) == 18) // benchmarking
                    || first >= 240; // reserved, and the broadcast address
        }
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true; // fc00::/7, unique local
            }
            if (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0 && bytes[3] == 0) {
                return true; // 2001::/32, Teredo: an IPv4 address hidden in it
            }
            if (bytes[0] == 0x20 && bytes[1] == 0x02) {
                return internal(v4(bytes, 2)); // 2002::/16, 6to4
            }
            if (bytes[0] == 0 && bytes[1] == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b) {
                return true; // 64:ff9b::/96 and 64:ff9b:1::/48, NAT64: IPv4 addresses behind a translator
            }
            boolean zeros = true;
            for (int i = 0; i < 10; i++) {
                zeros &= bytes[i] == 0;
            }
            boolean mapped = zeros && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
            boolean compatible = zeros && bytes[10] == 0 && bytes[11] == 0;
            if (mapped || compatible) {
                return internal(v4(bytes, 12)); // ::ffff:a.b.c.d and ::a.b.c.d
            }
        }
        return false;
    }

    private static InetAddress v4(byte[] bytes, int from) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(bytes, from, from + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
