package org.storyline.web;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An HTTP client that refuses to reach forbidden addresses (see {@link PublicAddresses}) on every
 * hop: it follows redirects itself (the delegate must not) and checks each target before it
 * connects, so a public URL that redirects to 127.0.0.1 is refused as well. The feed reader's
 * fetches of linked pages go through the same client.
 *
 * <p>Limit: the host is resolved here and again by the delegate when it connects; a DNS server
 * that answers differently within that moment (rebinding) is not caught. Deployments that must
 * rule that out put the server behind an egress proxy.
 */
final class GuardedHttpClient extends HttpClient {
  static final int MAX_REDIRECTS = 5;

  private final HttpClient delegate;
  private final Predicate<InetAddress> forbidden;

  /** @param delegate a client that does not follow redirects ({@link HttpClient.Redirect#NEVER}) */
  GuardedHttpClient(HttpClient delegate, Predicate<InetAddress> forbidden) {
    if (delegate.followRedirects() != Redirect.NEVER) {
      throw new IllegalArgumentException("the delegate must not follow redirects itself, it follows " + delegate.followRedirects());
    }
    this.delegate = delegate;
    this.forbidden = forbidden;
  }

  static GuardedHttpClient publicOnly(Duration connectTimeout) {
    return new GuardedHttpClient(HttpClient.newBuilder().followRedirects(Redirect.NEVER).connectTimeout(connectTimeout).build(),
        PublicAddresses::isForbidden);
  }

  /** Why the URL may not be fetched, or empty when it may. */
  Optional<String> refusal(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("only http and https URLs can be fetched, not '" + uri + "'");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      return Optional.of("the URL '" + uri + "' names no host");
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (forbidden.test(a)) {
          return Optional.of("the host " + host + " is a private, loopback or link-local address (" + a.getHostAddress()
              + "); start the server with --allow-private-urls to allow it");
        }
      }
    } catch (UnknownHostException e) {
      return Optional.of("the host " + host + " is not known");
    }
    return Optional.empty();
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
    HttpRequest current = request;
    for (int hop = 0; ; hop++) {
      Optional<String> refused = refusal(current.uri());
      if (refused.isPresent()) {
        throw new IOException(refused.get());
      }
      HttpResponse<T> response = delegate.send(current, info -> isRedirect(info.statusCode())
          ? (HttpResponse.BodySubscriber<T>) HttpResponse.BodySubscribers.replacing(null) // a redirect's body is not read
          : handler.apply(info));
      Optional<String> location = response.headers().firstValue("Location");
      if (!isRedirect(response.statusCode()) || location.isEmpty()) {
        return response;
      }
      if (hop >= MAX_REDIRECTS) {
        throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + request.uri());
      }
      URI next;
      try {
        next = current.uri().resolve(location.get());
      } catch (IllegalArgumentException e) {
        throw new IOException("a redirect to an unusable URL: " + location.get());
      }
      current = HttpRequest.newBuilder(current, (name, value) -> true).uri(next).GET().build();
    }
  }

  /** Checks the first hop only and follows no redirect (the delegate follows none). */
  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    Optional<String> refused = refusal(request.uri());
    return refused.isPresent() ? CompletableFuture.failedFuture(new IOException(refused.get())) : delegate.sendAsync(request, handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> push) {
    Optional<String> refused = refusal(request.uri());
    return refused.isPresent() ? CompletableFuture.failedFuture(new IOException(refused.get())) : delegate.sendAsync(request, handler, push);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return Redirect.NORMAL; // as seen from outside: this client follows them, hop by hop
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
