package org.storyline.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a URL given over the API may reach: only public ones, so that a feed added by
 * a client cannot make the server read its own network (SSRF): loopback, private (RFC 1918, IPv6
 * ULA), link-local (incl. cloud metadata at 169.254.169.254), carrier-grade NAT, "this network",
 * benchmarking, multicast and reserved ranges are refused. IPv4 embedded in IPv6 (mapped, NAT64)
 * is judged as the IPv4 address.
 */
final class PublicAddresses {
  private PublicAddresses() {}

  static boolean isForbidden(InetAddress a) {
    if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      return forbiddenV4(b);
    }
    if (a instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) { // fc00::/7 unique local
        return true;
      }
      if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) { // fec0::/10 old site-local
        return true;
      }
      boolean nat64 = b[0] == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
      boolean compatible = true;
      for (int i = 0; i < 12; i++) {
        compatible &= b[i] == 0;
      }
      if (nat64 || compatible) {
        return forbiddenV4(new byte[] {b[12], b[13], b[14], b[15]});
      }
    }
    return false;
  }

  private static boolean forbiddenV4(byte[] b) {
    int x = b[0] & 0xff;
    int y = b[1] & 0xff;
    return x == 0 || x == 10 || x == 127 || x >= 224 // this network, private, loopback, multicast and reserved
        || (x == 100 && y >= 64 && y < 128) // carrier-grade NAT
        || (x == 169 && y == 254) || (x == 172 && y >= 16 && y < 32) || (x == 192 && y == 168)
        || (x == 192 && y == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
        || (x == 198 && (y == 18 || y == 19)); // benchmarking
  }
}
