package io.watchfloor.adapters.onvif.soap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

/**
 * SOAP 1.2 over HTTP with Apache HttpClient 5: one pooled client shared by every device. Each call
 * has a hard deadline (the request is aborted when it passes, however slowly the device drips its
 * answer), reads at most {@code maxAnswerBytes} and answers HTTP Digest (MD5, SHA-256) and Basic
 * challenges with the credentials given for that call. Faults under any HTTP status become
 * {@link OnvifException.Fault}; nothing else than {@link OnvifException}s leaves it.
 */
public final class SoapClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SoapClient.class);

    private final CloseableHttpClient http;
    private final PoolingHttpClientConnectionManager connections;
    private final ScheduledExecutorService deadlines;
    private final int maxAnswerBytes;

    /** A client with at most {@code maxConnections} open connections, reading answers of at most {@code maxAnswerBytes}. */
    public SoapClient(int maxConnections, int maxAnswerBytes) {
        if (maxConnections < 1 || maxAnswerBytes < 1) {
            throw new IllegalArgumentException("connections and answer size must be positive");
        }
        this.maxAnswerBytes = maxAnswerBytes;
        this.connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(30))
                        .setSocketTimeout(Timeout.ofSeconds(30))
                        .build())
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(connections)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent("watchfloor-onvif")
                .build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "onvif-deadlines");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Posts {@code envelope} to {@code address} and returns the answer's document, after checking it
     * is not a fault. {@code httpCredentials} answer HTTP challenges (none: a 401 is a refusal).
     */
    public Document call(URI address, String action, String envelope, Optional<Credentials> httpCredentials, Duration timeout) {
        HttpPost post = new HttpPost(address);
        post.setEntity(new ByteArrayEntity(envelope.getBytes(StandardCharsets.UTF_8),
                ContentType.parse("application/soap+xml; charset=utf-8; action=\"" + action + "\"")));
        HttpAnswer answer = exchange(post, httpCredentials, timeout, maxAnswerBytes);
        return soapDocument(answer, action);
    }

    /** Reads the SOAP document of a raw answer: faults under any status, refusals, non-XML pages. */
    public static Document soapDocument(HttpAnswer answer, String action) {
        int status = answer.status();
        if (status == 401 || status == 403) {
            throw new OnvifException.AuthenticationRefused("HTTP " + status + " for " + shortAction(action)
                    + (answer.viaHttpAuthentication() ? " after answering the device's challenge" : ""));
        }
        byte[] body = answer.body();
        boolean looksXml = answer.contentType().contains("xml") || startsLikeXml(body);
        if (!looksXml) {
            throw new OnvifException.MalformedAnswer("HTTP " + status + " with a " + (answer.contentType().isEmpty() ? "non-XML" : answer.contentType())
                    + " body instead of a SOAP answer to " + shortAction(action), null);
        }
        Document document = SafeXml.parse(body, Integer.MAX_VALUE);
        Optional<OnvifException.Fault> fault = Soap.fault(document, status);
        if (fault.isPresent()) {
            OnvifException.Fault f = fault.get();
            if (f.subcode().equals("NotAuthorized") || f.subcode().equals("FailedAuthentication") || f.subcode().equals("InvalidSecurityToken")) {
                throw new OnvifException.AuthenticationRefused("the device refused the credentials for " + shortAction(action) + ": " + f.reason());
            }
            throw f;
        }
        if (status / 100 != 2) {
            throw new OnvifException.MalformedAnswer("HTTP " + status + " without a SOAP fault for " + shortAction(action), null);
        }
        Soap.payload(document);
        return document;
    }

    /** GETs {@code uri} (a snapshot), answering Digest or Basic challenges; at most {@code maxBytes}. */
    public byte[] get(URI uri, Optional<Credentials> httpCredentials, Duration timeout, int maxBytes) {
        HttpAnswer answer = exchange(new HttpGet(uri), httpCredentials, timeout, maxBytes);
        if (answer.status() == 401 || answer.status() == 403) {
            throw new OnvifException.AuthenticationRefused("HTTP " + answer.status() + " for " + uri.getPath());
        }
        if (answer.status() != 200) {
            throw new OnvifException.MalformedAnswer("HTTP " + answer.status() + " for " + uri.getPath(), null);
        }
        return answer.body();
    }

    /** Sends the request and reads the answer under a hard deadline. */
    public HttpAnswer exchange(HttpUriRequestBase request, Optional<Credentials> httpCredentials, Duration timeout, int maxBytes) {
        Objects.requireNonNull(timeout, "timeout");
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.of(timeout))
                .setResponseTimeout(Timeout.of(timeout))
                .build());
        if (httpCredentials.isPresent()) {
            BasicCredentialsProvider provider = new BasicCredentialsProvider();
            URI uri = uriOf(request);
            provider.setCredentials(new AuthScope(uri.getHost(), uri.getPort()),
                    new UsernamePasswordCredentials(httpCredentials.get().username(), httpCredentials.get().password().toCharArray()));
            context.setCredentialsProvider(provider);
        }
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            expired.set(true);
            request.cancel();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (ClassicHttpResponse response = http.executeOpen(null, request, context)) {
            HttpEntity entity = response.getEntity();
            byte[] body = entity == null ? new byte[0] : readAtMost(entity, maxBytes, request);
            String contentType = entity == null || entity.getContentType() == null ? "" : entity.getContentType();
            boolean challenged = !context.getAuthExchanges().isEmpty()
                    && context.getAuthExchanges().values().stream().anyMatch(e -> e.getAuthScheme() != null);
            return new HttpAnswer(response.getCode(), contentType, body, challenged);
        } catch (OnvifException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw translate(e, expired.get(), timeout, uriText(request));
        } finally {
            deadline.cancel(false);
        }
    }

    private static URI uriOf(HttpUriRequestBase request) {
        try {
            return request.getUri();
        } catch (java.net.URISyntaxException e) {
            throw new OnvifException.Unreachable("bad address " + e.getInput(), e);
        }
    }

    private static String uriText(HttpUriRequestBase request) {
        return request.getRequestUri();
    }

    private static byte[] readAtMost(HttpEntity entity, int maxBytes, HttpUriRequestBase request) throws IOException {
        long declared = entity.getContentLength();
        if (declared > maxBytes) {
            request.cancel();
            throw new OnvifException.MalformedAnswer("the device announced an answer of " + declared + " bytes, over the limit of " + maxBytes, null);
        }
        try (InputStream in = entity.getContent()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    request.cancel();
                    throw new OnvifException.MalformedAnswer("the answer exceeds the limit of " + maxBytes + " bytes", null);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static OnvifException translate(Exception e, boolean expired, Duration timeout, String where) {
        if (expired || e instanceof SocketTimeoutException || e instanceof ConnectTimeoutException
                || (e instanceof InterruptedIOException && !(e instanceof java.net.SocketException))) {
            return new OnvifException.TimedOut(timeout, e);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException || e instanceof UnknownHostException) {
            return new OnvifException.Unreachable("nothing answers at " + where + ": " + e.getMessage(), e);
        }
        LOG.debug("ONVIF call to {} failed", where, e);
        if (e instanceof IOException) {
            return new OnvifException.Unreachable("the connection to " + where + " failed: " + e, e);
        }
        return new OnvifException.MalformedAnswer("the call to " + where + " failed: " + e, e);
    }

    private static boolean startsLikeXml(byte[] body) {
        for (byte b : body) {
            if (b == '<') {
                return true;
            }
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    private static String shortAction(String action) {
        int slash = action.lastIndexOf('/');
        return slash < 0 ? action : action.substring(slash + 1);
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        try {
            http.close();
        } catch (IOException e) {
            LOG.debug("closing the HTTP client", e);
        }
        connections.close();
    }
}
