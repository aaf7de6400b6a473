package app.plateau.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor's browser, reduced to what signing in over HTTP needs: its own cookies, the login
 * page's CSRF token, the form post, and the headers a browser or a proxy in front of Plateau adds.
 */
public final class LoginVisitor {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final String[] headers;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** @param headers names and values sent with every request, e.g. {@code X-Forwarded-For} */
    public LoginVisitor(int port, String... headers) {
        this.port = port;
        this.headers = headers;
    }

    /** A visitor seen through the proxy as coming from this address. */
    public static LoginVisitor from(int port, String address) {
        return new LoginVisitor(port, "X-Forwarded-For", address);
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the login page and returns the CSRF token it carries. */
    public String openLoginPage() {
        Matcher csrf = CSRF.matcher(get("/login").body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        return csrf.group(1);
    }

    /** Posts the login form; a null token leaves the field out. */
    public HttpResponse<Void> postLogin(String username, String password, String token, String... moreHeaders) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        if (token != null) {
            fields.put("_csrf", token);
        }
        String form = fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder post = request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (moreHeaders.length > 0) {
            post.headers(moreHeaders);
        }
        return send(post.build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Signs in as a person would, from the login page; true when the form lets them in. */
    public boolean signIn(String username, String password) {
        return letIn(postLogin(username, password, openLoginPage()));
    }

    /** Whether the answer to a login post let the visitor in, rather than sending them back to the login page. */
    public static boolean letIn(HttpResponse<?> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return !response.headers().firstValue("Location").orElseThrow().contains("/login");
    }

    /** Whether this browser's session is signed in: a page that needs it opens instead of leading to the login page. */
    public boolean isSignedIn() {
        HttpResponse<String> home = get("/");
        return home.statusCode() == 200;
    }

    /** The session cookie this browser holds, if any. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return browser.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
