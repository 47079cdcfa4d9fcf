package io.airisk.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps webhooks from reaching inside the network the service runs in (server-side request
 * forgery): an endpoint's host must resolve to public addresses only, unless configuration names
 * it. Checked when an endpoint is registered and again before every attempt, since what a name
 * resolves to may change. A name that does not resolve is let through: it reaches nothing, and
 * an attempt fails, logged, until it resolves, to an address checked then.
 */
@ApplicationScoped
public class UrlGuard {

    private final Set<String> allowed;

    public UrlGuard(WebhookConfig config) {
        this.allowed = config.allowHosts().orElse(List.of()).stream()
                .map(host -> host.strip().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
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
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowed.contains(bare)) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            // Not yet, or not from here: nothing to reach. Each attempt resolves it again, checked again.
            return null;
        }
        for (InetAddress address : addresses) {
            if (internal(address) && !allowed.contains(address.getHostAddress())) {
                return "resolves to a private, loopback or link-local address (" + address.getHostAddress()
                        + "), which AIRISK_WEBHOOKS_ALLOW_HOSTS does not name";
            }
        }
        return null;
    }

    /** Whether an address is inside a network rather than on the internet. */
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
            // 0.0.0.0/8 (this network), 100.64.0.0/10 (carrier-grade NAT), 198.18.0.0/15 (benchmarks).
            return first == 0
                    || (first == 100 && second >= 64 && second < 128)
                    || (first == 198 && (second & 0xfe) == 18);
        }
        if (address instanceof Inet6Address) {
            // fc00::/7, unique local; ::ffff:0:0/96, an IPv4 address mapped.
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
            for (int i = 0; i < 10 && mapped; i++) {
                mapped = bytes[i] == 0;
            }
            if (mapped) {
                try {
                    return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
